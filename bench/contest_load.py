"""A contest round closing: ``contestants`` members each open the start page, start (their
prediction), read the questions, answer and submit within about ``window_s`` seconds, through
real HTTP against gunicorn with several workers on the bench's PostgreSQL database.

Then, from the database: ``contest_lost`` (attempts a client saw submitted that are not
stored submitted), ``contest_duplicated`` (more than one attempt, standing or contestant
count for a member who submitted once; one in twenty taps "send" twice at the same moment),
``contest_rankings_match`` (1 when the standings the submit service kept equal the recount
from the attempts, ``contests.services.standings_recount``, and the ranking page's order is
the recount's) and ``contest_submit_p95_s``.

Each client signs in with a session made directly in the database (a sign-in's password hash
per member would measure the hash, not the contest).
"""

import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connections
from django.utils import timezone

from contests import rankings
from contests.models import (
    Contest,
    ContestDrawRule,
    ContestEntry,
    ContestQuestion,
    Round,
    RoundStanding,
    UnitParticipation,
)
from contests.rules import standing_rank_key
from contests.services import recount_standings, standings_recount
from lms.models import Member

ROOT = Path(__file__).resolve().parent.parent
PORT = 9106  # helper 6's port range
QUESTIONS = 10
BANK = 40  # questions in the bank (the draw takes 10 of them)
DOUBLE_TAP_EVERY = 20  # one contestant in 20 sends her answers twice at once
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ENTRY = re.compile(r"/contests/entries/(\d+)/")
CHOICE = re.compile(r'<input type="(radio|checkbox)" name="(q-[^"]+)" value="([^"]+)"')


def _question(n):
    """A single-choice bank question as its StreamField stores it (choice ``a`` right)."""
    qid = f"bench{n}"
    return [
        {
            "type": "single_choice",
            "id": qid,
            "value": {
                "prompt": f"Câu hỏi thi số {n}: ngân hàng có hỏi mã OTP qua điện thoại không?",
                "scenario": "",
                "image": {"image": None, "alt_text": "", "decorative": False},
                "explanation": "Không ai được hỏi mã OTP.",
                "choices": [
                    {
                        "type": "item",
                        "id": f"{qid}{letter}",
                        "value": {"text": text, "correct": letter == "a", "feedback": ""},
                    }
                    for letter, text in (("a", "Không bao giờ"), ("b", "Có"), ("c", "Đôi khi"))
                ],
            },
        }
    ]


def make_contest(node):
    """A live contest for ``node`` with a bank of 40 questions, 10 drawn per attempt, one
    attempt per round, a round open now for an hour."""
    stamp = timezone.now().strftime("%Y%m%d%H%M%S")
    contest = Contest.objects.create(
        node=node,
        title=f"Bench contest {stamp}",
        slug=f"bench-contest-{stamp}",
        intro="Bench",
        rules="<p>Bench</p>",
        time_limit_seconds=600,
        attempts_per_round=1,
        live=True,
    )
    ContestDrawRule.objects.create(contest=contest, topic="safety", difficulty="easy", count=10)
    if ContestQuestion.objects.filter(live=True, topic="safety", difficulty="easy").count() < BANK:
        ContestQuestion.objects.bulk_create(
            [
                ContestQuestion(topic="safety", difficulty="easy", live=True, question=_question(n))
                for n in range(BANK)
            ]
        )
    now = timezone.now()
    round_ = Round.objects.create(
        contest=contest,
        starts_at=now - timedelta(minutes=1),
        ends_at=now + timedelta(hours=1),
        sort_order=0,
    )
    return contest, round_


def session_cookies(user_ids):
    """A signed-in session per member, written straight into the session table."""
    from django.contrib.auth import get_user_model

    backend = "django.contrib.auth.backends.ModelBackend"
    users = get_user_model().objects.in_bulk(list(user_ids))
    cookies = {}
    for user_id in user_ids:
        store = SessionStore()
        store[SESSION_KEY] = str(user_id)
        store[BACKEND_SESSION_KEY] = backend
        store[HASH_SESSION_KEY] = users[user_id].get_session_auth_hash()
        store.create()
        cookies[user_id] = store.session_key
    return cookies


def _free(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


class Server:
    """gunicorn serving the site with ``workers`` processes on the bench settings."""

    def __init__(self, workers, port=PORT):
        self.workers, self.port, self.process = workers, port, None
        self.url = f"http://127.0.0.1:{port}"

    def __enter__(self):
        if not _free(self.port):
            raise RuntimeError(f"port {self.port} is taken")
        gunicorn = Path(sys.executable).with_name("gunicorn")
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
        self.process = subprocess.Popen(  # noqa: S603 (our own command line)
            [
                str(gunicorn),
                "lms.wsgi:application",
                f"--workers={self.workers}",
                f"--bind=127.0.0.1:{self.port}",
                "--timeout=120",
                "--backlog=2048",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        import requests

        deadline = time.monotonic() + 180  # workers load Django: slow on a busy machine
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                requests.get(self.url + "/signin/", timeout=30)
                return self
            except requests.RequestException:
                time.sleep(0.5)
        self.__exit__()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


class Outcome:
    def __init__(self, user_id):
        self.user_id = user_id
        self.entry_id = None
        self.submitted = False  # her client saw the result page's address
        self.submit_s = []
        self.error = ""


def contestant(base, slug, user_id, cookie, start_at, rng, double_tap):
    """One member: start page, start, questions, answers, submit (twice at once if
    ``double_tap``)."""
    import requests

    outcome = Outcome(user_id)
    delay = start_at - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    http = requests.Session()
    http.cookies.set(settings.SESSION_COOKIE_NAME, cookie, domain="127.0.0.1")
    try:
        page = http.get(f"{base}/contests/{slug}/start/", timeout=60)
        token = CSRF.search(page.text).group(1)
        started = http.post(
            f"{base}/contests/{slug}/start/",
            data={"csrfmiddlewaretoken": token, "prediction": rng.randint(0, 200)},
            headers={"Referer": f"{base}/contests/{slug}/start/"},
            allow_redirects=False,
            timeout=60,
        )
        if started.status_code != 302:
            outcome.error = f"start {started.status_code}"
            return outcome
        outcome.entry_id = int(ENTRY.search(started.headers["Location"]).group(1))
        take = http.get(f"{base}/contests/entries/{outcome.entry_id}/", timeout=60)
        token = CSRF.search(take.text).group(1)
        choices = {}
        for _kind, name, value in CHOICE.findall(take.text):
            choices.setdefault(name, []).append(value)
        if len(choices) != QUESTIONS:
            outcome.error = f"{len(choices)} questions on the page"
            return outcome
        # Mostly right: answers the first choice listed is right for about a third.
        form = {name: rng.choice(values) for name, values in choices.items()}
        form["csrfmiddlewaretoken"] = token
        time.sleep(rng.uniform(1, 4))  # reading and tapping
        url = f"{base}/contests/entries/{outcome.entry_id}/submit/"
        headers = {"Referer": f"{base}/contests/entries/{outcome.entry_id}/"}

        def send():
            began = time.monotonic()
            response = http.post(
                url, data=form, headers=headers, allow_redirects=False, timeout=120
            )
            outcome.submit_s.append(time.monotonic() - began)
            return response

        if double_tap:
            responses = [None, None]

            def tap(i):
                responses[i] = send()

            taps = [threading.Thread(target=tap, args=(i,)) for i in range(2)]
            for thread in taps:
                thread.start()
            for thread in taps:
                thread.join()
        else:
            responses = [send()]
        ok = [
            r is not None and r.status_code == 302 and "/result/" in r.headers.get("Location", "")
            for r in responses
        ]
        outcome.submitted = all(ok)
        if not outcome.submitted:
            outcome.error = "submit " + ",".join(str(r.status_code) for r in responses if r)
    except Exception as exc:  # noqa: BLE001 (one client's failure is a figure, not a crash)
        outcome.error = f"{type(exc).__name__}: {exc}"[:200]
    return outcome


def p95(values):
    values = sorted(values)
    if not values:
        return 0.0
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def rankings_match(round_, node):
    """1 when the standings and counters equal the recount and the ranking's order (the
    database's, what the pages read) is the recount's, else 0."""
    if standings_recount(round=round_, fix=False):
        return 0
    best, units = recount_standings(round_)
    expected = [
        s.user_id
        for s in sorted(
            best.values(),
            key=lambda s: (standing_rank_key(s.correct, s.duration_ms, None), s.user_id),
        )
    ]
    shown = list(rankings.round_standings(round_, node).values_list("user_id", flat=True))
    table = rankings.unit_table(round_, node)
    return int(shown == expected and table.total.contestants == sum(units.values()))


def run(report, *, node, contestants=1000, window_s=100, workers=4, clients=128, seed=16):
    """Set up, run the round through gunicorn, check and report."""
    members = list(
        Member.objects.filter(chapter__path__startswith=node.path)
        .order_by("user_id")
        .values_list("user_id", flat=True)[:contestants]
    )
    if len(members) < contestants:
        report.note(f"contest: only {len(members)} members beneath {node}")
    contest, round_ = make_contest(node)
    cookies = session_cookies(members)
    connections.close_all()  # gunicorn's workers open their own
    rng = random.Random(seed)
    began = time.monotonic()
    with Server(workers) as server:
        ready = time.monotonic() + 1
        plan = [
            (uid, ready + window_s * i / max(1, len(members)), random.Random(rng.random()))
            for i, uid in enumerate(members)
        ]
        with ThreadPoolExecutor(max_workers=clients) as pool:
            futures = [
                pool.submit(
                    contestant,
                    server.url,
                    contest.slug,
                    uid,
                    cookies[uid],
                    start_at,
                    crng,
                    i % DOUBLE_TAP_EVERY == 0,
                )
                for i, (uid, start_at, crng) in enumerate(plan)
            ]
            outcomes = [f.result() for f in futures]
        wall = time.monotonic() - began
    errors = [o for o in outcomes if o.error]
    for outcome in errors[:5]:
        report.note(f"contest client {outcome.user_id}: {outcome.error}")
    seen = {o.entry_id: o.user_id for o in outcomes if o.submitted}
    stored = set(
        ContestEntry.objects.filter(round=round_, submitted_at__isnull=False).values_list(
            "pk", flat=True
        )
    )
    lost = sum(1 for entry_id in seen if entry_id not in stored)
    submitters = {o.user_id for o in outcomes if o.submitted}
    entries = ContestEntry.objects.filter(round=round_).count()
    standings = RoundStanding.objects.filter(round=round_).count()
    counted = sum(
        UnitParticipation.objects.filter(round=round_).values_list("contestants", flat=True)
    )
    # Each member started once and submitted once: anything beyond is a duplicate.
    duplicated = (
        max(0, entries - len(members))
        + max(0, standings - len(submitters))
        + max(0, counted - len(submitters))
    )
    report.figure("contest_contestants", len(members), "members")
    report.figure("contest_wall_s", wall, "s")
    report.figure("contest_client_errors", len(errors), "clients")
    report.figure("contest_lost", lost, "attempts")
    report.figure("contest_duplicated", duplicated, "rows")
    report.figure("contest_rankings_match", rankings_match(round_, node), "(1 = yes)")
    report.figure("contest_submit_p95_s", p95([s for o in outcomes for s in o.submit_s]), "s")
    return contest, round_

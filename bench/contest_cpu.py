"""A contestant's four requests in process: CPU (``time.process_time``) and queries of the start
page, the start POST (the draw), the questions page and the submit POST, through Django's test
client on the bench's PostgreSQL database and a contest like ``bench.contest_load``'s (a bank
of 40 questions, 10 drawn):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sen_bench \\
        python -m bench.contest_cpu [--contestants 30] [--profile start_post]

Prints, per request, the median and the 90th percentile of CPU over the contestants (ms) and
its queries, then ``contest_cpu_total_ms`` (the medians summed: one contestant's CPU in the
web process; the database's own CPU is not in it). Wall time would measure the neighbours on
a shared machine; process CPU measures this code. ``--profile NAME`` prints cProfile's top
functions of that request over all contestants instead of only the figures.
"""

import argparse
import os
import sys
import time

REQUESTS = ("start_page", "start_post", "questions_page", "submit_post")


def _percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(fraction * (len(values) - 1))))]


def _expect(ok, what):
    """A request that did not do what a contestant's does stops the bench (not ``assert``:
    ``python -O`` would skip it)."""
    if not ok:
        raise RuntimeError(f"contest_cpu: {what}")


def measure(report, *, contestants=30, warm=3, profile=None):
    """Run ``warm`` contestants unmeasured (imports, template loading, first connections), then
    ``contestants`` measured ones; report each request's CPU and queries."""
    import cProfile
    import pstats
    import re

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from bench import contest_load
    from bench.contest_run import members_beneath

    district = members_beneath(contestants + warm)
    from lms.models import Member

    users = [
        m.user
        for m in Member.objects.filter(chapter__path__startswith=district.path)
        .select_related("user")
        .order_by("user_id")[: contestants + warm]
    ]
    contest, _round = contest_load.make_contest(district)
    start_url = reverse("contests:start", args=[contest.slug])
    choice = re.compile(r'<input type="(?:radio|checkbox)" name="(q-[^"]+)" value="([^"]+)"')
    cpu = {name: [] for name in REQUESTS}
    queries = {name: [] for name in REQUESTS}
    profiler = cProfile.Profile() if profile else None

    def timed(name, measured, call):
        with CaptureQueriesContext(connection) as captured:
            if measured and profiler and name == profile:
                profiler.enable()
            began = time.process_time()
            response = call()
            spent = time.process_time() - began
            if measured and profiler and name == profile:
                profiler.disable()
        if measured:
            cpu[name].append(spent * 1000)
            queries[name].append(len(captured))
        return response

    # One client for all, as one gunicorn worker serves many members: a new Client would load
    # the middleware again (WhiteNoise's scan of the static files) on its first request.
    client = Client()
    for i, user in enumerate(users):
        measured = i >= warm
        client.cookies.clear()
        client.force_login(user)
        page = timed("start_page", measured, lambda: client.get(start_url))
        _expect(page.status_code == 200, f"start page: {page.status_code}")
        started = timed(
            "start_post", measured, lambda: client.post(start_url, {"prediction": "42"})
        )
        _expect(started.status_code == 302, f"start: {started.status_code}")
        take_url = started["Location"]
        take = timed("questions_page", measured, lambda u=take_url: client.get(u))
        _expect(take.status_code == 200, f"questions page: {take.status_code}")
        answers = {}
        for name, value in choice.findall(take.content.decode()):
            answers.setdefault(name, value)  # the first choice listed
        _expect(len(answers) == contest_load.QUESTIONS, f"{len(answers)} questions shown")
        submit_url = take_url.rstrip("/") + "/submit/"
        sent = timed("submit_post", measured, lambda u=submit_url, a=answers: client.post(u, a))
        _expect(
            sent.status_code == 302 and "/result/" in sent.get("Location", ""),
            f"submit: {sent.status_code}",
        )
    total = 0.0
    for name in REQUESTS:
        median = _percentile(cpu[name], 0.5)
        total += median
        report.figure(f"contest_cpu_{name}_ms", median, "ms (median)")
        report.figure(f"contest_cpu_{name}_p90_ms", _percentile(cpu[name], 0.9), "ms")
        report.figure(f"contest_queries_{name}", max(queries[name]), "queries")
    report.figure("contest_cpu_total_ms", total, "ms a contestant")
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(25)
        if os.environ.get("BENCH_CALLERS"):
            stats.print_callers(os.environ["BENCH_CALLERS"])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contestants", type=int, default=30)
    parser.add_argument("--profile", choices=REQUESTS, help="print cProfile's top of a request")
    args = parser.parse_args(argv)
    from bench.run import setup_django

    if not setup_django():
        return 2
    from django.core.management import call_command

    from bench.report import Report

    call_command("migrate", interactive=False, verbosity=0)
    report = Report()
    report.note(f"load average {os.getloadavg()[0]:.2f} (1 min) at the start")
    measure(report, contestants=args.contestants, profile=args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())

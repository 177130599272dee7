"""Taking a contest: starting an attempt and submitting it, each in one transaction; then
publishing a round's results and rebuilding its standings (the recount).

Lock order (docs/contests.md): the entry row, then her ``RoundStanding`` row, then the
``UnitParticipation`` row of her chapter. Starting takes no lock: the database's
one-open-attempt constraint decides between two starts at once.
"""

import random
from collections import defaultdict
from dataclasses import dataclass, replace

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contests import draw, rules, selectors
from contests.models import (
    ContestEntry,
    Round,
    RoundStanding,
    UnitParticipation,
)
from quizzes.scoring import results_to_store, score_attempt
from quizzes.snapshots import shuffle_choices


class EntryRefused(Exception):
    """She may not start an attempt now; ``message`` says why in her language."""

    message = _("You cannot take part in this contest now.")


class NotEligible(EntryRefused):
    message = _(
        "This contest is for members of the union beneath %(node)s. Your chapter is not among them."
    )

    def __init__(self, node_name=""):
        super().__init__(node_name)
        self.message = self.message % {"node": node_name}


class RoundNotOpen(EntryRefused):
    message = _("This round is not open now. Look at the dates of the rounds.")


class AttemptsUsedUp(EntryRefused):
    message = _("You have used all your attempts in this round. Your best one counts.")


class ContestNotReady(EntryRefused):
    message = _("This contest is not ready yet: its questions are missing. Please try later.")


@dataclass(frozen=True)
class Submitted:
    """What ``entry_submit`` did: the entry as stored; ``newly`` False when it had been
    submitted already (a double tap, a second tab); ``late`` True when her answers came after
    the deadline and its grace and were not counted."""

    entry: ContestEntry
    newly: bool
    late: bool


def draw_snapshot(*, contest, round, rng=None):
    """The questions of one attempt: for each rule of the mix, ``count`` live bank questions of
    that topic and difficulty picked at random, choices shuffled, all in a random order.
    Question ids are the bank questions' ids. Raises ``ContestNotReady`` when the bank has
    fewer questions of a kind than the mix asks for.

    Which questions are live is read from the database at every draw; the questions' served
    form comes from ``contests.draw``'s cache (per question version)."""
    rng = rng or random.SystemRandom()
    wanted = {(r.topic, r.difficulty): r.count for r in contest.draw_rules.all() if r.count}
    if not wanted:
        raise ContestNotReady(contest.pk)
    kinds = Q()
    for topic, difficulty in wanted:
        kinds |= Q(topic=topic, difficulty=difficulty)
    pool, keys = defaultdict(list), {}
    for pk, topic, difficulty, key in draw.live_pool(kinds):
        pool[(topic, difficulty)].append(pk)
        keys[pk] = key
    chosen = []
    for kind, count in wanted.items():
        if len(pool[kind]) < count:
            raise ContestNotReady(contest.pk)
        chosen.extend(rng.sample(sorted(pool[kind]), count))
    served = draw.served_questions([(pk, keys[pk]) for pk in chosen])
    questions = []
    for pk in chosen:
        if pk not in served:  # an empty body
            raise ContestNotReady(contest.pk)
        questions.append(shuffle_choices(served[pk], rng=rng))
    rng.shuffle(questions)
    return {
        "contest_id": contest.pk,
        "round_id": round.pk,
        "title": contest.title,
        "pass_mark": 100,  # unused: a contest counts right answers, nobody passes or fails
        "questions": questions,
    }


def entry_start(*, round, user, prediction=None, now=None, rng=None):
    """Her open attempt at ``round``, or a new one with its questions drawn now.

    She must be a member whose chapter is beneath the contest's node (``NotEligible``), the
    round open (``RoundNotOpen``) and an attempt left (``AttemptsUsedUp``). An open attempt
    whose time ran out is closed first (counted, with no answers). Two starts at once (a
    double tap, two tabs) get the same attempt: the database keeps one open attempt per
    member and round, and the start that loses the race returns the winner's.
    """
    now = now or timezone.now()
    contest = round.contest
    chapter = selectors.her_chapter(user)  # read once per request (the start page read it)
    if chapter is None or not rules.may_enter(
        chapter_path=chapter.path, node_path=contest.node.path
    ):
        raise NotEligible(contest.node.name)
    state = rules.round_state(starts_at=round.starts_at, ends_at=round.ends_at, now=now)
    if not contest.live or state != rules.OPEN:
        raise RoundNotOpen(round.pk)
    mine = ContestEntry.objects.filter(round=round, user=user)
    held = list(mine.order_by("pk"))  # her attempts in this round: a few rows, one query
    open_entry = next((e for e in held if e.submitted_at is None), None)
    if open_entry is not None:
        if rules.accepts_answers(deadline_at=open_entry.deadline_at, now=now):
            return open_entry
        # Left open when her time ran out (phone closed, no connection): it counts as sent
        # with no answers, and she may start another if she has one left.
        entry_submit(entry=open_entry, answers={}, now=now)
    used = len(held)
    if not rules.attempts_left(attempts_per_round=contest.attempts_per_round, used=used):
        raise AttemptsUsedUp(round.pk)
    snapshot = draw_snapshot(contest=contest, round=round, rng=rng)
    try:
        with transaction.atomic():
            return ContestEntry.objects.create(
                round=round,
                user=user,
                chapter=chapter,
                number=used + 1,
                snapshot=snapshot,
                started_at=now,
                deadline_at=rules.deadline(
                    started_at=now,
                    time_limit_seconds=contest.time_limit_seconds,
                    round_ends_at=round.ends_at,
                ),
                total=len(snapshot["questions"]),
                prediction=prediction,
            )
    except IntegrityError:
        # Another request of hers started one meanwhile (same number or a second open one).
        winner = mine.filter(submitted_at__isnull=True).first() or mine.order_by("-number").first()
        if winner is None:
            raise
        return winner


def _stored_answers(answers):
    return {qid: sorted(choices) for qid, choices in answers.items()}


def entry_submit(*, entry, answers, prediction=None, now=None):
    """Score and close her attempt; returns ``Submitted``.

    The entry row is locked: an attempt already submitted keeps its stored result (a double
    tap, a second tab). Answers arriving after her deadline plus the grace are not counted:
    the page saves nothing before she submits, so a late attempt is recorded as sent with no
    answers (she sees "time was up"). Her ``RoundStanding`` takes this attempt when it is
    better (``rules.is_better``), and on her first attempt sent in the round her chapter
    counts one more contestant, in the same transaction.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # Only her entry's row is locked (``of``): a plain FOR UPDATE over the join would also
        # lock the round and contest rows, and every submit of the round would wait in line.
        entry = (
            ContestEntry.objects.select_for_update(of=("self",))
            .select_related("round__contest")
            .get(pk=entry.pk)
        )
        if entry.submitted_at is not None:
            return Submitted(entry=entry, newly=False, late=False)
        contest = entry.round.contest
        late = not rules.accepts_answers(deadline_at=entry.deadline_at, now=now)
        if late:
            answers = {}
        score = score_attempt(entry.snapshot, answers)
        entry.answers = _stored_answers(answers)
        entry.results = results_to_store(score)
        entry.correct = sum(1 for result in score.results if result.is_right)
        entry.submitted_at = now
        entry.duration_ms = rules.duration_ms(
            started_at=entry.started_at,
            submitted_at=now,
            time_limit_seconds=contest.time_limit_seconds,
        )
        if prediction is not None:
            entry.prediction = prediction
        entry.save(
            update_fields=[
                "answers",
                "results",
                "correct",
                "submitted_at",
                "duration_ms",
                "prediction",
            ]
        )
        _record_standing(entry)
    return Submitted(entry=entry, newly=True, late=late)


def _record_standing(entry):
    """Her best attempt in the round (lock 2); a first one also counts her chapter (lock 3)."""
    mine = RoundStanding.objects.select_for_update().filter(
        round_id=entry.round_id, user_id=entry.user_id
    )
    # Her first attempt of the round finds no standing (only a sent attempt makes one, and she
    # starts a second only once the first is closed): insert at once, one query fewer for
    # nearly every contestant; the (round, user) constraint still catches one made after all.
    standing = None if entry.number == 1 else mine.first()
    if standing is None:
        try:
            with transaction.atomic():
                RoundStanding.objects.create(
                    round_id=entry.round_id,
                    user_id=entry.user_id,
                    chapter_id=entry.chapter_id,
                    entry=entry,
                    correct=entry.correct,
                    duration_ms=entry.duration_ms,
                    prediction=entry.prediction,
                )
        except IntegrityError:
            standing = mine.get()
        else:
            _count_contestant(round_id=entry.round_id, chapter_id=entry.chapter_id)
            return
    new = rules.Result(correct=entry.correct, duration_ms=entry.duration_ms)
    best = rules.Result(correct=standing.correct, duration_ms=standing.duration_ms)
    if rules.is_better(new, best):
        standing.entry = entry
        standing.correct = entry.correct
        standing.duration_ms = entry.duration_ms
        standing.prediction = entry.prediction
        standing.save(update_fields=["entry", "correct", "duration_ms", "prediction"])


def _count_contestant(*, round_id, chapter_id):
    """One more contestant for the chapter in the round: ``contestants + 1`` on its row,
    created on the chapter's first."""
    row = UnitParticipation.objects.filter(round_id=round_id, chapter_id=chapter_id)
    if row.update(contestants=F("contestants") + 1):
        return
    try:
        with transaction.atomic():
            UnitParticipation.objects.create(
                round_id=round_id, chapter_id=chapter_id, contestants=1
            )
    except IntegrityError:
        row.update(contestants=F("contestants") + 1)


# Results: publishing ------------------------------------------------------------------------


class RoundStillOpen(Exception):
    """The round has not closed, or an attempt of it may still be submitted."""


def round_may_publish(round_, now=None):
    """Closed, and past the grace of the last attempts: no answer can arrive any more."""
    return rules.answers_revealed(ends_at=round_.ends_at, now=now or timezone.now())


def round_results_publish(*, round, now=None):  # noqa: A002 (the service's keyword)
    """Count the contestants who answered every question right (the prediction question's
    answer) into ``round.perfect_count`` and publish the results. Idempotent: a published
    round is returned as it is. Raises ``RoundStillOpen`` before the round closes."""
    now = now or timezone.now()
    with transaction.atomic():
        round_ = Round.objects.select_for_update().get(pk=round.pk)
        if round_.results_published_at is None:
            if not round_may_publish(round_, now):
                raise RoundStillOpen(round_.pk)
            round_.perfect_count = (
                ContestEntry.objects.filter(
                    round=round_, submitted_at__isnull=False, correct=F("total")
                )
                .values("user_id")
                .distinct()
                .count()
            )
            round_.results_published_at = now
            round_.save(update_fields=["perfect_count", "results_published_at"])
    round.perfect_count = round_.perfect_count
    round.results_published_at = round_.results_published_at
    return round


def rounds_to_publish(now=None):
    """Rounds closed and not yet published, oldest first (the cron command's work list)."""
    now = now or timezone.now()
    return list(
        Round.objects.filter(ends_at__lte=now, results_published_at__isnull=True).order_by(
            "ends_at", "pk"
        )
    )


# Standings: the recount (oracle and repair) -------------------------------------------------


@dataclass(frozen=True)
class Standing:
    user_id: int
    chapter_id: int
    entry_id: int
    correct: int
    duration_ms: int
    prediction: int | None


def recount_standings(round_):
    """What ``RoundStanding`` and ``UnitParticipation`` should hold, from the submitted
    attempts: ({user_id: Standing}, {chapter_id: contestants}). Her best attempt
    (rules.is_better; a tie keeps the earlier attempt) is her standing; she counts once,
    in the chapter of her first submitted attempt, which is also her standing's chapter (as the
    submit service records them)."""
    entries = (
        ContestEntry.objects.filter(round=round_, submitted_at__isnull=False)
        .order_by("submitted_at", "number", "pk")
        .values_list(
            "pk", "user_id", "chapter_id", "correct", "duration_ms", "prediction", "number"
        )
    )
    best, first_chapter = {}, {}
    for pk, user_id, chapter_id, correct, duration_ms, prediction, _number in entries:
        first_chapter.setdefault(user_id, chapter_id)
        candidate = Standing(user_id, chapter_id, pk, correct or 0, duration_ms or 0, prediction)
        held = best.get(user_id)
        if held is None or rules.is_better(
            rules.Result(correct or 0, duration_ms or 0),
            rules.Result(held.correct, held.duration_ms),
        ):
            best[user_id] = candidate
    best = {
        user_id: replace(standing, chapter_id=first_chapter[user_id])
        for user_id, standing in best.items()
    }
    participation = {}
    for chapter_id in first_chapter.values():
        participation[chapter_id] = participation.get(chapter_id, 0) + 1
    return best, participation


def current_standings(round_):
    standings = {
        user_id: Standing(user_id, chapter_id, entry_id, correct, duration_ms, prediction)
        for user_id, chapter_id, entry_id, correct, duration_ms, prediction in (
            RoundStanding.objects.filter(round=round_).values_list(
                "user_id", "chapter_id", "entry_id", "correct", "duration_ms", "prediction"
            )
        )
    }
    participation = dict(
        UnitParticipation.objects.filter(round=round_, contestants__gt=0).values_list(
            "chapter_id", "contestants"
        )
    )
    return standings, participation


@dataclass
class Drift:
    standings: int  # members whose standing was missing, extra or different
    participation: int  # chapters whose count was wrong

    def __bool__(self):
        return bool(self.standings or self.participation)


def _drift(current, expected):
    return sum(
        1 for key in current.keys() | expected.keys() if current.get(key) != expected.get(key)
    )


def standings_recount(*, round, fix=True):  # noqa: A002
    """Rebuild the round's standings and participation counters from its attempts, report
    what had drifted (``Drift``). Like lms.stats.recompute: the oracle of the tests and the
    bench, and the repair. ``fix=False`` only reports."""
    with transaction.atomic():
        Round.objects.select_for_update().filter(pk=round.pk).first()  # one repair at a time
        expected, expected_units = recount_standings(round)
        current, current_units = current_standings(round)
        drift = Drift(_drift(current, expected), _drift(current_units, expected_units))
        if fix and drift:
            RoundStanding.objects.filter(round=round).delete()
            RoundStanding.objects.bulk_create(
                [
                    RoundStanding(
                        round_id=round.pk,
                        user_id=s.user_id,
                        chapter_id=s.chapter_id,
                        entry_id=s.entry_id,
                        correct=s.correct,
                        duration_ms=s.duration_ms,
                        prediction=s.prediction,
                    )
                    for s in expected.values()
                ],
                batch_size=1000,
            )
            UnitParticipation.objects.filter(round=round).delete()
            UnitParticipation.objects.bulk_create(
                [
                    UnitParticipation(round_id=round.pk, chapter_id=chapter_id, contestants=n)
                    for chapter_id, n in expected_units.items()
                ],
                batch_size=1000,
            )
    return drift

"""State changes of contests: publishing a round's results, rebuilding its standings."""

from dataclasses import dataclass, replace

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from contests.models import ContestEntry, Round, RoundStanding, UnitParticipation
from contests.rules import entry_rank_key

# Results: publishing ------------------------------------------------------------------------


class RoundStillOpen(Exception):
    """The round has not closed, or an attempt of it may still be submitted."""


def round_may_publish(round_, now=None):
    """Closed, and no attempt still inside its deadline (her last answers may still come)."""
    now = now or timezone.now()
    if now < round_.ends_at:
        return False
    return not ContestEntry.objects.filter(
        round=round_, submitted_at__isnull=True, deadline_at__gt=now
    ).exists()


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
    (rules.entry_rank_key; a tie keeps the earlier attempt) is her standing; she counts once,
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
        if held is None or entry_rank_key(correct, duration_ms) < entry_rank_key(
            held.correct, held.duration_ms
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

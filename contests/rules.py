"""The rules of taking a contest and of ranking it: pure functions, no database, no request
(unit tested in tests/contests/test_rules.py). Services, selectors, views and templates call
these and never restate them."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

from lms.dashboards.rates import rate

UPCOMING = "upcoming"
OPEN = "open"
CLOSED = "closed"

DEFAULT_GRACE_SECONDS = 15
PREDICTION_MAX = 100_000


def grace():
    """How long after her deadline the server still takes her answers (the network, a slow
    phone): ``SEN_CONTEST_GRACE_SECONDS``, 15 s unless set."""
    return timedelta(seconds=getattr(settings, "SEN_CONTEST_GRACE_SECONDS", DEFAULT_GRACE_SECONDS))


def round_state(*, starts_at, ends_at, now):
    """``UPCOMING`` before ``starts_at``, ``OPEN`` from it until ``ends_at``, then ``CLOSED``."""
    if now < starts_at:
        return UPCOMING
    if now < ends_at:
        return OPEN
    return CLOSED


def answers_revealed(*, ends_at, now):
    """The right answers of a round are shown once no answer can arrive any more: after it
    closes and the grace of the last attempts (whose deadline is at most the close) ended."""
    return now >= ends_at + grace()


def deadline(*, started_at, time_limit_seconds, round_ends_at):
    """When her answers are due: the time limit after she starts, but never after the round
    closes (otherwise her answers could arrive after the right answers were published)."""
    return min(started_at + timedelta(seconds=time_limit_seconds), round_ends_at)


def accepts_answers(*, deadline_at, now):
    """Answers are taken until her deadline plus the grace; later ones are refused."""
    return now <= deadline_at + grace()


def seconds_left(*, deadline_at, now):
    """Whole seconds until her deadline (0 once it passed): the countdown's start."""
    return max(0, int((deadline_at - now).total_seconds()))


def duration_ms(*, started_at, submitted_at, time_limit_seconds):
    """The time an attempt took, in milliseconds, never more than the time limit (the grace is
    the network's, not hers)."""
    taken = int((submitted_at - started_at).total_seconds() * 1000)
    return max(0, min(taken, time_limit_seconds * 1000))


def attempts_left(*, attempts_per_round, used):
    """Attempts she may still start in a round (``used``: her attempts there, open or not)."""
    return max(0, attempts_per_round - used)


@dataclass(frozen=True)
class Result:
    """What one attempt scored: right answers, then time taken."""

    correct: int
    duration_ms: int


def is_better(a, b):
    """Is result ``a`` better than ``b`` (None: no result yet)? More right answers, then less
    time. A tie is not better: her earlier attempt keeps its place."""
    if b is None:
        return True
    if a.correct != b.correct:
        return a.correct > b.correct
    return a.duration_ms < b.duration_ms


def may_enter(*, chapter_path, node_path):
    """May a member of the chapter at ``chapter_path`` enter a contest run for the node at
    ``node_path``? Members whose chapter is beneath the node (or is the node)."""
    return bool(chapter_path) and chapter_path.startswith(node_path)


def current_round(rounds, *, now):
    """``(round, state)`` the landing page leads with: the round open now, else the next one
    to open, else the last one that closed; ``(None, None)`` without rounds. ``rounds``:
    objects with ``starts_at`` and ``ends_at``."""
    ordered = sorted(rounds, key=lambda r: r.starts_at)
    for round_ in ordered:
        state = round_state(starts_at=round_.starts_at, ends_at=round_.ends_at, now=now)
        if state != CLOSED:
            return round_, state
    if ordered:
        return ordered[-1], CLOSED
    return None, None


# Rankings (contests.rankings orders the same way in the database; its tests check it) ------

# Closeness given to a standing without a prediction: after every real prediction.
NO_PREDICTION = 2**31 - 1


def entry_rank_key(correct, duration_ms):
    """Sort key of a submitted attempt, the smallest first: ``is_better`` as a key (more
    right answers, then less time)."""
    return (-(correct or 0), duration_ms if duration_ms is not None else NO_PREDICTION)


def prediction_closeness(prediction, perfect_count):
    """How far her prediction fell from the answer (the contestants with every answer right);
    None until the round's results are published; no prediction ranks after any."""
    if perfect_count is None:
        return None
    if prediction is None:
        return NO_PREDICTION
    return abs(prediction - perfect_count)


def standing_rank_key(correct, duration_ms, closeness):
    """Sort key of a member in a ranking (per round, or overall with sums): score, then time,
    then the prediction's closeness once known."""
    last = NO_PREDICTION if closeness is None else closeness
    return (*entry_rank_key(correct, duration_ms), last)


def participation_rate(contestants, members):
    """A unit's contestants out of the members beneath it, percent with one decimal (the
    dashboards' rate), None when nobody is a member there."""
    return rate(contestants, members)

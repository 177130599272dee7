"""The rules of taking a contest (contests/rules.py): plain functions, hand-written cases."""

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from contests import rules
from contests.rules import Result

T0 = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (T0 - timedelta(seconds=1), "upcoming"),
        (T0, "open"),
        (T0 + timedelta(days=6, hours=23), "open"),
        (T0 + timedelta(days=7), "closed"),
        (T0 + timedelta(days=8), "closed"),
    ],
)
def test_round_state(now, state):
    assert rules.round_state(starts_at=T0, ends_at=T0 + timedelta(days=7), now=now) == state


@pytest.mark.parametrize(
    ("a", "b", "better"),
    [
        (Result(5, 90_000), None, True),
        (Result(0, 600_000), None, True),
        (Result(6, 300_000), Result(5, 10_000), True),  # more right beats faster
        (Result(5, 10_000), Result(6, 300_000), False),
        (Result(5, 60_000), Result(5, 61_000), True),  # same score: less time
        (Result(5, 61_000), Result(5, 60_000), False),
        (Result(5, 60_000), Result(5, 60_000), False),  # a tie keeps the earlier attempt
    ],
)
def test_is_better(a, b, better):
    assert rules.is_better(a, b) is better


@pytest.mark.parametrize(
    ("allowed", "used", "left"), [(2, 0, 2), (2, 1, 1), (2, 2, 0), (2, 3, 0), (1, 0, 1)]
)
def test_attempts_left(allowed, used, left):
    assert rules.attempts_left(attempts_per_round=allowed, used=used) == left


def test_deadline_is_the_time_limit_after_the_start():
    assert rules.deadline(
        started_at=T0, time_limit_seconds=600, round_ends_at=T0 + timedelta(days=1)
    ) == T0 + timedelta(minutes=10)


def test_deadline_never_passes_the_round_close():
    ends = T0 + timedelta(minutes=4)
    assert rules.deadline(started_at=T0, time_limit_seconds=600, round_ends_at=ends) == ends


@pytest.mark.parametrize(("late_by", "accepted"), [(-5, True), (0, True), (15, True), (16, False)])
def test_answers_are_taken_until_the_deadline_plus_the_grace(settings, late_by, accepted):
    settings.SEN_CONTEST_GRACE_SECONDS = 15
    now = T0 + timedelta(seconds=late_by)
    assert rules.accepts_answers(deadline_at=T0, now=now) is accepted


def test_the_grace_defaults_to_fifteen_seconds(settings):
    if hasattr(settings, "SEN_CONTEST_GRACE_SECONDS"):
        del settings.SEN_CONTEST_GRACE_SECONDS
    assert rules.grace() == timedelta(seconds=15)


def test_answers_are_revealed_only_once_the_last_grace_ended(settings):
    settings.SEN_CONTEST_GRACE_SECONDS = 15
    assert not rules.answers_revealed(ends_at=T0, now=T0)
    assert not rules.answers_revealed(ends_at=T0, now=T0 + timedelta(seconds=14))
    assert rules.answers_revealed(ends_at=T0, now=T0 + timedelta(seconds=15))


@pytest.mark.parametrize(
    ("taken_s", "expected_ms"), [(0, 0), (61.5, 61_500), (600, 600_000), (612, 600_000)]
)
def test_duration_is_capped_at_the_time_limit(taken_s, expected_ms):
    submitted = T0 + timedelta(seconds=taken_s)
    assert (
        rules.duration_ms(started_at=T0, submitted_at=submitted, time_limit_seconds=600)
        == expected_ms
    )


@pytest.mark.parametrize(
    ("chapter", "node", "may"),
    [
        ("0001000200030004", "0001", True),
        ("0001000200030004", "00010002", True),
        ("0001000200030004", "0001000200030004", True),
        ("0001000200030004", "00010003", False),
        ("0002000100010001", "0001", False),
        ("", "0001", False),
    ],
)
def test_may_enter_beneath_the_contest_node(chapter, node, may):
    assert rules.may_enter(chapter_path=chapter, node_path=node) is may


def _round(start_day, end_day):
    return SimpleNamespace(
        starts_at=T0 + timedelta(days=start_day), ends_at=T0 + timedelta(days=end_day)
    )


def test_current_round_is_the_open_one_else_the_next_else_the_last():
    one, two, three = _round(0, 7), _round(7, 14), _round(14, 21)
    rounds = [three, one, two]
    assert rules.current_round(rounds, now=T0 - timedelta(days=1)) == (one, "upcoming")
    assert rules.current_round(rounds, now=T0 + timedelta(days=8)) == (two, "open")
    assert rules.current_round(rounds, now=T0 + timedelta(days=30)) == (three, "closed")
    assert rules.current_round([], now=T0) == (None, None)


def test_seconds_left_never_goes_below_zero():
    assert rules.seconds_left(deadline_at=T0, now=T0 - timedelta(seconds=90.7)) == 90
    assert rules.seconds_left(deadline_at=T0, now=T0 + timedelta(seconds=3)) == 0

from contests import rules
from contests.exports import format_duration
from contests.rules import (
    NO_PREDICTION,
    entry_rank_key,
    participation_rate,
    prediction_closeness,
    standing_rank_key,
)


def test_rank_key_orders_as_is_better():
    results = [(c, d) for c in (0, 5, 9, 10) for d in (0, 1000, 1001, 600_000)]
    for a in results:
        for b in results:
            assert rules.is_better(rules.Result(*a), rules.Result(*b)) == (
                entry_rank_key(*a) < entry_rank_key(*b)
            )


def test_rank_key_sorts_a_hand_written_table():
    rows = [("c", 7, 50, None), ("a", 10, 300, 0), ("b", 10, 300, 1), ("d", 10, 250, 7)]
    ordered = sorted(rows, key=lambda r: standing_rank_key(r[1], r[2], r[3]))
    assert [r[0] for r in ordered] == ["d", "a", "b", "c"]
    assert entry_rank_key(10, 250) < entry_rank_key(10, 300)


def test_prediction_closeness_waits_for_the_answer_and_puts_no_prediction_last():
    assert prediction_closeness(5, None) is None
    assert prediction_closeness(5, 3) == 2
    assert prediction_closeness(1, 3) == 2
    assert prediction_closeness(None, 3) == NO_PREDICTION


def test_participation_rate_is_contestants_over_members():
    assert str(participation_rate(5, 7)) == "71.4"
    assert str(participation_rate(2, 3)) == "66.7"
    assert participation_rate(0, 0) is None


def test_time_is_written_minutes_seconds_tenths():
    assert format_duration(250_000) == "4:10.0"
    assert format_duration(61_049) == "1:01.0"
    assert format_duration(61_050) == "1:01.1"
    assert format_duration(599_999) == "10:00.0"
    assert format_duration(None) == ""

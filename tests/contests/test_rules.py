from contests.exports import format_duration
from contests.rules import (
    NO_PREDICTION,
    entry_rank_key,
    is_better,
    participation_rate,
    prediction_closeness,
    standing_rank_key,
)


def test_more_right_answers_beat_less_time():
    assert is_better((9, 500_000), (8, 10_000))
    assert not is_better((8, 10_000), (9, 500_000))


def test_same_score_less_time_is_better_and_a_tie_keeps_the_first():
    assert is_better((9, 100_000), (9, 100_001))
    assert not is_better((9, 100_000), (9, 100_000))


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

"""The contest rules, as pure functions (one home each, unit-tested on hand-written values).

- Her best attempt in a round: more right answers, then less time (``entry_rank_key``).
- Between members with the same score and time: the prediction closest to the number of
  contestants who answered everything right, once the round's results are published
  (``prediction_closeness``; no prediction ranks after any prediction).
- A unit's participation rate: contestants / members beneath it, in percent with one
  decimal (the dashboards' ``rate``), None when nobody is a member there.

``contests.rankings`` orders the same way in the database; its tests check the two agree.
"""

from lms.dashboards.rates import rate

# Closeness given to a standing without a prediction: after every real prediction.
NO_PREDICTION = 2**31 - 1


def entry_rank_key(correct, duration_ms):
    """Sort key of a submitted attempt: the smallest key is the best attempt."""
    return (-(correct or 0), duration_ms if duration_ms is not None else NO_PREDICTION)


def is_better(a, b):
    """Is the attempt ``a`` (correct, duration_ms) better than ``b``? A tie keeps ``b``."""
    return entry_rank_key(*a) < entry_rank_key(*b)


def prediction_closeness(prediction, perfect_count):
    """How far her prediction fell from the answer; None until the answer is known."""
    if perfect_count is None:
        return None
    if prediction is None:
        return NO_PREDICTION
    return abs(prediction - perfect_count)


def standing_rank_key(correct, duration_ms, closeness):
    """Sort key of a member in a ranking (per round, or overall with sums)."""
    return (
        *entry_rank_key(correct, duration_ms),
        NO_PREDICTION if closeness is None else closeness,
    )


def participation_rate(contestants, members):
    """Contestants beneath a unit out of its members, percent with one decimal (or None)."""
    return rate(contestants, members)

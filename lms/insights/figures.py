"""Course-insight maths: pure functions over counts, unit-tested without a database."""

from decimal import ROUND_HALF_UP, Decimal


def median_from_counts(counts):
    """The median of values given as {value: how many}, e.g. {1: 3, 2: 1} is [1, 1, 1, 2] -> 1.

    With an even number of values it is the mean of the two middle ones (one decimal); None
    when there are no values.
    """
    total = sum(counts.values())
    if not total:
        return None
    ordered = sorted(counts.items())

    def nth(index):  # the value at 0-based ``index`` of the sorted list
        seen = 0
        for value, count in ordered:
            seen += count
            if index < seen:
                return value
        raise IndexError(index)

    middle = total // 2
    if total % 2:
        return Decimal(nth(middle))
    value = (Decimal(nth(middle - 1)) + Decimal(nth(middle))) / 2
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def stopped_before_any(started, stopped_at_lessons):
    """Members who started but completed no lesson: those not counted at any lesson."""
    return max(started - sum(stopped_at_lessons), 0)

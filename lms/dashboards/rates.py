"""Completion-rate maths: pure functions, unit-tested against a hand-computed tree."""

from decimal import ROUND_HALF_UP, Decimal


def rate(part, whole):
    """``part`` of ``whole`` in percent with one decimal, or None when ``whole`` is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def overall_rate(completed_by_course, members):
    """Completions of all assigned courses over what full completion would be
    (members x courses): 100% when every member finished every assigned course."""
    courses = len(completed_by_course)
    return rate(sum(completed_by_course.values()), members * courses)


def child_prefix(path, parent_depth, steplen):
    """The path of the child of the node at ``parent_depth`` that ``path`` lies beneath."""
    return path[: (parent_depth + 1) * steplen]

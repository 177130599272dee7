"""The counters' background work (``core.tasks``)."""

from core.tasks import task
from lms.stats import recompute


@task()
def recompute_counters():
    """Rebuild the per-chapter counters from the facts; returns how many rows were wrong.
    Safe to run twice: a second run finds every row right."""
    return len(recompute.recompute())

"""The completion rule: pure functions, the only place where "is the course done?" lives."""

from dataclasses import dataclass


def is_course_complete(*, required_lesson_ids, done_lesson_ids):
    """A course is complete when it has lessons and every required (live) lesson is done.

    Done lessons that are no longer required (unpublished, deleted) neither help nor hurt.
    """
    required = set(required_lesson_ids)
    return bool(required) and required <= set(done_lesson_ids)


def progress_percent(*, done, total):
    """Whole percent of lessons done, 0 for an empty course, never above 100."""
    if total <= 0:
        return 0
    return min(100, (100 * done) // total)


@dataclass(frozen=True)
class CourseStatus:
    total: int
    done: int
    completed: bool

    @property
    def percent(self):
        return progress_percent(done=self.done, total=self.total)

    @property
    def started(self):
        return self.done > 0 or self.completed


def course_status(*, required_lesson_ids, done_lesson_ids, completed_at=None):
    """Progress of one member in one course, from her done set and the live lessons.

    A course completed once stays completed (her certificate does not vanish when a
    trainer adds a lesson later).
    """
    required = set(required_lesson_ids)
    done = required & set(done_lesson_ids)
    completed = completed_at is not None or is_course_complete(
        required_lesson_ids=required, done_lesson_ids=done
    )
    return CourseStatus(total=len(required), done=len(done), completed=completed)

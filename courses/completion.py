"""The completion rule: pure functions, the only place where "is the course done?" lives."""

from dataclasses import dataclass


def is_course_complete(
    *, required_lesson_ids, done_lesson_ids, final_quiz_required=False, final_quiz_passed=False
):
    """A course is complete when it has lessons, every required (live) lesson is done, and
    its final quiz, if it has one, is passed.

    Done lessons that are no longer required (unpublished, deleted) neither help nor hurt.
    A lesson that carries a quiz counts as done only once its quiz is passed (the service
    records it then), so this rule needs no separate lesson-quiz term.
    """
    required = set(required_lesson_ids)
    lessons_done = bool(required) and required <= set(done_lesson_ids)
    return lessons_done and (final_quiz_passed or not final_quiz_required)


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
    """Progress of one member in one course, for progress bars.

    Completion is what the enrollment stored when the rule was applied (by the service, on
    each event), so every page and report agrees; a course completed once stays completed
    (her certificate does not vanish when a trainer adds a lesson later).
    """
    required = set(required_lesson_ids)
    done = required & set(done_lesson_ids)
    return CourseStatus(total=len(required), done=len(done), completed=completed_at is not None)

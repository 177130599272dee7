"""State changes for progress, each in one transaction."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses import signals
from courses.completion import is_course_complete
from courses.models import Enrollment, LessonCompletion, LessonPage


@dataclass(frozen=True)
class LessonCompleteResult:
    enrollment: Enrollment
    newly_done: bool  # False for a repeated tap: nothing changed
    course_newly_completed: bool


def _get_or_create_enrollment_locked(*, user, course, now):
    """Return her enrollment row, locked until the transaction ends (created if missing)."""
    enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
    if enrollment is not None:
        return enrollment, False
    try:
        with transaction.atomic():
            enrollment = Enrollment.objects.create(
                user=user, course=course, started_at=now, last_activity_at=now
            )
        return enrollment, True
    except IntegrityError:
        # Another request created it between our read and insert: lock theirs.
        return Enrollment.objects.select_for_update().get(user=user, course=course), False


def lesson_complete(*, user, lesson, course=None):
    """Record that ``user`` finished ``lesson``; safe to call twice (a double tap, a retry).

    Updates her enrollment in the same transaction and completes the course when the rule
    says so.
    """
    course = course or lesson.get_parent().specific
    now = timezone.now()
    with transaction.atomic():
        enrollment, enrollment_created = _get_or_create_enrollment_locked(
            user=user, course=course, now=now
        )
        # The enrollment lock serialises this member's completions in this course.
        _completion, newly_done = LessonCompletion.objects.get_or_create(
            user=user, lesson=lesson, defaults={"course": course, "completed_at": now}
        )
        if not newly_done:
            return LessonCompleteResult(enrollment, newly_done=False, course_newly_completed=False)

        required = set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
        done = set(
            LessonCompletion.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        )
        enrollment.lessons_done = len(required & done)
        enrollment.last_activity_at = now
        course_newly_completed = enrollment.completed_at is None and is_course_complete(
            required_lesson_ids=required, done_lesson_ids=done
        )
        if course_newly_completed:
            enrollment.completed_at = now
        enrollment.save(update_fields=["lessons_done", "last_activity_at", "completed_at"])

        if enrollment_created:
            signals.course_started.send(sender=Enrollment, enrollment=enrollment)
        signals.lesson_completed.send(
            sender=Enrollment, enrollment=enrollment, lesson=lesson, created=True
        )
        if course_newly_completed:
            signals.course_completed.send(sender=Enrollment, enrollment=enrollment)
    return LessonCompleteResult(
        enrollment, newly_done=True, course_newly_completed=course_newly_completed
    )

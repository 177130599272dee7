"""State changes for progress, each in one transaction."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses import signals
from courses.completion import is_course_complete
from courses.models import Enrollment, LessonCompletion, LessonPage
from quizzes.models import Quiz


class QuizRequired(Exception):
    """This lesson is done by passing its quiz, not by the "done" button."""


@dataclass(frozen=True)
class ProgressResult:
    enrollment: Enrollment
    changed: bool  # False for a repeated tap or a second pass: nothing changed
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


def _refresh_enrollment(enrollment, *, course, now):
    """Recount her live lessons done and apply the completion rule. Returns True when the
    course became complete just now."""
    required = set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
    done = set(
        LessonCompletion.objects.filter(user_id=enrollment.user_id, course=course).values_list(
            "lesson_id", flat=True
        )
    )
    enrollment.lessons_done = len(required & done)
    enrollment.last_activity_at = now
    newly_completed = enrollment.completed_at is None and is_course_complete(
        required_lesson_ids=required,
        done_lesson_ids=done,
        final_quiz_required=course.final_quiz_id is not None,
        final_quiz_passed=enrollment.final_quiz_passed_at is not None,
    )
    if newly_completed:
        enrollment.completed_at = now
    enrollment.save(
        update_fields=["lessons_done", "last_activity_at", "completed_at", "final_quiz_passed_at"]
    )
    return newly_completed


def _announce(enrollment, *, started, newly_completed, lesson=None):
    if started:
        signals.course_started.send(sender=Enrollment, enrollment=enrollment)
    if lesson is not None:
        signals.lesson_completed.send(
            sender=Enrollment, enrollment=enrollment, lesson=lesson, created=True
        )
    if newly_completed:
        signals.course_completed.send(sender=Enrollment, enrollment=enrollment)


def lesson_complete(*, user, lesson, course=None, quiz_passed=False):
    """Record that ``user`` finished ``lesson``; safe to call twice (a double tap, a retry).

    A lesson with a quiz is completed only by passing it (``quiz_passed=True``, set by the
    quiz receiver). Updates her enrollment in the same transaction.
    """
    if (
        lesson.quiz_id
        and not quiz_passed
        and Quiz.objects.filter(pk=lesson.quiz_id, live=True).exists()
    ):
        raise QuizRequired(lesson.pk)
    course = course or lesson.get_parent().specific
    now = timezone.now()
    with transaction.atomic():
        enrollment, created = _get_or_create_enrollment_locked(user=user, course=course, now=now)
        # The enrollment lock serialises this member's progress in this course.
        _completion, newly_done = LessonCompletion.objects.get_or_create(
            user=user, lesson=lesson, defaults={"course": course, "completed_at": now}
        )
        if not newly_done:
            return ProgressResult(enrollment, changed=False, course_newly_completed=False)
        newly_completed = _refresh_enrollment(enrollment, course=course, now=now)
        _announce(enrollment, started=created, newly_completed=newly_completed, lesson=lesson)
    return ProgressResult(enrollment, changed=True, course_newly_completed=newly_completed)


def final_quiz_pass(*, user, course):
    """Record that she passed the course's final quiz; completes the course if all is done."""
    now = timezone.now()
    with transaction.atomic():
        enrollment, created = _get_or_create_enrollment_locked(user=user, course=course, now=now)
        if enrollment.final_quiz_passed_at is not None:
            return ProgressResult(enrollment, changed=False, course_newly_completed=False)
        enrollment.final_quiz_passed_at = now
        newly_completed = _refresh_enrollment(enrollment, course=course, now=now)
        _announce(enrollment, started=created, newly_completed=newly_completed)
    return ProgressResult(enrollment, changed=True, course_newly_completed=newly_completed)

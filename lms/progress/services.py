"""An admin takes back a member's lesson completion (marked done by mistake, or by someone
else on her phone). The course rule and everything that follows from it (her enrollment, the
chapter counters, her certificate) go through ``courses.services.lesson_completion_remove``;
this adds the audit entry, at her chapter."""

from django.db import transaction
from wagtail.log_actions import log

from courses.models import CoursePage, Enrollment, LessonCompletion
from courses.services import lesson_completion_remove
from lms.audit.entries import audit_data

COMPLETION_REMOVED = "lms.completion_removed"


def completion_remove(*, member, lesson, removed_by):
    """Remove ``member``'s completion of ``lesson``; the caller checked
    ``lms.chapters.scope.can_correct_progress``. Returns the ``RemovalResult``."""
    with transaction.atomic():
        result = lesson_completion_remove(user=member.user, lesson=lesson)
        if result.removed:
            log(
                instance=member,
                action=COMPLETION_REMOVED,
                user=removed_by,
                data=audit_data(
                    member.chapter,
                    lesson=lesson.pk,
                    lesson_title=lesson.title,
                    course_uncompleted=result.course_uncompleted,
                ),
            )
    return result


# Selectors


def member_record(member):
    """Her completions, course by course: [(course, enrollment or None, [completion])],
    three queries."""
    completions = list(
        LessonCompletion.objects.filter(user_id=member.user_id)
        .select_related("lesson")
        .order_by("course_id", "lesson__path")
    )
    course_ids = {completion.course_id for completion in completions}
    courses = CoursePage.objects.filter(pk__in=course_ids).order_by("path")
    enrollments = Enrollment.objects.filter(user_id=member.user_id, course_id__in=course_ids)
    by_course = {enrollment.course_id: enrollment for enrollment in enrollments}
    return [
        (
            course,
            by_course.get(course.pk),
            [completion for completion in completions if completion.course_id == course.pk],
        )
        for course in courses
    ]


def completion_of(member, lesson_id):
    """Her completion of this lesson, with the lesson and its course, or None."""
    return (
        LessonCompletion.objects.filter(user_id=member.user_id, lesson_id=lesson_id)
        .select_related("lesson", "course")
        .first()
    )

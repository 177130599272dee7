"""Quiz results move course progress: passing a lesson's quiz completes the lesson, passing a
course's final quiz may complete the course. Runs inside the submit transaction."""

import threading

from django.db.models.signals import post_delete, pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import CoursePage, LessonPage
from courses.services import (
    course_progress_reapply,
    final_quiz_pass,
    lesson_complete,
    lesson_moved,
)
from quizzes.signals import attempt_submitted


@receiver(attempt_submitted, dispatch_uid="courses_progress_from_quiz")
def progress_from_quiz(sender, attempt, **kwargs):
    if not attempt.passed:
        return
    user = attempt.user
    for lesson in LessonPage.objects.live().filter(quiz_id=attempt.quiz_id).defer_streamfields():
        lesson_complete(user=user, lesson=lesson, quiz_passed=True)
    for course in CoursePage.objects.live().filter(final_quiz_id=attempt.quiz_id):
        final_quiz_pass(user=user, course=course)


# A course's rule follows its live lessons (and its final quiz): when they change, apply it
# again to every enrollment, in the same transaction as the change.


@receiver(page_published, sender=LessonPage, dispatch_uid="courses_reapply_lesson_published")
@receiver(page_unpublished, sender=LessonPage, dispatch_uid="courses_reapply_lesson_unpublished")
@receiver(post_delete, sender=LessonPage, dispatch_uid="courses_reapply_lesson_deleted")
def reapply_after_lesson_change(sender, instance, **kwargs):
    # After a delete, her completions of the lesson went with it.
    course = CoursePage.objects.filter(path=instance.path[: -LessonPage.steplen]).first()
    if course is not None and course.pk not in _courses_being_deleted():
        course_progress_reapply(course=course)


# A course deleted with its lessons: nothing to re-apply (its enrollments and counters go too).
_deleting = threading.local()


def _courses_being_deleted():
    if not hasattr(_deleting, "ids"):
        _deleting.ids = set()
    return _deleting.ids


@receiver(pre_delete, sender=CoursePage, dispatch_uid="courses_course_deleting")
def course_deleting(sender, instance, **kwargs):
    _courses_being_deleted().add(instance.pk)


@receiver(post_delete, sender=CoursePage, dispatch_uid="courses_course_deleted")
def course_deleted(sender, instance, **kwargs):
    _courses_being_deleted().discard(instance.pk)


@receiver(page_published, sender=CoursePage, dispatch_uid="courses_reapply_course_published")
def reapply_after_course_published(sender, instance, **kwargs):
    course_progress_reapply(course=instance)  # its final quiz may have changed


@receiver(post_page_move, sender=LessonPage, dispatch_uid="courses_lesson_moved")
def progress_after_lesson_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A lesson moved to another course: her completions, enrollments and both courses' rules
    follow it. A reorder within its course changes nothing."""
    if parent_page_before.pk == parent_page_after.pk:
        return
    courses = CoursePage.objects.in_bulk([parent_page_before.pk, parent_page_after.pk])
    lesson_moved(
        lesson=instance,
        old_course=courses.get(parent_page_before.pk),
        new_course=courses.get(parent_page_after.pk),
    )

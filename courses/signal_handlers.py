"""What courses does when something happens in quizzes or in Wagtail's page tree.

Connected once by ``register_signal_handlers()`` from ``CoursesConfig.ready()``. Each handler
calls a service of ``courses.services``; they run inside the transaction of the change:

- a quiz attempt passed: her lesson is completed, or the course's final quiz is passed;
- a lesson published, unpublished or deleted, a course published (its final quiz may have
  changed): the course's rule is re-applied to every enrollment, in the background
  (``courses.tasks``: the trainer's request does not wait for a million enrollments);
- a lesson moved to another course: her completions and enrollments follow it at once, and
  both courses' rules are re-applied in the background.
"""

from django.db.models import QuerySet
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import CoursePage, LessonPage
from courses.services import final_quiz_pass, lesson_complete, lesson_moved
from courses.tasks import request_course_rule_reapply
from quizzes.signals import attempt_submitted


def progress_from_quiz(sender, attempt, **kwargs):
    if not attempt.passed:
        return
    user = attempt.user
    for lesson in LessonPage.objects.live().filter(quiz_id=attempt.quiz_id).defer_streamfields():
        lesson_complete(user=user, lesson=lesson, quiz_passed=True)
    for course in CoursePage.objects.live().filter(final_quiz_id=attempt.quiz_id):
        final_quiz_pass(user=user, course=course)


def reapply_after_lesson_change(sender, instance, **kwargs):
    course = instance.course
    if course is not None:
        request_course_rule_reapply(course)


def reapply_after_lesson_deleted(sender, instance, origin=None, **kwargs):
    """Her completions of the lesson went with it. When the whole course is being deleted
    (Django names the deletion's ``origin``: treebeard deletes a page and its descendants as
    one queryset, whose course row still exists until the lessons are gone), there is
    nothing to re-apply: its enrollments and counters go too."""
    course = instance.course
    if course is None:
        return
    if isinstance(origin, QuerySet) and origin.filter(pk=course.pk).exists():
        return
    request_course_rule_reapply(course)


def reapply_after_course_published(sender, instance, **kwargs):
    request_course_rule_reapply(instance)  # its final quiz may have changed


def progress_after_lesson_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A lesson moved to another course: her completions, enrollments and both courses' rules
    follow it. A reorder within its course changes nothing."""
    if parent_page_before.pk == parent_page_after.pk:
        return
    courses = CoursePage.objects.in_bulk([parent_page_before.pk, parent_page_after.pk])
    old_course = courses.get(parent_page_before.pk)
    new_course = courses.get(parent_page_after.pk)
    lesson_moved(lesson=instance, old_course=old_course, new_course=new_course)
    for course in (old_course, new_course):
        if course is not None:
            request_course_rule_reapply(course)


def register_signal_handlers():
    attempt_submitted.connect(progress_from_quiz, dispatch_uid="courses_progress_from_quiz")
    page_published.connect(
        reapply_after_lesson_change, sender=LessonPage, dispatch_uid="courses_lesson_published"
    )
    page_unpublished.connect(
        reapply_after_lesson_change, sender=LessonPage, dispatch_uid="courses_lesson_unpublished"
    )
    post_delete.connect(
        reapply_after_lesson_deleted, sender=LessonPage, dispatch_uid="courses_lesson_deleted"
    )
    page_published.connect(
        reapply_after_course_published, sender=CoursePage, dispatch_uid="courses_course_published"
    )
    post_page_move.connect(
        progress_after_lesson_moved, sender=LessonPage, dispatch_uid="courses_lesson_moved"
    )

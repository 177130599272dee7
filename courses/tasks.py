"""Courses' background work (``core.tasks``): re-applying a course's rule to its members after
its lessons changed. Safe to run twice: a second run finds nothing to change."""

from django.utils import timezone

from core.tasks import enqueue, task
from courses.models import CoursePage, CourseRuleUpdate
from courses.services import course_progress_reapply


@task()
def reapply_course_rule(course_id):
    """Bring every enrollment of the course up to date with its lessons. Returns how many
    enrollments became complete."""
    started = timezone.now()
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:  # deleted since: its enrollments went with it
        return 0
    completed = course_progress_reapply(course=course)
    # Done, unless the lessons changed again after this run began (a later run is queued).
    CourseRuleUpdate.objects.filter(course_id=course_id, requested_at__lte=started).delete()
    return completed


def request_course_rule_reapply(course):
    """Called inside the change (a lesson published, unpublished, deleted or moved; the final
    quiz changed): mark the course as updating and queue the run."""
    CourseRuleUpdate.objects.bulk_create(  # one upsert
        [CourseRuleUpdate(course_id=course.pk, requested_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["course"],
        update_fields=["requested_at"],
    )
    enqueue(reapply_course_rule, course.pk)


def course_rule_updating(course):
    """Is the background update of this course's members still to finish?"""
    return CourseRuleUpdate.objects.filter(course_id=course.pk).exists()

"""Helpers of the background-work tests: the real worker, the recount, admin requests."""

from django.core.management import call_command
from django.urls import reverse

from courses.models import LessonCompletion


def run_worker():
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def completed_in_chapter(chapter, course):
    """The recount from the facts: members of the chapter with every live lesson done."""
    live = set(course.get_children().live().values_list("pk", flat=True))
    done = {}
    for user_id, lesson_id in LessonCompletion.objects.filter(
        course_id=course.pk, user__member__chapter=chapter
    ).values_list("user_id", "lesson_id"):
        done.setdefault(user_id, set()).add(lesson_id)
    return sum(1 for lessons in done.values() if live <= lessons)


def unpublish(admin, lesson):
    response = admin.post(reverse("wagtailadmin_pages:unpublish", args=[lesson.pk]))
    assert response.status_code == 302
    return response


def editor_text(admin, page):
    response = admin.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()

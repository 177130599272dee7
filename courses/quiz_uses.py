"""Where each quiz is used, for the admin's quiz list and chooser (``quizzes.hooks.QUIZ_USES``):
the lessons that end with it and the courses it closes, each linked to its editor."""

from collections import defaultdict

from django.urls import reverse
from django.utils.translation import gettext

from courses.models import CoursePage, LessonPage
from quizzes.hooks import QuizUse


def quiz_uses(quiz_ids):
    """{quiz_id: [QuizUse]}: three queries whatever the number of quizzes and lessons.
    The titles are the editor's (latest draft), as the rest of the admin shows them."""
    uses = defaultdict(list)
    lessons = list(
        LessonPage.objects.filter(quiz_id__in=quiz_ids)
        .order_by("path")
        .values("pk", "draft_title", "path", "quiz_id")
    )
    course_paths = {LessonPage.course_path(lesson["path"]) for lesson in lessons}
    course_titles = (
        dict(CoursePage.objects.filter(path__in=course_paths).values_list("path", "draft_title"))
        if course_paths
        else {}
    )
    for lesson in lessons:
        course = course_titles.get(LessonPage.course_path(lesson["path"]), "")
        uses[lesson["quiz_id"]].append(
            QuizUse(
                label=f"{course} › {lesson['draft_title']}" if course else lesson["draft_title"],
                url=_edit_url(lesson["pk"]),
            )
        )
    finals = CoursePage.objects.filter(final_quiz_id__in=quiz_ids).order_by("path")
    for course in finals.values("pk", "draft_title", "final_quiz_id"):
        uses[course["final_quiz_id"]].append(
            QuizUse(
                label=gettext("%(course)s: final quiz") % {"course": course["draft_title"]},
                url=_edit_url(course["pk"]),
            )
        )
    return dict(uses)


def _edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])

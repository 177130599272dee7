"""What a course needs on her phone to be read offline: the course page, its lessons, their
pictures and the lessons' quiz pages (offline.bundles measures each and finds the pictures).

Courses render their own pages (the course and lesson pages' ``serve``); the quizzes' pages
come from quizzes.offline, rendered by the quizzes app.
"""

from wagtail.models import PageViewRestriction

from courses.models import LessonPage
from offline.bundles import SavedPage
from offline.bundles import course_bundle as measured_bundle
from quizzes import offline as quizzes_offline


def _allowed(page_path, restrictions, request):
    """Wagtail's view restrictions (password, sign-in, groups) on the page or above it."""
    return all(r.accept_request(request) for r in restrictions if page_path.startswith(r.page.path))


def _restrictions(course, lessons):
    steplen = course.steplen
    paths = [course.path[:i] for i in range(steplen, len(course.path) + 1, steplen)]
    paths += [lesson.path for lesson in lessons]
    return list(PageViewRestriction.objects.filter(page__path__in=paths).select_related("page"))


def _pages(course, lessons, quizzes, request):
    course_version = max(
        [course.last_published_at, *(lesson.last_published_at for lesson in lessons)],
        key=lambda at: at.timestamp() if at else 0,
    )
    yield SavedPage(course.get_url(request), f"course:{course.pk}:{course_version}", course.serve)
    for lesson in lessons:
        lesson_url = lesson.get_url(request)
        yield SavedPage(lesson_url, f"lesson:{lesson.pk}:{lesson.live_revision_id}", lesson.serve)
        quiz = quizzes.get(lesson.quiz_id)
        if quiz is not None:
            yield from quizzes_offline.pages_to_save(quiz, next_url=lesson_url)


def course_bundle(*, course, request):
    """The course's offline bundle for this member (None if she may not read the course):
    live lessons she may read, their pictures, and (when she is signed in) their live
    quizzes' pages."""
    lessons = list(LessonPage.objects.live().child_of(course).order_by("path"))
    restrictions = _restrictions(course, lessons)
    if not _allowed(course.path, restrictions, request):
        return None
    lessons = [lesson for lesson in lessons if _allowed(lesson.path, restrictions, request)]
    quizzes = quizzes_offline.quizzes_to_save(
        {lesson.quiz_id for lesson in lessons if lesson.quiz_id}, user=request.user
    )
    return measured_bundle(
        course_id=course.pk,
        title=course.title,
        pages=_pages(course, lessons, quizzes, request),
        request=request,
    )

"""Offline learning: the list of what to save for a course, and "done" taps her phone
queued while offline, sent now with an idempotency key."""

import uuid

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from courses import offline, selectors, services
from courses.models import CoursePage, LessonPage


def client_key(value):
    """The UUID her phone made, or None when it is missing or not a UUID."""
    try:
        return uuid.UUID(str(value or ""))
    except ValueError:
        return None


def _error(status, code, message):
    return JsonResponse({"error": code, "message": message}, status=status)


@never_cache
@require_GET
def course_offline(request, course_id):
    """JSON: every address (pages, pictures, quiz pages) to save this course, with sizes."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    bundle = offline.course_bundle(course=course, request=request)
    if bundle is None:
        raise Http404
    return JsonResponse(bundle.as_json(), json_dumps_params={"ensure_ascii": False})


@never_cache
@require_POST
def lesson_done_sync(request, lesson_id):
    """A "done" tapped offline, sent with its key. Sending it again changes nothing."""
    if not request.user.is_authenticated:
        return _error(401, "signed_out", _("Sign in again so that your progress can be sent."))
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        return _error(404, "no_lesson", _("This lesson is no longer available."))
    key = client_key(request.POST.get("key"))
    if key is None:
        return _error(400, "bad_key", "The key must be a UUID made by the phone.")
    course = selectors.lesson_course(lesson)
    try:
        result = services.lesson_complete_from_phone(
            user=request.user, lesson=lesson, course=course, client_key=key
        )
    except services.QuizRequired:
        return _error(
            409, "quiz_required", _("Pass the quiz at the end of this lesson to complete it.")
        )
    except services.KeyAlreadyUsed:
        return _error(400, "key_used", "This key was already used for another lesson.")
    return JsonResponse(
        {
            "status": "recorded" if result.changed else "already",
            "lesson": lesson.title,
            "course_completed": result.course_newly_completed,
        }
    )

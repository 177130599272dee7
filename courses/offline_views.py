"""Offline learning: the list of what to save for a course, and "done" taps her phone
queued while offline, sent now with an idempotency key (the sync protocol of
offline.protocol)."""

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from courses import offline, selectors, services
from courses.models import CoursePage, LessonPage
from offline import protocol

NO_LESSON = protocol.Refusal(404, "no_lesson", _("This lesson is no longer available."))
QUIZ_REQUIRED = protocol.Refusal(
    409, "quiz_required", _("Pass the quiz at the end of this lesson to complete it.")
)


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
        return protocol.SIGNED_OUT.response()
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None or not selectors.lesson_open_to(request, lesson):
        return NO_LESSON.response()
    key = protocol.request_key(request)
    if key is None:
        return protocol.BAD_KEY.response()
    course = lesson.course
    try:
        result = services.lesson_complete_from_phone(
            user=request.user, lesson=lesson, course=course, client_key=key
        )
    except services.QuizRequired:
        return QUIZ_REQUIRED.response()
    except services.KeyAlreadyUsed:
        return protocol.KEY_USED.response()
    return protocol.accepted(
        created=result.changed,
        lesson=lesson.title,
        course_completed=result.course_newly_completed,
    )

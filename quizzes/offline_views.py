"""Quizzes answered offline: the page her phone saves (questions and choices only, never the
right answers) and the endpoint her answers are sent to when she is back online."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from quizzes import services
from quizzes.models import Quiz
from quizzes.presenters import present
from quizzes.scoring import TamperedAnswer
from quizzes.snapshots import offline_snapshot
from quizzes.views import _next_url, _with_next


@login_required
@require_GET
def quiz_offline(request, quiz_id):
    """The quiz to answer without internet, in the order the server will score it in."""
    quiz = get_object_or_404(Quiz.objects.filter(live=True), pk=quiz_id)
    snapshot = offline_snapshot(quiz, quiz.live_revision_id)
    return render(
        request,
        "quizzes/quiz_offline.html",
        {
            "quiz": quiz,
            "questions": present(snapshot),
            "revision_id": quiz.live_revision_id,
            # Without JavaScript the form is sent at once with this key; her phone's script
            # replaces it with a fresh one for each answer it keeps for later.
            "key": uuid.uuid4(),
            "next": _next_url(request),
        },
    )


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _refuse(request, status, code, message, quiz_id, next_url):
    if _wants_json(request):
        return JsonResponse({"error": code, "message": message}, status=status)
    messages.error(request, message)
    return redirect(_with_next(reverse("quizzes:detail", args=[quiz_id]), next_url))


def _revision(value):
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise services.UnknownRevision(value) from None


@require_POST
def quiz_offline_submit(request, quiz_id):
    """Her offline answers: scored once against the version she was served, recorded once."""
    next_url = _next_url(request)
    if not request.user.is_authenticated:
        if _wants_json(request):
            message = _("Sign in again so that your progress can be sent.")
            return JsonResponse({"error": "signed_out", "message": message}, status=401)
        return redirect_to_login(_with_next(reverse("quizzes:detail", args=[quiz_id]), next_url))
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    refuse = lambda status, code, message: _refuse(  # noqa: E731
        request, status, code, message, quiz.pk, next_url
    )
    try:
        key = uuid.UUID(request.POST.get("key") or "")
    except ValueError:
        return refuse(400, "bad_key", "The key must be a UUID made by the phone.")
    try:
        attempt, created = services.attempt_submit_from_phone(
            user=request.user,
            quiz=quiz,
            client_key=key,
            revision_id=_revision(request.POST.get("revision")),
            data=request.POST,
        )
    except services.KeyAlreadyUsed:
        return refuse(400, "key_used", "This key was already used for another quiz.")
    except (services.UnknownRevision, TamperedAnswer):
        return refuse(
            400,
            "bad_answers",
            _("The answers sent do not match this quiz. Nothing was recorded."),
        )
    except services.QuizNotAvailable:
        return refuse(409, "not_available", _("This quiz is no longer available."))
    except services.AttemptLimitReached:
        return refuse(
            409, "no_attempts_left", _("You have used all the attempts this quiz allows.")
        )
    result_url = _with_next(reverse("quizzes:result", args=[attempt.pk]), next_url)
    if not _wants_json(request):
        return redirect(result_url)
    return JsonResponse(
        {
            "status": "recorded" if created else "already",
            "quiz": quiz.title,
            "passed": attempt.passed,
            "score": int(attempt.score),
            "result_url": result_url,
        }
    )

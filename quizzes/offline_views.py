"""Quizzes answered offline: the page her phone saves (questions and choices only, never the
right answers) and the endpoint her answers are sent to when she is back online (the sync
protocol of offline.protocol)."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from core import throttles
from offline import protocol
from quizzes import services
from quizzes.models import Quiz
from quizzes.presenters import present
from quizzes.scoring import TamperedAnswer
from quizzes.served import NotServed, served_revision, served_token
from quizzes.snapshots import offline_snapshot
from quizzes.views import _next_url, _with_next

BAD_ANSWERS = protocol.Refusal(
    400, "bad_answers", _("The answers sent do not match this quiz. Nothing was recorded.")
)
NOT_AVAILABLE = protocol.Refusal(409, "not_available", _("This quiz is no longer available."))
NO_ATTEMPTS_LEFT = protocol.Refusal(
    409, "no_attempts_left", _("You have used all the attempts this quiz allows.")
)


# Answers that do not match what she was served, counted per member: a phone replaying a
# stale page refuses a few; hundreds are someone probing for versions to score against.
REFUSED_LIMIT = 20
REFUSED_WINDOW = 60 * 60
TOO_MANY_REFUSED = protocol.Refusal(
    429, "too_many_refused", _("Too many answers were refused. Try again in an hour.")
)


def _refused_key(user):
    return f"quizzes:offline-refused:{user.pk}"


def _refused_too_often(user):
    return throttles.count(_refused_key(user)) >= REFUSED_LIMIT


@login_required
@require_GET
def quiz_offline(request, quiz_id):
    return quiz_offline_page(request, get_object_or_404(Quiz.objects.live(), pk=quiz_id))


def quiz_offline_page(request, quiz):
    """The quiz to answer without internet, in the order the server will score it in; also
    measured when a course is saved for offline (quizzes.offline)."""
    snapshot = offline_snapshot(quiz, quiz.live_revision_id)
    return render(
        request,
        "quizzes/quiz_offline.html",
        {
            "quiz": quiz,
            "questions": present(snapshot),
            "revision_id": quiz.live_revision_id,
            "served": served_token(quiz=quiz, user=request.user),
            # Without JavaScript the form is sent at once with this key; her phone's script
            # replaces it with a fresh one for each answer it keeps for later.
            "key": uuid.uuid4(),
            "next": _next_url(request),
        },
    )


def _refuse(request, refusal, quiz_id, next_url):
    if protocol.wants_json(request):
        return refusal.response()
    messages.error(request, refusal.message)
    return redirect(_with_next(reverse("quizzes:detail", args=[quiz_id]), next_url))


@require_POST
def quiz_offline_submit(request, quiz_id):
    """Her offline answers: scored once against the version she was served, recorded once."""
    next_url = _next_url(request)
    if not request.user.is_authenticated:
        if protocol.wants_json(request):
            return protocol.SIGNED_OUT.response()
        return redirect_to_login(_with_next(reverse("quizzes:detail", args=[quiz_id]), next_url))
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    key = protocol.request_key(request)
    if key is None:
        return _refuse(request, protocol.BAD_KEY, quiz.pk, next_url)
    if _refused_too_often(request.user):
        if protocol.wants_json(request):
            return TOO_MANY_REFUSED.response()
        raise throttles.Throttled(TOO_MANY_REFUSED.message, retry_after=REFUSED_WINDOW)
    try:
        revision_id = served_revision(
            quiz=quiz,
            user=request.user,
            token=request.POST.get("served", ""),
            revision=request.POST.get("revision", ""),
        )
        attempt, created = services.attempt_submit_from_phone(
            user=request.user, quiz=quiz, client_key=key, revision_id=revision_id, data=request.POST
        )
    except (NotServed, services.UnknownRevision, TamperedAnswer):
        throttles.hit(_refused_key(request.user), window=REFUSED_WINDOW)
        return _refuse(request, BAD_ANSWERS, quiz.pk, next_url)
    except services.KeyAlreadyUsed:
        return _refuse(request, protocol.KEY_USED, quiz.pk, next_url)
    except services.QuizNotAvailable:
        return _refuse(request, NOT_AVAILABLE, quiz.pk, next_url)
    except services.AttemptLimitReached:
        return _refuse(request, NO_ATTEMPTS_LEFT, quiz.pk, next_url)
    result_url = _with_next(reverse("quizzes:result", args=[attempt.pk]), next_url)
    if not protocol.wants_json(request):
        return redirect(result_url)
    return protocol.accepted(
        created=created,
        quiz=quiz.title,
        passed=attempt.passed,
        score=int(attempt.score),
        result_url=result_url,
    )

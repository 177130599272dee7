from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from quizzes import selectors, services
from quizzes.hooks import finished_with
from quizzes.models import Attempt, Quiz
from quizzes.presenters import present
from quizzes.scoring import TamperedAnswer, parse_answers, unanswered


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def _live_quiz(quiz_id):
    return get_object_or_404(Quiz.objects.live(), pk=quiz_id)


def quiz_detail(request, quiz_id):
    return quiz_detail_page(request, _live_quiz(quiz_id))


def quiz_detail_page(request, quiz):
    """The quiz's page as she gets it; also measured when a course is saved for offline
    (quizzes.offline)."""
    standing = selectors.quiz_standing(user=request.user, quiz=quiz)
    return render(
        request,
        "quizzes/quiz_detail.html",
        {
            "quiz": quiz,
            "question_count": len(quiz.questions),
            "standing": standing,
            "best": selectors.best_attempt(standing.attempts),
            "next": _next_url(request),
        },
    )


@require_POST
def attempt_start(request, quiz_id):
    quiz = _live_quiz(quiz_id)
    next_url = _next_url(request)
    if not request.user.is_authenticated:
        return redirect_to_login(_with_next(reverse("quizzes:detail", args=[quiz.pk]), next_url))
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except services.AttemptLimitReached:
        messages.error(request, _("You have used all the attempts this quiz allows."))
        return redirect(_with_next(reverse("quizzes:detail", args=[quiz.pk]), next_url))
    return redirect(_with_next(reverse("quizzes:take", args=[attempt.pk]), next_url))


def _own_attempt(request, attempt_id):
    attempt = Attempt.objects.select_related("quiz").filter(pk=attempt_id).first()
    if attempt is None or attempt.user_id != request.user.pk:
        raise Http404
    return attempt


@login_required
@require_http_methods(["GET", "POST"])
def attempt_take(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    next_url = _next_url(request)
    result_url = _with_next(reverse("quizzes:result", args=[attempt.pk]), next_url)
    if attempt.is_submitted:
        # Back button, a second tab or a double tap: show the result already recorded.
        return redirect(result_url)
    answers, errors = {}, {}
    if request.method == "POST":
        try:
            answers = parse_answers(attempt.snapshot, request.POST)
        except TamperedAnswer:
            return render(
                request,
                "quizzes/bad_answers.html",
                {"attempt": attempt, "take_url": _with_next(request.path, next_url)},
                status=400,
            )
        missing = unanswered(attempt.snapshot, answers)
        if not missing:
            try:
                services.attempt_submit(attempt_id=attempt.pk, user=request.user, answers=answers)
            except services.AttemptLimitReached:
                messages.error(request, _("You have used all the attempts this quiz allows."))
                return redirect(
                    _with_next(reverse("quizzes:detail", args=[attempt.quiz_id]), next_url)
                )
            return redirect(result_url)
        errors = dict.fromkeys(missing, _("Please choose an answer."))
    return render(
        request,
        "quizzes/attempt_form.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": present(attempt.snapshot, answers=answers, errors=errors),
            "error_count": len(errors),
            "next": next_url,
        },
    )


@login_required
def attempt_result(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    next_url = _next_url(request)
    if not attempt.is_submitted:
        return redirect(_with_next(reverse("quizzes:take", args=[attempt.pk]), next_url))
    quiz = attempt.quiz
    answers = {qid: frozenset(ids) for qid, ids in attempt.answers.items()}
    results = services.attempt_results(attempt=attempt)
    standing = selectors.quiz_standing(user=request.user, quiz=quiz)
    return render(
        request,
        "quizzes/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "right_count": sum(1 for result in results.values() if result["right"]),
            # The right answers only when the quiz's show_answers allows them now.
            "questions": present(
                attempt.snapshot, answers=answers, results=results, reveal=standing.shows_answers
            ),
            "standing": standing,
            "next": next_url,
            # The courses this pass finished for her, with their "course completed" pages.
            "finished": finished_with(request, quiz) if attempt.passed else [],
        },
    )

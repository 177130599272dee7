"""Read-only queries about quizzes and attempts."""

from dataclasses import dataclass, field

from wagtail.permission_policies import ModelPermissionPolicy

from quizzes import limits
from quizzes.models import Attempt, Quiz

AUTHORING = ("add", "change", "publish")


def live_quiz(quiz_id):
    """The quiz a lesson or a course uses (``quiz_id``), if it exists and is published; else
    None. One query (none without an id); loads what pages show about it."""
    if not quiz_id:
        return None
    return Quiz.objects.live().filter(pk=quiz_id).only("id", "title", "pass_mark", "live").first()


@dataclass
class QuizStanding:
    """Where she stands with one quiz, for its pages: what the attempt limit allows now."""

    attempts: list = field(default_factory=list)  # submitted, newest first
    open_attempt: Attempt | None = None  # started online, and she may still send it
    attempts_left: int | None = None  # None: as many as she likes
    may_answer: bool = False  # start, continue, or answer offline
    passed: bool = False  # in one of her attempts
    shows_answers: bool = False  # her result pages show the right answers (quiz.show_answers)


def quiz_standing(*, user, quiz):
    """Her attempts at ``quiz`` and what the limit (``quizzes.limits``) allows her now: one
    query for a member, none for a visitor."""
    attempts, open_attempt = [], None
    if user.is_authenticated:
        for attempt in (
            Attempt.objects.filter(user=user, quiz=quiz)
            .defer("snapshot", "answers")
            .order_by("-number")
        ):
            if attempt.submitted_at is None:
                open_attempt = attempt
            else:
                attempts.append(attempt)
    used = len(attempts)
    may_answer = quiz.live and limits.may_attempt(max_attempts=quiz.max_attempts, used=used)
    attempts_left = limits.attempts_left(max_attempts=quiz.max_attempts, used=used)
    passed = any(attempt.passed for attempt in attempts)
    return QuizStanding(
        attempts=attempts,
        # An open attempt that can no longer count (her attempts were used from her phone
        # meanwhile) is not offered: sending it would be refused.
        open_attempt=open_attempt if may_answer else None,
        attempts_left=attempts_left,
        may_answer=may_answer,
        passed=passed,
        shows_answers=limits.shows_right_answers(
            when=quiz.show_answers, passed=passed, attempts_left=attempts_left
        ),
    )


def best_attempt(attempts):
    """The attempt that counts: highest score, then earliest."""
    submitted = [a for a in attempts if a.submitted_at is not None]
    if not submitted:
        return None
    return max(submitted, key=lambda a: (a.score, -a.number))


def passed_quiz_ids(*, user, quiz_ids):
    """Which of these quizzes she has passed at least once (one query)."""
    if not user.is_authenticated or not quiz_ids:
        return set()
    return set(
        Attempt.objects.filter(user=user, quiz_id__in=quiz_ids, passed=True)
        .values_list("quiz_id", flat=True)
        .distinct()
    )


def quizzes_user_may_choose(user):
    """The quizzes the admin's quiz chooser offers her: all of them to those who author
    quizzes (a superuser, the Trainers group); only published ones to anyone else who
    reaches the admin (leaders and officials): their titles are on the site already, a
    draft's title is not."""
    if ModelPermissionPolicy(Quiz).user_has_any_permission(user, AUTHORING):
        return Quiz.objects.all()
    return Quiz.objects.live()

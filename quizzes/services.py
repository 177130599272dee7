"""State changes for quiz attempts, each in one transaction."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from quizzes import signals
from quizzes.models import Attempt
from quizzes.scoring import score_attempt
from quizzes.snapshots import build_snapshot


class AttemptLimitReached(Exception):
    """She has used every attempt this quiz allows."""


class QuizNotAvailable(Exception):
    """The quiz is not published."""


def attempts_used(*, user, quiz):
    return Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=False).count()


def attempt_start(*, user, quiz):
    """Return her open attempt at ``quiz``, or start one (a snapshot of the live quiz).

    At most one open attempt exists per member and quiz: the database enforces it, and a
    concurrent start returns the attempt the other request created.
    """
    if not quiz.live:
        raise QuizNotAvailable(quiz.pk)
    open_attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
    if open_attempt is not None:
        return open_attempt
    used = attempts_used(user=user, quiz=quiz)
    if quiz.max_attempts and used >= quiz.max_attempts:
        raise AttemptLimitReached(quiz.pk)
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user, quiz=quiz, number=used + 1, snapshot=build_snapshot(quiz)
            )
    except IntegrityError:
        return Attempt.objects.get(user=user, quiz=quiz, submitted_at__isnull=True)


def attempt_submit(*, attempt_id, user, answers):
    """Score and close an attempt. Returns ``(attempt, newly_submitted)``.

    The attempt row is locked; an attempt already submitted (a double tap, the back button,
    a second tab) keeps its stored result and is not scored again.
    """
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt_id, user=user)
        if attempt.submitted_at is not None:
            return attempt, False
        result = score_attempt(attempt.snapshot, answers)
        attempt.answers = {qid: sorted(choices) for qid, choices in answers.items()}
        attempt.score = result.percent
        attempt.passed = result.passed
        attempt.submitted_at = timezone.now()
        attempt.save(update_fields=["answers", "score", "passed", "submitted_at"])
        signals.attempt_submitted.send(sender=Attempt, attempt=attempt)
    return attempt, True

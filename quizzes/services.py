"""State changes for quiz attempts, each in one transaction."""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Revision

from quizzes import signals
from quizzes.models import Attempt
from quizzes.scoring import parse_answers, score_attempt
from quizzes.snapshots import build_snapshot, offline_snapshot


class AttemptLimitReached(Exception):
    """She has used every attempt this quiz allows."""


class QuizNotAvailable(Exception):
    """The quiz is not published."""


class UnknownRevision(Exception):
    """The answers name a version of the quiz that does not exist (or not of this quiz)."""


class KeyAlreadyUsed(Exception):
    """The idempotency key was already used by this member for another quiz."""


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


def _served_version(quiz, revision_id):
    """The quiz as it was when her phone saved the offline page (its revision)."""
    if revision_id is None:
        if quiz.live_revision_id is not None:
            raise UnknownRevision(None)
        return quiz
    revision = Revision.objects.for_instance(quiz).filter(pk=revision_id).first()
    if revision is None:
        raise UnknownRevision(revision_id)
    return revision.as_object()


def attempt_submit_from_phone(*, user, quiz, client_key, revision_id, data):
    """Answers she gave offline, sent with the key her phone made. Returns
    ``(attempt, newly_submitted)``.

    Scored against the revision she was served (``revision_id``), so an edit in between
    changes nothing for her. The same key sent again (a replay, a double send) returns the
    attempt already recorded, scored once. Raises ``KeyAlreadyUsed``, ``QuizNotAvailable``,
    ``AttemptLimitReached``, ``UnknownRevision`` or ``scoring.TamperedAnswer``.
    """
    known = Attempt.objects.filter(user=user, client_key=client_key).first()
    if known is not None:
        if known.quiz_id != quiz.pk:
            raise KeyAlreadyUsed(client_key)
        return known, False
    if not quiz.live:
        raise QuizNotAvailable(quiz.pk)
    if quiz.max_attempts and attempts_used(user=user, quiz=quiz) >= quiz.max_attempts:
        raise AttemptLimitReached(quiz.pk)
    snapshot = offline_snapshot(_served_version(quiz, revision_id), revision_id)
    answers = parse_answers(snapshot, data)
    result = score_attempt(snapshot, answers)
    now = timezone.now()
    for _try in range(3):
        try:
            with transaction.atomic():
                # After her highest number: an open attempt started online keeps its own.
                highest = Attempt.objects.filter(user=user, quiz=quiz).aggregate(Max("number"))
                attempt = Attempt.objects.create(
                    user=user,
                    quiz=quiz,
                    number=(highest["number__max"] or 0) + 1,
                    snapshot=snapshot,
                    answers={qid: sorted(choices) for qid, choices in answers.items()},
                    score=result.percent,
                    passed=result.passed,
                    started_at=now,
                    submitted_at=now,
                    client_key=client_key,
                )
                signals.attempt_submitted.send(sender=Attempt, attempt=attempt)
            return attempt, True
        except IntegrityError:
            # The same key sent twice at once: the other request recorded it. Otherwise
            # another attempt took this number at the same moment: take the next one.
            known = Attempt.objects.filter(user=user, client_key=client_key).first()
            if known is not None:
                if known.quiz_id != quiz.pk:
                    raise KeyAlreadyUsed(client_key) from None
                return known, False
    raise IntegrityError("no free attempt number")

"""State changes for quiz attempts, each in one transaction."""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Revision

from quizzes import limits, signals
from quizzes.models import Attempt, AttemptCounter
from quizzes.scoring import parse_answers, results_to_store, score_attempt
from quizzes.snapshots import build_snapshot, offline_snapshot


class AttemptLimitReached(Exception):
    """She has used every attempt this quiz allows."""


class QuizNotAvailable(Exception):
    """The quiz is not published."""


class UnknownRevision(Exception):
    """The answers name a version of the quiz that does not exist (or not of this quiz)."""


class KeyAlreadyUsed(Exception):
    """The idempotency key was already used by this member for another quiz."""


def _lock_counter(*, user, quiz_id):
    """Her attempt counter for the quiz, locked until the transaction ends (created if
    missing, numbered after any attempts made before counters existed). Taken first by every
    write that starts or submits an attempt: the lock order is counter, then attempt."""
    counter = AttemptCounter.objects.select_for_update().filter(user=user, quiz_id=quiz_id).first()
    if counter is not None:
        return counter
    # Every writer creates the counter before it adds an attempt, so no attempt can appear
    # between this read and the insert below.
    highest = Attempt.objects.filter(user=user, quiz_id=quiz_id).aggregate(Max("number"))
    try:
        with transaction.atomic():
            return AttemptCounter.objects.create(
                user=user, quiz_id=quiz_id, last_number=highest["number__max"] or 0
            )
    except IntegrityError:
        # Another request created it between our read and insert: wait for its lock.
        return AttemptCounter.objects.select_for_update().get(user=user, quiz_id=quiz_id)


def _submitted_count(*, user, quiz_id):
    return Attempt.objects.filter(user=user, quiz_id=quiz_id, submitted_at__isnull=False).count()


def _next_number(counter):
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


def attempt_start(*, user, quiz):
    """Return her open attempt at ``quiz``, or start one (a snapshot of the live quiz).

    At most one open attempt exists per member and quiz (a database constraint); starts
    are serialised by her attempt counter, so a concurrent start returns the same attempt.
    Raises ``QuizNotAvailable`` or ``AttemptLimitReached``.
    """
    if not quiz.live:
        raise QuizNotAvailable(quiz.pk)
    with transaction.atomic():
        counter = _lock_counter(user=user, quiz_id=quiz.pk)
        open_attempt = Attempt.objects.filter(
            user=user, quiz=quiz, submitted_at__isnull=True
        ).first()
        if open_attempt is not None:
            return open_attempt
        used = _submitted_count(user=user, quiz_id=quiz.pk)
        if not limits.may_attempt(max_attempts=quiz.max_attempts, used=used):
            raise AttemptLimitReached(quiz.pk)
        return Attempt.objects.create(
            user=user, quiz=quiz, number=_next_number(counter), snapshot=build_snapshot(quiz)
        )


def _stored_answers(answers):
    return {qid: sorted(choices) for qid, choices in answers.items()}


def attempt_submit(*, attempt_id, user, answers):
    """Score and close an attempt. Returns ``(attempt, newly_submitted)``.

    Her attempt counter, then the attempt row, are locked; an attempt already submitted (a
    double tap, the back button, a second tab) keeps its stored result and is not scored
    again. When her allowed attempts were used meanwhile (answers sent from her phone while
    this one was open), this attempt can no longer count: it is removed (it holds no answers)
    and ``AttemptLimitReached`` is raised.
    """
    quiz_id = Attempt.objects.filter(pk=attempt_id, user=user).values_list("quiz_id", flat=True)
    quiz_id = quiz_id.get()  # Attempt.DoesNotExist for someone else's attempt
    with transaction.atomic():
        _lock_counter(user=user, quiz_id=quiz_id)
        attempt = Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt_id)
        if attempt.submitted_at is not None:
            return attempt, False
        used = _submitted_count(user=user, quiz_id=quiz_id)
        over_limit = not limits.may_attempt(max_attempts=attempt.quiz.max_attempts, used=used)
        if over_limit:
            attempt.delete()
        else:
            result = score_attempt(attempt.snapshot, answers)
            attempt.answers = _stored_answers(answers)
            attempt.score = result.percent
            attempt.passed = result.passed
            attempt.results = results_to_store(result)
            attempt.submitted_at = timezone.now()
            attempt.save(update_fields=["answers", "score", "passed", "results", "submitted_at"])
            signals.attempt_submitted.send(sender=Attempt, attempt=attempt)
    if over_limit:
        raise AttemptLimitReached(quiz_id)
    return attempt, True


def attempt_results(*, attempt):
    """The per-question results of a submitted attempt, as stored when it was scored.

    An attempt submitted before results were stored is scored once now (against its own
    snapshot and answers, as it was then) and its results are stored for next time.
    """
    if attempt.results is None:
        answers = {qid: frozenset(ids) for qid, ids in attempt.answers.items()}
        attempt.results = results_to_store(score_attempt(attempt.snapshot, answers))
        Attempt.objects.filter(pk=attempt.pk, results__isnull=True).update(results=attempt.results)
    return attempt.results


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
    known = _known(user=user, quiz=quiz, client_key=client_key)
    if known is not None:
        return known, False
    if not quiz.live:
        raise QuizNotAvailable(quiz.pk)
    snapshot = offline_snapshot(_served_version(quiz, revision_id), revision_id)
    answers = parse_answers(snapshot, data)
    result = score_attempt(snapshot, answers)
    now = timezone.now()
    try:
        with transaction.atomic():
            counter = _lock_counter(user=user, quiz_id=quiz.pk)
            # The same key sent twice at once: the first one recorded it while we waited.
            known = _known(user=user, quiz=quiz, client_key=client_key)
            if known is not None:
                return known, False
            used = _submitted_count(user=user, quiz_id=quiz.pk)
            if not limits.may_attempt(max_attempts=quiz.max_attempts, used=used):
                raise AttemptLimitReached(quiz.pk)
            attempt = Attempt.objects.create(
                user=user,
                quiz=quiz,
                number=_next_number(counter),
                snapshot=snapshot,
                answers=_stored_answers(answers),
                score=result.percent,
                passed=result.passed,
                results=results_to_store(result),
                started_at=now,
                submitted_at=now,
                client_key=client_key,
            )
            signals.attempt_submitted.send(sender=Attempt, attempt=attempt)
    except IntegrityError:
        # The same key raced in for another quiz (a different counter): that one keeps it.
        known = _known(user=user, quiz=quiz, client_key=client_key)
        if known is None:
            raise
        return known, False
    return attempt, True


def _known(*, user, quiz, client_key):
    """The attempt already recorded with this key, or None; ``KeyAlreadyUsed`` when the key
    went with another quiz."""
    known = Attempt.objects.filter(user=user, client_key=client_key).first()
    if known is not None and known.quiz_id != quiz.pk:
        raise KeyAlreadyUsed(client_key)
    return known

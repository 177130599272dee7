"""Read-only queries about quizzes and attempts."""

from quizzes.models import Attempt


def attempts_of(*, user, quiz):
    """Her submitted attempts at ``quiz``, newest first."""
    return list(
        Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=False)
        .defer("snapshot", "answers")
        .order_by("-number")
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

import pytest

from quizzes.models import Attempt
from quizzes.services import attempt_start, attempt_submit
from quizzes.signals import attempt_submitted
from tests.concurrency import run_concurrently
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RIGHT = {"q1": frozenset({"q1a"}), "q2": frozenset({"q2a", "q2b"}), "q3": frozenset({"false"})}
WRONG = {"q1": frozenset({"q1b"}), "q2": frozenset({"q2c"}), "q3": frozenset({"true"})}


def test_fifty_concurrent_submits_of_one_attempt_record_one_result():
    user = UserFactory()
    quiz = QuizFactory()
    attempt = attempt_start(user=user, quiz=quiz)
    sent = []
    attempt_submitted.connect(
        lambda **kw: sent.append(kw["attempt"].pk), weak=False, dispatch_uid="t"
    )
    try:
        results, errors = run_concurrently(
            lambda i: attempt_submit(
                attempt_id=attempt.pk, user=user, answers=RIGHT if i % 2 else WRONG
            ),
            50,
        )
    finally:
        attempt_submitted.disconnect(dispatch_uid="t")
    assert errors == []
    assert sum(1 for _attempt, newly in results if newly) == 1
    attempt.refresh_from_db()
    stored = (attempt.score, attempt.passed)
    assert all((a.score, a.passed) == stored for a, _newly in results)
    assert len(sent) == 1
    assert Attempt.objects.filter(quiz=quiz).count() == 1


def test_concurrent_starts_open_one_attempt():
    user = UserFactory()
    quiz = QuizFactory()
    results, errors = run_concurrently(lambda i: attempt_start(user=user, quiz=quiz).pk, 20)
    assert errors == []
    assert len(set(results)) == 1
    assert Attempt.objects.filter(quiz=quiz, user=user).count() == 1

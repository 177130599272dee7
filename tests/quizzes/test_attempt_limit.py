"""The attempt limit holds whatever the order of online and offline attempts, and when they
arrive at the same moment."""

import uuid

import pytest
from django.urls import reverse

from quizzes.models import Attempt
from quizzes.services import AttemptLimitReached, attempt_start, attempt_submit
from quizzes.services import attempt_submit_from_phone as submit_from_phone
from tests.concurrency import run_concurrently
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory

ALL_RIGHT = {"q-q1": "q1a", "q-q2": ["q2a", "q2b"], "q-q3": "false"}
ALL_WRONG = {"q-q1": "q1b", "q-q2": "q2c", "q-q3": "true"}
USED_ALL = "Chị đã dùng hết số lần làm bài"


def _submitted(user, quiz):
    return Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=False).count()


def _quiz(**options):
    quiz = QuizFactory(**options)
    quiz.refresh_from_db()  # its live revision, as the offline page gives it
    return quiz


def _send_from_phone(client, quiz, answers):
    data = {**answers, "key": str(uuid.uuid4()), "revision": quiz.live_revision_id}
    return client.post(
        reverse("quizzes:offline_submit", args=[quiz.pk]),
        data,
        headers={"Accept": "application/json"},
    )


@pytest.mark.django_db
def test_an_attempt_left_open_cannot_be_sent_after_her_phone_used_the_attempts(client):
    user = UserFactory()
    client.force_login(user)
    quiz = _quiz(max_attempts=2)
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    left_open = Attempt.objects.get(user=user, quiz=quiz)
    for _ in range(2):
        assert _send_from_phone(client, quiz, ALL_WRONG).json()["status"] == "recorded"

    response = client.post(reverse("quizzes:take", args=[left_open.pk]), ALL_RIGHT, follow=True)

    assert USED_ALL in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("quizzes:detail", args=[quiz.pk])
    assert _submitted(user, quiz) == 2
    assert not Attempt.objects.filter(user=user, quiz=quiz, passed=True).exists()
    # The attempt that can no longer count is gone, and the quiz page offers no way on.
    assert not Attempt.objects.filter(pk=left_open.pk).exists()
    body = client.get(reverse("quizzes:detail", args=[quiz.pk])).content.decode()
    assert reverse("quizzes:take", args=[left_open.pk]) not in body
    assert reverse("quizzes:start", args=[quiz.pk]) not in body
    assert reverse("quizzes:offline", args=[quiz.pk]) not in body
    assert "Còn 0 lần làm bài" in body and USED_ALL in body


@pytest.mark.django_db
def test_an_open_attempt_is_not_offered_once_her_phone_used_the_attempts(client):
    user = UserFactory()
    client.force_login(user)
    quiz = _quiz(max_attempts=1)
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    left_open = Attempt.objects.get(user=user, quiz=quiz)
    _send_from_phone(client, quiz, ALL_WRONG)
    body = client.get(reverse("quizzes:detail", args=[quiz.pk])).content.decode()
    assert reverse("quizzes:take", args=[left_open.pk]) not in body
    assert USED_ALL in body


@pytest.mark.django_db
def test_attempts_started_before_counters_existed_keep_their_numbers(client):
    user = UserFactory()
    client.force_login(user)
    quiz = _quiz(max_attempts=3)
    snapshot = {"questions": [], "pass_mark": 70}
    Attempt.objects.create(
        user=user, quiz=quiz, number=1, snapshot=snapshot, submitted_at="2026-01-01T00:00Z"
    )
    Attempt.objects.create(
        user=user, quiz=quiz, number=2, snapshot=snapshot, submitted_at="2026-01-02T00:00Z"
    )
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    assert Attempt.objects.get(user=user, quiz=quiz, submitted_at__isnull=True).number == 3
    body = client.get(reverse("quizzes:detail", args=[quiz.pk])).content.decode()
    assert "Còn 1 lần làm bài" in body


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_attempts_sent_at_the_same_moment_stop_at_the_limit():
    """Twenty sends at once (answers from her phone with distinct keys, online starts and
    submits): at most ``max_attempts`` are recorded."""
    user = UserFactory()
    quiz = _quiz(max_attempts=3)
    data = {"q-q1": ["q1b"], "q-q2": ["q2c"], "q-q3": ["true"]}
    wrong = {"q1": frozenset({"q1b"}), "q2": frozenset({"q2c"}), "q3": frozenset({"true"})}

    def send(i):
        if i % 4 == 0:
            attempt = attempt_start(user=user, quiz=quiz)
            return attempt_submit(attempt_id=attempt.pk, user=user, answers=wrong)[1]
        return submit_from_phone(
            user=user,
            quiz=quiz,
            client_key=uuid.uuid4(),
            revision_id=quiz.live_revision_id,
            data=data,
        )[1]

    results, errors = run_concurrently(send, 20)

    assert all(isinstance(error, AttemptLimitReached | Attempt.DoesNotExist) for error in errors), (
        errors
    )
    assert _submitted(user, quiz) == 3
    assert Attempt.objects.filter(user=user, quiz=quiz).count() == 3  # none is left open
    assert results.count(True) == 3

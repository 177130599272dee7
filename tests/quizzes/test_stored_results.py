"""A submission is scored once: the service stores each question's result with the attempt,
and the result page shows what was stored."""

import re
import uuid

import pytest
from django.urls import reverse

from quizzes.models import Attempt
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

# q1 right; q2 one of its two right choices and no wrong one (half a point); q3 wrong.
PARTLY = {"q-q1": "q1a", "q-q2": ["q2a"], "q-q3": "true"}
PARTLY_RESULTS = {
    "q1": {"right": True, "points": "1"},
    "q2": {"right": False, "points": "1/2"},
    "q3": {"right": False, "points": "0"},
}


@pytest.fixture
def member_client(client):
    client.user = UserFactory()
    client.force_login(client.user)
    return client


def _submit_online(client, quiz, data):
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=client.user, quiz=quiz)
    client.post(reverse("quizzes:take", args=[attempt.pk]), data)
    return Attempt.objects.get(pk=attempt.pk)


def _result_page(client, attempt):
    body = client.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body)


def _verdicts(body):
    return re.findall(r'<section class="question question-review (review-\w+)">', body)


def test_an_online_submission_stores_each_questions_result(member_client):
    attempt = _submit_online(member_client, QuizFactory(), PARTLY)
    assert attempt.results == PARTLY_RESULTS
    assert str(attempt.score) == "50.00"


def test_answers_from_her_phone_store_each_questions_result(member_client):
    quiz = QuizFactory()
    quiz.refresh_from_db()
    member_client.post(
        reverse("quizzes:offline_submit", args=[quiz.pk]),
        {**PARTLY, "key": str(uuid.uuid4()), "revision": quiz.live_revision_id},
    )
    assert Attempt.objects.get(user=member_client.user, quiz=quiz).results == PARTLY_RESULTS


def test_the_result_page_shows_the_stored_results(member_client):
    attempt = _submit_online(member_client, QuizFactory(show_answers="each_attempt"), PARTLY)
    body = _result_page(member_client, attempt)
    assert _verdicts(body) == ["review-right", "review-wrong", "review-wrong"]
    assert "◐" in body  # q2 partly right
    # What the page shows comes from the stored results, not from scoring again.
    stored = {**PARTLY_RESULTS, "q3": {"right": True, "points": "1"}}
    Attempt.objects.filter(pk=attempt.pk).update(results=stored)
    body = _result_page(member_client, attempt)
    assert _verdicts(body) == ["review-right", "review-wrong", "review-right"]


def test_an_attempt_from_before_stored_results_shows_the_same_page_and_stores_them(
    member_client,
):
    attempt = _submit_online(member_client, QuizFactory(show_answers="each_attempt"), PARTLY)
    expected = _result_page(member_client, attempt)
    Attempt.objects.filter(pk=attempt.pk).update(results=None)
    assert _result_page(member_client, attempt) == expected
    assert Attempt.objects.get(pk=attempt.pk).results == PARTLY_RESULTS


def test_result_page_query_budget(member_client, django_assert_max_num_queries):
    attempt = _submit_online(member_client, QuizFactory(), PARTLY)
    with django_assert_max_num_queries(7):
        response = member_client.get(reverse("quizzes:result", args=[attempt.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count('<section class="question') == len(attempt.snapshot["questions"])

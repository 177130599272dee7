"""Taking a quiz on a phone: start, answer, submit, result; and every way it can go wrong."""

import re

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes.models import Attempt
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory, single

pytestmark = pytest.mark.django_db

ALL_RIGHT = {"q-q1": "q1a", "q-q2": ["q2a", "q2b"], "q-q3": "false"}
ALL_WRONG = {"q-q1": "q1b", "q-q2": "q2c", "q-q3": "true"}


@pytest.fixture
def member_client(client):
    client.user = UserFactory()
    client.force_login(client.user)
    return client


def start(client, quiz):
    response = client.post(reverse("quizzes:start", args=[quiz.pk]))
    assert response.status_code == 302, response
    return Attempt.objects.filter(user=client.user, quiz=quiz).latest("number")


def take_url(attempt):
    return reverse("quizzes:take", args=[attempt.pk])


def test_quiz_page_shows_the_rules_and_a_start_button(member_client):
    quiz = QuizFactory(max_attempts=3)
    body = member_client.get(reverse("quizzes:detail", args=[quiz.pk])).content.decode()
    assert "3 câu hỏi" in body and "70%" in body and "Còn 3 lần làm bài" in body
    assert reverse("quizzes:start", args=[quiz.pk]) in body


def test_answers_never_appear_in_the_page_before_submission(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    body = member_client.get(take_url(attempt)).content.decode()
    assert "Ngân hàng có bao giờ hỏi mã OTP không?" in body
    assert 'value="q1a"' in body and 'value="q1b"' in body
    assert "Phản hồi" not in body  # choice feedback
    assert "Giải thích." not in body  # explanation
    assert "correct" not in body.lower().replace("incorrect", "")


def test_all_right_answers_pass_and_the_result_explains(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    response = member_client.post(take_url(attempt), ALL_RIGHT)
    assert response["Location"] == reverse("quizzes:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.passed and attempt.score == 100 and attempt.submitted_at
    body = member_client.get(response["Location"]).content.decode()
    assert "100%" in body and "Đạt" in body
    assert "Giải thích." in body and "Phản hồi Không bao giờ" in body


def test_wrong_answers_fail_and_show_the_right_ones_and_try_again(member_client):
    quiz = QuizFactory(show_answers="each_attempt")
    attempt = start(member_client, quiz)
    member_client.post(take_url(attempt), ALL_WRONG)
    attempt.refresh_from_db()
    assert attempt.passed is False and attempt.score == 0
    body = member_client.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    assert "Chưa đạt" in body and "Đáp án đúng" in body and "Làm lại" in body


def test_unanswered_questions_are_marked_and_her_answers_kept(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    response = member_client.post(take_url(attempt), {"q-q1": "q1a"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Chị hãy chọn một câu trả lời." in body
    assert 'value="q1a" checked' in body
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


@pytest.mark.parametrize(
    "data",
    [
        {**ALL_RIGHT, "q-q9": "q9a"},
        {**ALL_RIGHT, "q-q1": "q2a"},
        {**ALL_RIGHT, "q-q1": ["q1a", "q1b"]},
        {**ALL_RIGHT, "q-q3": "perhaps"},
    ],
)
def test_tampered_ids_get_a_400_page_and_nothing_is_recorded(member_client, data):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    response = member_client.post(take_url(attempt), data)
    assert response.status_code == 400
    assert "Không có gì được ghi lại" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers == {}


def test_a_second_submit_keeps_the_first_result(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    member_client.post(take_url(attempt), ALL_WRONG)
    response = member_client.post(take_url(attempt), ALL_RIGHT)  # back button, second tab
    assert response["Location"] == reverse("quizzes:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.score == 0 and not attempt.passed
    assert Attempt.objects.filter(quiz=quiz, user=member_client.user).count() == 1


def test_start_twice_returns_the_same_open_attempt(member_client):
    quiz = QuizFactory()
    first = start(member_client, quiz)
    second = start(member_client, quiz)
    assert first.pk == second.pk


def test_the_database_allows_only_one_open_attempt(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(
            quiz=quiz, user=member_client.user, number=2, snapshot=attempt.snapshot
        )


def test_attempts_beyond_the_limit_are_refused_with_a_message(member_client):
    quiz = QuizFactory(max_attempts=1)
    attempt = start(member_client, quiz)
    member_client.post(take_url(attempt), ALL_WRONG)
    response = member_client.post(reverse("quizzes:start", args=[quiz.pk]), follow=True)
    assert "Chị đã dùng hết số lần làm bài" in response.content.decode()
    assert Attempt.objects.filter(quiz=quiz).count() == 1


def test_editing_the_quiz_mid_attempt_does_not_change_her_attempt(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    quiz.questions = [single("q1", "Câu mới", (("A", False), ("B", True)))]
    quiz.pass_mark = 100
    quiz.save_revision().publish()
    member_client.post(take_url(attempt), ALL_RIGHT)
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.passed
    assert len(attempt.snapshot["questions"]) == 3
    new_attempt = start(member_client, quiz)
    assert [q["prompt"] for q in new_attempt.snapshot["questions"]] == ["Câu mới"]


def test_another_members_attempt_is_not_found(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    other = Client()
    other.force_login(UserFactory())
    assert other.get(take_url(attempt)).status_code == 404
    assert other.post(take_url(attempt), ALL_RIGHT).status_code == 404
    assert other.get(reverse("quizzes:result", args=[attempt.pk])).status_code == 404


def test_visitors_are_asked_to_sign_in(client, db):
    quiz = QuizFactory()
    response = client.post(reverse("quizzes:start", args=[quiz.pk]))
    assert response.status_code == 302 and reverse("lms:signin") in response["Location"]
    assert (
        "Đăng nhập để làm bài"
        in client.get(reverse("quizzes:detail", args=[quiz.pk])).content.decode()
    )


def test_unpublished_quiz_is_not_found(member_client):
    quiz = QuizFactory()
    quiz.unpublish()
    assert member_client.get(reverse("quizzes:detail", args=[quiz.pk])).status_code == 404
    assert member_client.post(reverse("quizzes:start", args=[quiz.pk])).status_code == 404


def test_result_of_an_open_attempt_goes_back_to_the_questions(member_client):
    quiz = QuizFactory()
    attempt = start(member_client, quiz)
    response = member_client.get(reverse("quizzes:result", args=[attempt.pk]))
    assert response["Location"] == take_url(attempt)


def test_shuffled_quiz_keeps_one_order_for_the_whole_attempt(member_client):
    quiz = QuizFactory(shuffle_questions=True, shuffle_choices=True)
    attempt = start(member_client, quiz)

    def served_order():
        body = member_client.get(take_url(attempt)).content.decode()
        return re.findall(r'name="(q-q\d)" value="([^"]+)"', body)

    first = served_order()
    assert len(first) == 7
    assert served_order() == first
    member_client.post(take_url(attempt), ALL_RIGHT)
    attempt.refresh_from_db()
    assert attempt.score == 100


def test_only_safe_next_addresses_are_followed(member_client):
    quiz = QuizFactory()
    response = member_client.post(
        reverse("quizzes:start", args=[quiz.pk]), {"next": "https://evil.example/"}
    )
    assert "evil" not in response["Location"]


def test_submit_without_csrf_token_is_refused():
    quiz = QuizFactory()
    user = UserFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post(reverse("quizzes:start", args=[quiz.pk])).status_code == 403
    assert not Attempt.objects.exists()


@pytest.mark.parametrize("page", ["take", "result"])
def test_quiz_pages_make_the_same_queries_for_3_or_15_questions(member_client, page):
    counts = []
    for size in (3, 15):
        quiz = QuizFactory(questions=[single(f"q{i}") for i in range(size)])
        attempt = start(member_client, quiz)
        if page == "result":
            member_client.post(take_url(attempt), {f"q-q{i}": f"q{i}a" for i in range(size)})
        url = take_url(attempt) if page == "take" else reverse("quizzes:result", args=[attempt.pk])
        with CaptureQueriesContext(connection) as ctx:
            assert member_client.get(url).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


def test_quiz_page_query_budget(member_client, django_assert_max_num_queries):
    quiz = QuizFactory(questions=[single(f"q{i}") for i in range(20)])
    attempt = start(member_client, quiz)
    with django_assert_max_num_queries(6):
        response = member_client.get(take_url(attempt))
    assert response.status_code == 200
    assert response.content.decode().count('type="radio"') == 20 * 2
    assert Attempt.objects.filter(Q(submitted_at__isnull=True), quiz=quiz).count() == 1

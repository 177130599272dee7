"""When a member's result page shows the right answers: each quiz's ``show_answers``
(issue 12, item 9). The expected table is written by hand, not computed by the rule."""

import uuid

import pytest
from django.urls import reverse

from quizzes.limits import shows_right_answers
from quizzes.models import Attempt, Quiz
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory

ALL_RIGHT = {"q-q1": "q1a", "q-q2": ["q2a", "q2b"], "q-q3": "false"}
ALL_WRONG = {"q-q1": "q1b", "q-q2": "q2c", "q-q3": "true"}

# What reveals the right answers in the page (factories: choice feedback "Phản hồi …",
# explanation "Giải thích.").
MARKERS = (
    'class="choice-correct',
    'tag-ok">✓ Đáp án đúng',
    "Giải thích.",
    "Phản hồi Không bao giờ",
)

# setting -> (after 1 failed attempt of 3, after passing on the 2nd of 3, after 3 failed)
EXPECTED = {
    "each_attempt": (True, True, True),
    "passed_or_last": (False, True, True),
    "passed": (False, True, False),
    "last_attempt": (False, False, True),
    "never": (False, False, False),
}


def shown(body):
    found = [marker in body for marker in MARKERS]
    assert all(found) or not any(found), found  # all of them, or none
    return all(found)


@pytest.fixture
def member(client, db):
    client.user = UserFactory()
    client.force_login(client.user)
    return client


def answer(client, quiz, answers):
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = Attempt.objects.filter(user=client.user, quiz=quiz).latest("number")
    response = client.post(reverse("quizzes:take", args=[attempt.pk]), answers)
    assert response.status_code == 302
    return attempt


def result_page(client, attempt):
    response = client.get(reverse("quizzes:result", args=[attempt.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Bài làm của chị" in body and "Chị chọn" in body  # her own answers, always
    return body


@pytest.mark.parametrize("setting", EXPECTED)
def test_after_one_failed_attempt_of_three(member, setting):
    quiz = QuizFactory(max_attempts=3, show_answers=setting)
    first = answer(member, quiz, ALL_WRONG)
    assert shown(result_page(member, first)) is EXPECTED[setting][0]


@pytest.mark.parametrize("setting", EXPECTED)
def test_after_passing_on_the_second_of_three(member, setting):
    quiz = QuizFactory(max_attempts=3, show_answers=setting)
    first = answer(member, quiz, ALL_WRONG)
    second = answer(member, quiz, ALL_RIGHT)
    assert shown(result_page(member, second)) is EXPECTED[setting][1]
    assert shown(result_page(member, first)) is EXPECTED[setting][1]  # her earlier one too


@pytest.mark.parametrize("setting", EXPECTED)
def test_after_the_last_attempt(member, setting):
    quiz = QuizFactory(max_attempts=3, show_answers=setting)
    attempts = [answer(member, quiz, ALL_WRONG) for _ in range(3)]
    assert shown(result_page(member, attempts[2])) is EXPECTED[setting][2]
    assert shown(result_page(member, attempts[0])) is EXPECTED[setting][2]


def test_hidden_answers_say_when_they_will_be_shown(member):
    quiz = QuizFactory(max_attempts=3)  # the default: after passing or the last attempt
    body = result_page(member, answer(member, quiz, ALL_WRONG))
    assert "Đáp án đúng sẽ hiện khi chị đạt, hoặc sau lần làm bài cuối cùng." in body
    assert "✗ Chưa đúng" not in body  # not even which of her answers were wrong
    assert "Làm lại" in body and "Còn 2 lần làm bài" in body


def test_with_unlimited_attempts_the_default_shows_them_only_once_she_passes(member):
    quiz = QuizFactory(max_attempts=0)
    assert not shown(result_page(member, answer(member, quiz, ALL_WRONG)))
    assert shown(result_page(member, answer(member, quiz, ALL_RIGHT)))


def test_a_new_quiz_shows_the_answers_after_passing_or_the_last_attempt(db):
    assert Quiz().show_answers == "passed_or_last"


def _send_from_phone(client, quiz, answers):
    data = {**answers, "key": str(uuid.uuid4()), "revision": quiz.live_revision_id}
    response = client.post(reverse("quizzes:offline_submit", args=[quiz.pk]), data)
    assert response.status_code == 302
    return response["Location"]


def test_answers_sent_from_her_phone_lead_to_a_result_page_that_obeys_the_setting(member):
    quiz = QuizFactory(max_attempts=2)
    quiz.refresh_from_db()
    first = member.get(_send_from_phone(member, quiz, ALL_WRONG)).content.decode()
    assert not shown(first)
    last = member.get(_send_from_phone(member, quiz, ALL_WRONG)).content.decode()
    assert shown(last)


def test_the_offline_quiz_page_never_carries_the_right_answers(member):
    quiz = QuizFactory(show_answers="each_attempt")
    body = member.get(reverse("quizzes:offline", args=[quiz.pk])).content.decode()
    assert not any(marker in body for marker in MARKERS)


# The rule itself, against the same hand-written table


@pytest.mark.parametrize("setting", EXPECTED)
def test_the_rule_matches_the_table(setting):
    situations = [
        {"passed": False, "attempts_left": 2},
        {"passed": True, "attempts_left": 1},
        {"passed": False, "attempts_left": 0},
    ]
    got = tuple(shows_right_answers(when=setting, **situation) for situation in situations)
    assert got == EXPECTED[setting]


def test_without_a_limit_there_is_no_last_attempt():
    assert shows_right_answers(when="last_attempt", passed=True, attempts_left=None) is False
    assert shows_right_answers(when="passed_or_last", passed=False, attempts_left=None) is False


def test_the_admin_asks_in_vietnamese_when_to_show_the_right_answers(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get("/admin/snippets/quizzes/quiz/add/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Hiện đáp án đúng" in body  # the label, as Wagtail capitalises it
    assert "Nếu hiện sau mỗi lần làm bài, hội viên có thể chép lại cho lần sau" in body
    for label in (
        "Sau mỗi lần làm bài",
        "Khi đạt hoặc sau lần làm bài cuối cùng",
        "Khi đạt",
        "Sau lần làm bài cuối cùng",
        "Không bao giờ",
    ):
        assert f">{label}</option>" in body
    assert '<option value="passed_or_last" selected>' in body

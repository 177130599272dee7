"""Deleting a quiz in the admin: one nobody answered goes; one members answered stays, and the
trainer is told why (it was a 500: the attempts protect it)."""

from django.contrib.messages import get_messages
from django.urls import reverse

from quizzes.models import Attempt, Quiz
from quizzes.snapshots import build_snapshot
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory, true_false

DELETE = "wagtailsnippets_quizzes_quiz:delete"
EDIT = "wagtailsnippets_quizzes_quiz:edit"


def admin(client, language):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    client.cookies["django_language"] = language
    return client


def test_a_quiz_nobody_answered_is_deleted(client, db):
    quiz = QuizFactory(questions=[true_false("q1", "Mật khẩu nên dài?", "true")])
    response = admin(client, "en").post(reverse(DELETE, args=[quiz.pk]))
    assert response.status_code == 302
    assert not Quiz.objects.filter(pk=quiz.pk).exists()


def test_a_quiz_members_answered_is_kept_with_a_translated_reason(client, db):
    quiz = QuizFactory(questions=[true_false("q1", "Mật khẩu nên dài?", "true")])
    member = UserFactory()
    Attempt.objects.create(user=member, quiz=quiz, number=1, snapshot=build_snapshot(quiz))

    response = admin(client, "vi").post(reverse(DELETE, args=[quiz.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse(EDIT, args=[quiz.pk])
    assert Quiz.objects.filter(pk=quiz.pk).exists()
    assert Attempt.objects.filter(quiz=quiz).count() == 1
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said == [
        "Hội viên đã làm bài kiểm tra này nên không thể xóa: bài làm và kết quả của họ phải "
        "được giữ lại. Hãy ngừng xuất bản bài kiểm tra."
    ]

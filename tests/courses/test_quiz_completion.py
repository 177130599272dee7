"""Passing a lesson's quiz completes the lesson; a final quiz is part of course completion."""

import pytest
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from courses.services import QuizRequired, lesson_complete
from quizzes.models import Attempt
from tests.courses.factories import course_with_lessons, done_url
from tests.lms.factories import MemberFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

RIGHT = {"q-q1": "q1a", "q-q2": ["q2a", "q2b"], "q-q3": "false"}
WRONG = {"q-q1": "q1b", "q-q2": "q2c", "q-q3": "true"}


@pytest.fixture
def member_client(client):
    client.user = MemberFactory().user
    client.force_login(client.user)
    return client


def take(client, quiz, answers):
    client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = Attempt.objects.filter(user=client.user, quiz=quiz).latest("number")
    client.post(reverse("quizzes:take", args=[attempt.pk]), answers)
    attempt.refresh_from_db()
    return attempt


def with_quiz(page, quiz, field="quiz"):
    setattr(page, field, quiz)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_lesson_with_a_quiz_has_no_done_button_but_a_quiz_link(member_client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    quiz = QuizFactory()
    lesson = with_quiz(lessons[0], quiz)
    body = member_client.get(lesson.url).content.decode()
    assert done_url(lesson) not in body
    assert reverse("quizzes:detail", args=[quiz.pk]) in body
    assert "Kiểm tra nhanh" in body


def test_done_button_post_on_a_quiz_lesson_leads_to_the_quiz(member_client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    quiz = QuizFactory()
    lesson = with_quiz(lessons[0], quiz)
    response = member_client.post(done_url(lesson))
    assert response["Location"].startswith(reverse("quizzes:detail", args=[quiz.pk]))
    assert not LessonCompletion.objects.exists()
    with pytest.raises(QuizRequired):
        lesson_complete(user=member_client.user, lesson=lesson)


def test_failing_does_not_complete_and_passing_does(member_client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    quiz = QuizFactory()
    lesson = with_quiz(lessons[0], quiz)
    assert not take(member_client, quiz, WRONG).passed
    assert not LessonCompletion.objects.filter(lesson=lesson).exists()
    assert take(member_client, quiz, RIGHT).passed
    assert LessonCompletion.objects.filter(user=member_client.user, lesson=lesson).exists()
    assert Enrollment.objects.get(user=member_client.user, course=course).lessons_done == 1


def test_a_later_failed_attempt_does_not_undo_a_pass(member_client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    quiz = QuizFactory()
    lesson = with_quiz(lessons[0], quiz)
    take(member_client, quiz, RIGHT)
    take(member_client, quiz, WRONG)
    assert LessonCompletion.objects.filter(lesson=lesson).count() == 1
    assert Enrollment.objects.get(user=member_client.user).completed_at is not None


def test_course_with_a_final_quiz_completes_only_when_it_is_passed(member_client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    final = QuizFactory()
    course = with_quiz(course, final, field="final_quiz")
    for lesson in lessons:
        lesson_complete(user=member_client.user, lesson=lesson)
    enrollment = Enrollment.objects.get(user=member_client.user, course=course)
    assert enrollment.completed_at is None and enrollment.lessons_done == 2
    body = member_client.get(course.url).content.decode()
    assert "Làm bài kiểm tra cuối khóa" in body
    take(member_client, final, RIGHT)
    enrollment.refresh_from_db()
    assert enrollment.final_quiz_passed_at and enrollment.completed_at


def test_passing_the_final_quiz_first_completes_the_course_with_the_last_lesson(
    member_client, home
):
    course, lessons = course_with_lessons(home, lessons=2)
    final = QuizFactory()
    course = with_quiz(course, final, field="final_quiz")
    take(member_client, final, RIGHT)
    lesson_complete(user=member_client.user, lesson=lessons[0])
    result = lesson_complete(user=member_client.user, lesson=lessons[1])
    assert result.course_newly_completed


def test_an_unpublished_quiz_does_not_block_the_lesson(member_client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    quiz = QuizFactory()
    lesson = with_quiz(lessons[0], quiz)
    quiz.unpublish()
    response = member_client.post(done_url(lesson))
    assert response.status_code == 302
    assert LessonCompletion.objects.filter(lesson=lesson).exists()


def test_quiz_back_link_returns_to_the_lesson(member_client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    quiz = QuizFactory()
    lesson = with_quiz(lessons[0], quiz)
    detail = member_client.get(f"{reverse('quizzes:detail', args=[quiz.pk])}?next={lesson.url}")
    assert f'href="{lesson.url}"' in detail.content.decode()

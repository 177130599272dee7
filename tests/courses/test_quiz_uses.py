"""Quizzes where trainers look for them: the chooser lists the newest first with each quiz's
lessons, the quiz list says where each is used (or that it is used nowhere), the quiz editor
leads to its lessons, and a lesson takes its quiz in one chooser step.

Where a quiz is used is contributed by courses (``courses.quiz_uses`` through the
``quizzes.hooks.QUIZ_USES`` hook); quizzes knows nothing of lessons."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from tests.courses.admin_posts import PUBLISH, edit_url, lesson_form, text
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.lms.factories import trainer_user
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

CHOOSER_URL = "/admin/snippets/choose/quizzes/quiz/"
LIST_URL = "/admin/snippets/quizzes/quiz/"
UNUSED = "Chưa dùng ở bài nào"


@pytest.fixture
def trainer_client(client, home):
    client.force_login(trainer_user())
    return client


@pytest.fixture
def quizzes_in_use(home):
    """Three quizzes made in this order: the oldest closes two lessons, the middle one is a
    course's final quiz, the newest is used nowhere."""
    oldest = QuizFactory(title="Mật khẩu")
    middle = QuizFactory(title="Cuối khóa")
    newest = QuizFactory(title="Lừa đảo qua tin nhắn")
    course = CoursePageFactory(parent=home, title="An toàn tài khoản", final_quiz=middle)
    first = LessonPageFactory(parent=course, title="Mật khẩu mạnh", quiz=oldest)
    second = LessonPageFactory(parent=course, title="Xác thực hai lớp", quiz=oldest)
    return {"oldest": oldest, "middle": middle, "newest": newest}, course, [first, second]


def _rows(html):
    """Each table row's text, in order, tags removed and spaces folded."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in rows[1:]]


def test_the_chooser_lists_the_newest_quiz_first_with_its_lessons(trainer_client, quizzes_in_use):
    response = trainer_client.get(CHOOSER_URL)
    assert response.status_code == 200
    html = response.json()["html"]
    rows = _rows(html)
    assert [row.split(" ")[0] for row in rows] == ["Lừa", "Cuối", "Mật"]
    assert "Dùng ở" in html
    assert UNUSED in rows[0]
    assert "An toàn tài khoản: bài kiểm tra cuối khóa" in rows[1]
    assert "An toàn tài khoản › Mật khẩu mạnh" in rows[2]
    assert "An toàn tài khoản › Xác thực hai lớp" in rows[2]
    # The chooser must not lead away from the lesson being edited.
    assert "/admin/pages/" not in html


def test_the_chooser_search_shows_the_lessons_too(trainer_client, quizzes_in_use):
    response = trainer_client.get(CHOOSER_URL + "results/", {"q": "Mật"})
    assert response.status_code == 200
    assert "An toàn tài khoản › Mật khẩu mạnh" in response.content.decode()


def test_a_lesson_takes_its_quiz_in_one_chooser_step(trainer_client, home, quizzes_in_use):
    quizzes, course, _lessons = quizzes_in_use
    lesson = LessonPageFactory(parent=course, title="Tin nhắn lạ", slug="tin-nhan-la")
    editor = trainer_client.get(edit_url(lesson)).content.decode()
    assert CHOOSER_URL in editor  # the quiz field opens the quiz chooser

    chosen = trainer_client.get(f"{CHOOSER_URL}chosen/{quizzes['newest'].pk}/")
    assert chosen.json()["result"]["id"] == str(quizzes["newest"].pk)
    assert chosen.json()["result"]["string"] == "Lừa đảo qua tin nhắn"

    data = lesson_form(lesson, [text()], title="Tin nhắn lạ", slug="tin-nhan-la", **PUBLISH)
    data["quiz"] = chosen.json()["result"]["id"]
    assert trainer_client.post(edit_url(lesson), data).status_code == 302
    assert LessonPage.objects.get(pk=lesson.pk).quiz_id == quizzes["newest"].pk


def test_the_quiz_list_says_where_each_quiz_is_used_and_flags_the_unused(
    trainer_client, quizzes_in_use
):
    quizzes, course, lessons = quizzes_in_use
    response = trainer_client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    by_title = {
        title: next(r for r in _rows(html) if r.startswith(title))
        for title in ("Mật khẩu", "Cuối khóa", "Lừa đảo qua tin nhắn")
    }
    assert UNUSED in by_title["Lừa đảo qua tin nhắn"]
    assert UNUSED not in by_title["Mật khẩu"] and UNUSED not in by_title["Cuối khóa"]
    # Each lesson links to its editor.
    for lesson in lessons:
        assert f'href="/admin/pages/{lesson.pk}/edit/"' in html
    assert f'href="/admin/pages/{course.pk}/edit/"' in html
    assert html.count(UNUSED) == 1


def test_the_quiz_editor_leads_to_the_lessons_that_use_it(trainer_client, quizzes_in_use):
    quizzes, _course, lessons = quizzes_in_use
    usage_url = f"/admin/snippets/quizzes/quiz/usage/{quizzes['oldest'].pk}/"
    editor = trainer_client.get(f"/admin/snippets/quizzes/quiz/edit/{quizzes['oldest'].pk}/")
    assert usage_url in editor.content.decode()

    usage = trainer_client.get(usage_url).content.decode()
    for lesson in lessons:
        assert f'href="/admin/pages/{lesson.pk}/edit/"' in usage
        assert lesson.title in usage


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    html = response.json()["html"] if url == CHOOSER_URL else response.content.decode()
    return len(queries), html


@pytest.mark.parametrize("url", [LIST_URL, CHOOSER_URL], ids=["quiz list", "quiz chooser"])
def test_the_quiz_list_and_chooser_cost_the_same_for_3_quizzes_as_for_20(trainer_client, home, url):
    course = CoursePageFactory(parent=home, title="Khóa thử")

    def add_quizzes(count, start):
        for i in range(start, start + count):
            quiz = QuizFactory(title=f"Bài kiểm tra số {i}")
            LessonPageFactory(parent=course, title=f"Bài {i}", quiz=quiz)

    add_quizzes(3, 0)
    few, html = _queries(trainer_client, url)
    assert "Khóa thử › Bài 2" in html
    add_quizzes(17, 3)
    many, html = _queries(trainer_client, url)
    assert "Khóa thử › Bài 19" in html and "Khóa thử › Bài 10" in html
    assert many == few, (few, many)
    assert many <= 30

"""The admin's live preview may frame a preview, and nothing else may be framed.

A preview is rendered as a request for the page's own URL, so it would get the site's
``frame-ancestors 'none'`` and leave the preview panel blank. These tests go through the
admin's preview endpoints as its JavaScript does: POST the edit form, then GET the preview.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from lms.chapters.groups import TRAINERS_GROUP, ensure_trainers_group
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        if name == "frame-ancestors":
            return values
    raise AssertionError("no frame-ancestors directive")


@pytest.fixture
def trainer_client(client, home):
    ensure_trainers_group()
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    client.force_login(trainer)
    return client


@pytest.fixture
def lesson(home):
    course = CoursePageFactory(parent=home, title="An toàn trên mạng")
    return LessonPageFactory(parent=course, title="Mã OTP", slug="ma-otp")


def lesson_form(lesson, text):
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": "Một bài học ngắn.",
            "minutes": "5",
            "body": streamfield([("text", rich_text(f"<p>{text}</p>"))]),
            "quiz": "",
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
        }
    )


def test_lesson_preview_may_be_framed_by_the_admin_only(trainer_client, lesson):
    url = f"/admin/pages/{lesson.pk}/edit/preview/"
    posted = trainer_client.post(url, lesson_form(lesson, "Chưa lưu: đừng đọc mã cho ai."))
    assert posted.json() == {"is_valid": True, "is_available": True}

    preview = trainer_client.get(url, {"in_preview_panel": "true", "mode": ""})
    assert preview.status_code == 200
    assert "Chưa lưu: đừng đọc mã cho ai." in preview.content.decode()
    assert frame_ancestors(preview) == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    # The rest of the member's policy still holds inside the preview.
    assert "script-src 'self'" in preview["Content-Security-Policy"]


def test_course_preview_may_be_framed_by_the_admin(trainer_client, lesson):
    course = lesson.get_parent().specific
    preview = trainer_client.get(f"/admin/pages/{course.pk}/view_draft/")
    assert preview.status_code == 200
    assert "An toàn trên mạng" in preview.content.decode()
    assert frame_ancestors(preview) == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_new_lesson_preview_may_be_framed_by_the_admin(trainer_client, lesson):
    course = lesson.get_parent()
    url = f"/admin/pages/add/courses/lessonpage/{course.pk}/preview/"
    form = lesson_form(lesson, "Bài mới chưa lưu.")
    form["slug"] = "bai-moi"
    assert trainer_client.post(url, form).json()["is_valid"]
    preview = trainer_client.get(url, {"in_preview_panel": "true", "mode": ""})
    assert "Bài mới chưa lưu." in preview.content.decode()
    assert frame_ancestors(preview) == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_quiz_preview_may_be_framed_by_the_admin(trainer_client):
    quiz = QuizFactory(title="Nhận biết lừa đảo")
    url = f"/admin/snippets/quizzes/quiz/preview/{quiz.pk}/"
    form = nested_form_data(
        {
            "title": "Nhận biết lừa đảo (bản nháp)",
            "instructions": "",
            "pass_mark": "70",
            "max_attempts": "0",
            "shuffle_choices": "on",
            "questions": streamfield(
                [
                    (
                        "true_false",
                        {
                            "prompt": "Ngân hàng không bao giờ hỏi mã OTP.",
                            "scenario": "",
                            "image": "",
                            "image_alt": "",
                            "explanation": "",
                            "answer": "true",
                            "feedback_true": "",
                            "feedback_false": "",
                        },
                    )
                ]
            ),
        }
    )
    assert trainer_client.post(url, form).json()["is_valid"]
    preview = trainer_client.get(url, {"in_preview_panel": "true", "mode": ""})
    assert "Nhận biết lừa đảo (bản nháp)" in preview.content.decode()
    assert frame_ancestors(preview) == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_the_published_lesson_still_refuses_every_frame(client, trainer_client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert frame_ancestors(response) == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    # Also for the trainer who is signed in to the admin and sees the user bar.
    response = trainer_client.get(lesson.url)
    assert frame_ancestors(response) == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_a_request_cannot_ask_to_be_treated_as_a_preview(client, lesson):
    response = client.get(lesson.url, {"is_preview": "1"}, HTTP_IS_PREVIEW="true")
    assert frame_ancestors(response) == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_admin_pages_keep_refusing_frames(trainer_client, lesson):
    response = trainer_client.get(f"/admin/pages/{lesson.pk}/edit/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", ["/admin/pages/{lesson}/edit/", "/admin/pages/{course}/edit/"])
def test_pages_open_the_preview_at_phone_width(trainer_client, lesson, url):
    url = url.format(lesson=lesson.pk, course=lesson.get_parent().pk)
    html = trainer_client.get(url).content.decode()
    assert 'data-device-width="360"' in html


def test_quiz_opens_the_preview_at_phone_width(trainer_client):
    quiz = QuizFactory()
    html = trainer_client.get(f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/").content.decode()
    assert 'data-device-width="360"' in html

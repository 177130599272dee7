"""Publish is never lost to autosave, and autosave never leaves a page nobody saved.

Through the admin's own endpoints: the page editor posts the form for Publish, and its
autosave posts the same form asking for JSON (Wagtail's w-autosave controller)."""

import re

import pytest
from django.test import Client

from courses.blocks import LessonBodyBlock
from courses.models import LessonPage
from tests.concurrency import publish_during_autosave
from tests.courses.admin_posts import (
    AUTOSAVE,
    PUBLISH,
    add_url,
    edit_url,
    field_errors,
    lesson_form,
    loaded_revision,
    text,
)
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.lms.factories import trainer_user

STALE = "Lưu sẽ ghi đè một phiên bản mới hơn."


def _body_texts(page):
    return [block.value.source for block in page.body if block.block_type == "text"]


def _form_tag(response):
    """The editor's <form> start tag: its data-controller says whether it autosaves."""
    return re.search(r'<form[^>]*id="page-edit-form".*?>', response.content.decode(), re.S)[0]


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_an_autosave_sent_before_publish_and_arriving_after_it_is_refused(client, home):
    client.force_login(trainer_user())
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home), title="Cũ", slug="cu")
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    older_form = lesson_form(lesson, [text("<p>Bản gõ dở.</p>")], title="Cũ", slug="cu")

    published = client.post(
        edit_url(lesson),
        lesson_form(lesson, [text("<p>Bản xuất bản.</p>")], title="Mới", slug="cu", **PUBLISH),
    )
    assert published.status_code == 302
    autosave = client.post(edit_url(lesson), older_form, **AUTOSAVE)

    assert autosave.status_code == 400
    assert autosave.json() == {
        "success": False,
        "error_code": "invalid_revision",
        "error_message": STALE,
    }
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live and lesson.title == "Mới"
    assert any("Bản xuất bản." in source for source in _body_texts(lesson))
    assert lesson.latest_revision_id == lesson.live_revision_id


def _race(home, *, live):
    """An autosave from the form as it was a moment ago is under way (past Wagtail's "is it
    out of date?" check) when the trainer's Publish arrives. Returns the lesson afterwards."""
    trainer = trainer_user()
    course = CoursePageFactory(parent=home)
    lesson = LessonPageFactory(parent=course, title="Bản đầu", slug="ban-dau", live=live)
    lesson.save_revision(user=trainer)
    if live:
        lesson.get_latest_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    older = lesson_form(lesson, [text("<p>Gõ dở.</p>")], title="Bản đầu", slug="ban-dau")
    submitted = lesson_form(
        lesson, [text("<p>Bài đã xong.</p>")], title="Bản cuối", slug="ban-dau", **PUBLISH
    )
    responses = publish_during_autosave(
        autosave=lambda: _signed_in(trainer).post(edit_url(lesson), older, **AUTOSAVE),
        publish=lambda: _signed_in(trainer).post(edit_url(lesson), submitted),
        validated_by=LessonBodyBlock,
    )
    assert responses["publish"].status_code == 302
    return LessonPage.objects.get(pk=lesson.pk)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("live", [False, True], ids=["new page", "published page"])
def test_publish_racing_an_autosave_publishes_what_the_trainer_submitted(home, live):
    lesson = _race(home, live=live)

    assert lesson.live
    assert lesson.title == "Bản cuối"
    assert any("Bài đã xong." in source for source in _body_texts(lesson))
    # The editor reopens on what she published, not on the older autosave.
    assert lesson.latest_revision_id == lesson.live_revision_id
    assert lesson.get_latest_revision().content["title"] == "Bản cuối"


@pytest.mark.django_db
def test_the_new_page_form_does_not_autosave(client, home):
    client.force_login(trainer_user())
    course = CoursePageFactory(parent=home)
    response = client.get(add_url("lessonpage", course))
    assert "w-unsaved" in _form_tag(response)
    assert "w-autosave" not in _form_tag(response)


@pytest.mark.django_db
def test_an_autosave_posted_to_the_new_page_form_creates_nothing(client, home):
    client.force_login(trainer_user())
    course = CoursePageFactory(parent=home)
    response = client.post(add_url("lessonpage", course), lesson_form(None, [text()]), **AUTOSAVE)
    assert response.status_code == 400
    assert response.json() == {
        "success": False,
        "error_code": "invalid_revision",
        "error_message": "Tự động lưu chỉ bắt đầu sau lần lưu đầu tiên. "
        "Hãy bấm “Lưu bản nháp” hoặc “Xuất bản” trước.",
    }
    assert not LessonPage.objects.exists()


@pytest.mark.django_db
def test_a_first_publish_that_fails_validation_leaves_no_page_behind(client, home):
    client.force_login(trainer_user())
    course = CoursePageFactory(parent=home)
    url = add_url("lessonpage", course)
    # A lesson needs its text: an empty body fails, as a first publish may.
    response = client.post(url, lesson_form(None, [], **PUBLISH))
    assert response.status_code == 200
    assert field_errors(response, "body") == {"": ["Trường này là bắt buộc."]}
    # The form comes back with her input, and it does not autosave itself into a draft.
    assert "w-autosave" not in _form_tag(response)
    assert not LessonPage.objects.exists()

    fixed = client.post(url, lesson_form(None, [text()], **PUBLISH))
    assert fixed.status_code == 302
    assert [(p.title, p.live) for p in LessonPage.objects.all()] == [("Mật khẩu mạnh", True)]


@pytest.mark.django_db
def test_autosave_still_keeps_a_draft_of_an_existing_page(client, home):
    trainer = trainer_user()
    client.force_login(trainer)
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home), title="Cũ", slug="cu")
    lesson.save_revision(user=trainer).publish()
    lesson.refresh_from_db()
    response = client.post(
        edit_url(lesson), lesson_form(lesson, [text()], title="Đang sửa", slug="cu"), **AUTOSAVE
    )
    assert response.status_code == 200 and response.json()["success"] is True
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title == "Cũ"  # live content unchanged
    assert lesson.get_latest_revision().content["title"] == "Đang sửa"
    assert loaded_revision(lesson)["loaded_revision_id"] == str(response.json()["revision_id"])

"""Lesson pictures as Wagtail ImageBlocks: the data migration from the old image + alt pairs
(pages and their revisions), rendering, and the description error in the page editor."""

import importlib
import json

import pytest
from django.apps import apps
from django.db import connection
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("courses.migrations.0004_image_block")


def _image(title="Màn hình"):
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def _old_body(figure, step):
    """A lesson body as stored before ImageBlock: image ids beside their alt text."""
    return [
        {"type": "text", "value": "<p>Mở Zalo.</p>", "id": "t1"},
        {
            "type": "image",
            "value": {"image": figure.pk, "alt": "Ảnh chụp Zalo", "caption": "Zalo"},
            "id": "f1",
        },
        {
            "type": "steps",
            "id": "s1",
            "value": {
                "title": "Bật xác thực",
                "steps": [
                    {
                        "type": "item",
                        "id": "i1",
                        "value": {
                            "text": "<p>Bấm Cài đặt.</p>",
                            "screenshot": step.pk,
                            "alt": "Nút Cài đặt",
                        },
                    },
                    {
                        "type": "item",
                        "id": "i2",
                        "value": {"text": "<p>Xong.</p>", "screenshot": None, "alt": ""},
                    },
                ],
            },
        },
    ]


def _new_body(figure, step):
    return [
        {"type": "text", "value": "<p>Mở Zalo.</p>", "id": "t1"},
        {
            "type": "image",
            "value": {
                "image": {"image": figure.pk, "alt_text": "Ảnh chụp Zalo", "decorative": False},
                "caption": "Zalo",
            },
            "id": "f1",
        },
        {
            "type": "steps",
            "id": "s1",
            "value": {
                "title": "Bật xác thực",
                "steps": [
                    {
                        "type": "item",
                        "id": "i1",
                        "value": {
                            "text": "<p>Bấm Cài đặt.</p>",
                            "screenshot": {
                                "image": step.pk,
                                "alt_text": "Nút Cài đặt",
                                "decorative": False,
                            },
                        },
                    },
                    {
                        "type": "item",
                        "id": "i2",
                        "value": {
                            "text": "<p>Xong.</p>",
                            "screenshot": {"image": None, "alt_text": "", "decorative": False},
                        },
                    },
                ],
            },
        },
    ]


def _raw_body(lesson):
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM courses_lessonpage WHERE page_ptr_id = %s", [lesson.pk])
        return json.loads(cursor.fetchone()[0])


def _run_data_migration():
    """The MigrateStreamData step, run on today's tables (it uses no schema editor)."""
    operation = MIGRATION.Migration.operations[-1]
    operation.code(apps, None)


def test_data_migration_moves_pages_and_all_their_revisions_to_image_blocks(client, home):
    figure, step = _image("Zalo"), _image("Cài đặt")
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home))
    lesson.save_revision().publish()
    lesson.save_revision()  # a draft on top of the live revision
    old = json.dumps(_old_body(figure, step))
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE courses_lessonpage SET body = %s WHERE page_ptr_id = %s", [old, lesson.pk]
        )
    revisions = Revision.objects.filter(object_id=str(lesson.pk))
    assert revisions.count() == 2
    for revision in revisions:
        revision.content["body"] = old
        revision.save(update_fields=["content"])

    _run_data_migration()

    expected = _new_body(figure, step)
    assert _raw_body(lesson) == expected
    for revision in Revision.objects.filter(object_id=str(lesson.pk)):
        assert json.loads(revision.content["body"]) == expected
    body = client.get(LessonPage.objects.get(pk=lesson.pk).url).content.decode()
    assert 'alt="Ảnh chụp Zalo"' in body and 'alt="Nút Cài đặt"' in body
    assert "<figcaption>Zalo</figcaption>" in body


def test_data_migration_leaves_converted_bodies_alone(home):
    figure, step = _image(), _image()
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home), body=_new_body(figure, step))
    _run_data_migration()
    assert _raw_body(lesson) == _new_body(figure, step)


def test_a_decorative_picture_renders_with_empty_alt(client, home):
    figure = _image()
    lesson = LessonPageFactory(
        parent=CoursePageFactory(parent=home),
        body=[
            {
                "type": "image",
                "value": {
                    "image": {"image": figure.pk, "alt_text": "", "decorative": True},
                    "caption": "",
                },
            }
        ],
    )
    lesson.save_revision().publish()
    body = client.get(lesson.url).content.decode()
    assert 'alt=""' in body and ".webp" in body


def _edit_form(lesson, steps):
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": lesson.summary,
            "minutes": "5",
            "body": streamfield(
                [
                    (
                        "steps",
                        {
                            "title": "Bật xác thực",
                            "steps": streamfield(steps),
                        },
                    )
                ]
            ),
            "quiz": "",
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def _step(image, alt):
    return (
        "item",
        {
            "text": rich_text("<p>Bấm Cài đặt.</p>"),
            "screenshot": {"image": str(image.pk), "alt_text": alt},
        },
    )


def test_a_screenshot_without_description_is_refused_at_its_field_in_vietnamese(client, home):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    image = _image()
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home))
    url = f"/admin/pages/{lesson.pk}/edit/"
    response = client.post(url, _edit_form(lesson, [_step(image, "")]))
    assert response.status_code == 200
    error = response.context["form"].errors["body"].as_data()[0].as_json_data()
    step_error = error["blockErrors"][0]["blockErrors"]["steps"]["blockErrors"][0]
    assert step_error["blockErrors"]["screenshot"]["blockErrors"]["alt_text"]["messages"] == [
        "Hãy mô tả hình cho hội viên không xem được ảnh."
    ]

    response = client.post(url, _edit_form(lesson, [_step(image, "Nút Cài đặt")]))
    assert response.status_code == 302
    step = LessonPage.objects.get(pk=lesson.pk).body[0].value["steps"][0]
    assert step["screenshot"].contextual_alt_text == "Nút Cài đặt"

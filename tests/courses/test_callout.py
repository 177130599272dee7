"""A tip or warning says its label once, whether or not the trainer typed it in the title."""

import re

import pytest

from tests.courses.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def callout(kind, title):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": "<p>…</p>"}}


def headings(client, home, *callouts):
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home), body=list(callouts))
    html = client.get(lesson.url).content.decode()
    return re.findall(r'<p class="callout-title">(.*?)</p>', html)


def test_the_label_is_added_to_a_plain_title(client, home):
    found = headings(client, home, callout("tip", "Giữ mã OTP"), callout("warning", "Lừa đảo"))
    assert found == ["Mẹo: Giữ mã OTP", "⚠ Cảnh báo: Lừa đảo"]


def test_a_title_that_starts_with_the_label_keeps_it_once(client, home):
    found = headings(
        client,
        home,
        callout("tip", "Mẹo: Giữ mã OTP"),
        callout("tip", "mẹo nhỏ khi mua hàng"),
        callout("warning", "Cảnh báo: Lừa đảo"),
    )
    assert found == ["Mẹo: Giữ mã OTP", "mẹo nhỏ khi mua hàng", "⚠ Cảnh báo: Lừa đảo"]


def test_a_word_that_only_begins_like_the_label_is_not_taken_for_it(client, home, settings):
    client.cookies["django_language"] = "en"
    found = headings(client, home, callout("tip", "Tipping the seller"))
    assert found == ["Tip: Tipping the seller"]

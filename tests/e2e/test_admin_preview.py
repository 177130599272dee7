"""The trainer sees her lesson in the admin's live preview panel, at phone width."""

import pytest
from playwright.sync_api import expect

from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in_admin

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_preview_panel_shows_the_lesson_at_phone_width(new_desktop, trainer, home):
    course = CoursePageFactory(parent=home, title="An toàn trên mạng")
    lesson = LessonPageFactory(
        parent=course,
        title="Mã OTP là bí mật",
        body=[{"type": "text", "value": "<p>Không bao giờ đọc mã OTP cho người khác.</p>"}],
    )
    page = new_desktop()
    sign_in_admin(page, trainer.phone)
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').click()

    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.get_by_text("Không bao giờ đọc mã OTP cho người khác.")).to_be_visible()
    expect(frame.locator("h1")).to_have_text("Mã OTP là bí mật")
    width = page.locator("#w-preview-iframe").evaluate("frame => frame.offsetWidth")
    assert width == 360

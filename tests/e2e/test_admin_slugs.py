"""In the admin, a Vietnamese title fills the slug with short ASCII words."""

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from tests.courses.factories import CoursePageFactory
from tests.e2e.conftest import sign_in_admin

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_new_lesson_gets_an_ascii_slug_from_its_vietnamese_title(new_desktop, trainer, home):
    course = CoursePageFactory(parent=home, title="An toàn trên mạng")
    page = new_desktop()
    sign_in_admin(page, trainer.phone)
    page.goto(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    page.locator("#id_title").press_sequentially("Bảo vệ con khỏi lừa đảo trên mạng")
    slug = page.locator("#id_slug")
    expect(slug).to_have_value("bao-ve-con-khoi-lua-dao-tren-mang")

    # Accents typed as combining marks come out the same.
    page.locator("#id_title").fill("")
    page.locator("#id_title").press_sequentially("Đe\u0300n đo\u0309")
    expect(slug).to_have_value("den-do")

    page.locator("#id_title").fill("")
    page.locator("#id_title").press_sequentially("Bảo vệ con khỏi lừa đảo trên mạng")
    expect(slug).to_have_value("bao-ve-con-khoi-lua-dao-tren-mang")
    page.locator("footer button.action-save").first.click()  # "Save draft"
    page.wait_for_url("**/edit/")
    assert LessonPage.objects.get().slug == "bao-ve-con-khoi-lua-dao-tren-mang"


def test_a_slug_typed_with_vietnamese_letters_becomes_ascii(new_desktop, trainer, home):
    course = CoursePageFactory(parent=home, title="An toàn trên mạng")
    page = new_desktop()
    sign_in_admin(page, trainer.phone)
    page.goto(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    page.locator("#id_title").press_sequentially("Mã OTP")
    page.locator('[role="tab"]').nth(1).click()  # "Promote", where the slug is
    slug = page.locator("#id_slug")
    expect(slug).to_have_value("ma-otp")  # the title's own slug is in before she types hers
    slug.fill("mã-đăng-nhập")
    slug.blur()
    expect(slug).to_have_value("ma-dang-nhap")

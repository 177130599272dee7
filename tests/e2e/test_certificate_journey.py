"""Her certificate on the phone: she finishes the last lesson, opens her certificate, downloads
the PDF, and the QR code on it opens the public page that confirms it."""

import re
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from playwright.sync_api import expect
from pypdf import PdfReader

from courses.services import lesson_complete
from lms.models import Certificate
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import MemberFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NAME = "Nguyễn Thị Hồng Nhung"


@pytest.fixture
def course(home):
    course = CoursePageFactory(parent=home, title="Bán hàng trên mạng")
    course.lessons = [
        LessonPageFactory(parent=course, title="Chụp ảnh sản phẩm"),
        LessonPageFactory(parent=course, title="Trả lời khách hàng"),
    ]
    return course


def test_member_finishes_a_course_downloads_her_certificate_and_its_qr_code_checks_out(
    phone, new_phone, chapter, course, tmp_path
):
    member = MemberFactory(chapter=chapter, full_name=NAME).user
    first, last = course.lessons
    lesson_complete(user=member, lesson=first, course=course)
    sign_in(phone, member.phone)

    phone.goto(last.url)
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()

    # Back on the course page, congratulated, with a button to her certificate.
    expect(phone.locator("h1")).to_have_text(course.title)
    expect(phone.locator(".message-success")).to_contain_text(course.title)
    certificate = Certificate.objects.get(user=member, course=course)
    phone.locator(f'a[href="{certificate.get_absolute_url()}"]').click()

    expect(phone.locator(".certificate-name")).to_have_text(NAME)
    expect(phone.locator(".certificate")).to_contain_text(course.title)
    expect(phone.locator(".certificate")).to_contain_text(chapter.name)
    expect(phone.locator(".certificate-code")).to_have_text(certificate.code)
    expect(phone.locator(f'a[href="{certificate.get_verify_url()}"]')).to_be_visible()
    assert layout_problems(phone, "certificate") == []

    with phone.expect_download() as download_info:
        phone.locator(f'a[href="{certificate.get_pdf_url()}"]').click()
    download = download_info.value
    assert download.suggested_filename == f"sen-{certificate.code}.pdf"
    saved = Path(tmp_path) / download.suggested_filename
    download.save_as(saved)

    [page] = PdfReader(saved).pages
    text = unicodedata.normalize("NFC", page.extract_text())
    assert NAME in text and course.title in text and certificate.code in text
    [qr] = zxingcpp.read_barcodes(page.images[0].image.convert("L"))
    assert re.fullmatch(rf"http://[^/]+/verify/{certificate.code}/", qr.text)

    # Whoever scans the QR code, signed in or not, sees that it is real.
    stranger = new_phone()
    stranger.goto(qr.text)
    expect(stranger.locator(".verify-valid")).to_be_visible()
    expect(stranger.locator(".certificate-name")).to_have_text(NAME)
    expect(stranger.locator(".certificate")).to_contain_text(course.title)
    expect(stranger.locator("main")).not_to_contain_text(member.phone[3:])
    assert layout_problems(stranger, "verify") == []

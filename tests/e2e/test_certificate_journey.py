"""The whole journey on her phone: she joins by her chapter's invite link, signs up, reads a
lesson and marks it done, fails then passes a lesson quiz, finishes the course, opens her
certificate, downloads the PDF, and the QR code on it opens the public page that confirms it."""

import re
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from pypdf import PdfReader

from lms.models import Certificate
from quizzes.models import Attempt
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.test_layout import layout_problems
from tests.e2e.test_member_journey import PASSWORD, answers, fill_quiz, start_quiz
from tests.quizzes.factories import QuizFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NAME = "Nguyễn Thị Hồng Nhung"


def start_quiz_again(member):
    """After "Try again", her new open attempt (the form is already on screen)."""
    return Attempt.objects.get(user=member, submitted_at__isnull=True)


@pytest.fixture
def course(home):
    course = CoursePageFactory(parent=home, title="Bán hàng trên mạng")
    course.lessons = [
        LessonPageFactory(parent=course, title="Chụp ảnh sản phẩm"),
        LessonPageFactory(parent=course, title="Nhận tiền an toàn"),
        LessonPageFactory(parent=course, title="Trả lời khách hàng"),
    ]
    course.lessons[1].quiz = QuizFactory(title="Kiểm tra: nhận tiền")
    course.lessons[1].save_revision().publish()
    return course


def test_member_joins_learns_passes_the_quiz_finishes_and_her_certificate_checks_out(
    phone, new_phone, chapter, course, tmp_path
):
    first, with_quiz, last = course.lessons
    phone.goto(chapter.get_invite_url())
    phone.fill("#id_full_name", NAME)
    phone.fill("#id_phone", "0987 654 321")
    phone.fill("#id_password1", PASSWORD)
    phone.fill("#id_password2", PASSWORD)
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Tạo tài khoản").click()
    # The same page whether the number was new or not: now she signs in.
    expect(phone.locator("h1")).to_have_text("Bây giờ hãy đăng nhập")
    expect(phone.locator("#id_username")).to_have_value("0987 654 321")
    phone.fill("#id_password", PASSWORD)
    phone.locator("form").get_by_role("button", name="Đăng nhập").click()
    expect(phone.get_by_role("button", name="Đăng xuất")).to_be_visible()
    member = get_user_model().objects.get(phone="+84987654321")

    phone.get_by_role("link", name=re.compile(course.title)).click()
    phone.get_by_role("link", name="Bắt đầu học").click()
    expect(phone.locator("h1")).to_have_text(first.title)
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()

    # The second lesson is done by passing its quiz: she fails once, then passes.
    expect(phone.locator("h1")).to_have_text(with_quiz.title)
    phone.get_by_role("link", name="Làm bài kiểm tra").click()
    fill_quiz(phone, answers(start_quiz(phone, member), right=False))
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator(".result-failed")).to_contain_text("Chưa đạt")
    phone.get_by_role("button", name="Làm lại").click()
    expect(phone.get_by_role("button", name="Nộp bài")).to_be_visible()
    fill_quiz(phone, answers(start_quiz_again(member), right=True))
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator(".result-passed")).to_contain_text("Đạt")

    phone.goto(last.url)
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()

    # Her finish line: congratulated, with a button to her certificate.
    expect(phone.locator("h1")).to_have_text("Chúc mừng!")
    expect(phone.locator(".finish-hero")).to_contain_text(course.title)
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

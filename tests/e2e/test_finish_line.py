"""Her finish line on a 360x740 phone: the last lesson (or the final quiz) leads to the
"course completed" page, with her certificate, its PDF, sharing and the next course."""

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from courses.services import lesson_complete
from lms.models import Certificate
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.e2e.test_member_journey import answers, fill_quiz, start_quiz
from tests.quizzes.factories import QuizFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def courses(home):
    safety = CoursePageFactory(parent=home, title="An toàn tài khoản")
    safety.lessons = [
        LessonPageFactory(parent=safety, title="Mật khẩu mạnh"),
        LessonPageFactory(parent=safety, title="Mã OTP là bí mật"),
    ]
    selling = CoursePageFactory(parent=home, title="Bán hàng trên mạng")
    selling.lessons = [LessonPageFactory(parent=selling, title="Chụp ảnh sản phẩm")]
    selling.final_quiz = QuizFactory(title="Bài kiểm tra cuối khóa")
    selling.save_revision().publish()
    return safety, selling


def test_her_last_lesson_leads_to_the_finish_line(phone, member, courses, live_server, tmp_path):
    safety, selling = courses
    sign_in(phone, member.phone)
    phone.goto(safety.lessons[0].url)
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()
    expect(phone.locator("h1")).to_have_text(safety.lessons[1].title)
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()

    expect(phone.locator("h1")).to_have_text("Chúc mừng!")
    expect(phone.locator(".finish-hero")).to_contain_text("An toàn tài khoản")
    certificate = Certificate.objects.get(user=member, course=safety)
    expect(phone.locator(f'a[href="{certificate.get_absolute_url()}"]')).to_be_visible()
    expect(phone.locator(f'a[href="{certificate.get_pdf_url()}"]')).to_be_visible()
    expect(phone.locator("#share-message")).to_contain_text(f"/verify/{certificate.code}/")
    verify_url = quote(f"{live_server.url}/verify/{certificate.code}/", safe="")
    expect(phone.get_by_role("link", name="Chia sẻ lên Facebook")).to_have_attribute(
        "href", f"https://www.facebook.com/sharer/sharer.php?u={verify_url}"
    )
    phone.screenshot(path=str(tmp_path / "finish-line.png"), full_page=True)
    assert layout_problems(phone, "finish line") == []

    # The next course is one tap away; My learning leads back to the finish line.
    phone.locator(".card-link").filter(has_text="Bán hàng trên mạng").click()
    expect(phone.locator("h1")).to_have_text("Bán hàng trên mạng")
    phone.goto("/my-learning/")
    phone.get_by_role("link", name="Chia sẻ và chọn khóa kế tiếp").click()
    expect(phone.locator("h1")).to_have_text("Chúc mừng!")


def test_her_final_quiz_result_leads_to_the_finish_line(phone, member, courses):
    _safety, selling = courses
    lesson_complete(user=member, lesson=selling.lessons[0])
    sign_in(phone, member.phone)
    phone.goto(selling.url)
    phone.get_by_role("link", name="Làm bài kiểm tra cuối khóa").first.click()
    fill_quiz(phone, answers(start_quiz(phone, member), right=True))
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator(".result-passed")).to_be_visible()
    link = phone.get_by_role("link", name="Xem giấy chứng nhận và khóa kế tiếp")
    expect(link).to_be_visible()
    assert layout_problems(phone, "final quiz result") == []
    link.click()
    expect(phone.locator("h1")).to_have_text("Chúc mừng!")
    expect(phone.locator(".finish-hero")).to_contain_text("Bán hàng trên mạng")
    # The course she has not finished is the next one offered.
    expect(phone.locator(".card-link")).to_have_text(re.compile("An toàn tài khoản"))

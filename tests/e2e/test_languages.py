"""The member's path in Vietnamese, English and Arabic (right to left), chosen with the footer's
language form, and the "Larger text" setting, at phone size."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import LessonPage
from demo import people as demo
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.quizzes.factories import QuizFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# What each language says on the way: (sign out, all courses, quiz box, start the quiz).
WORDS = {
    "vi": ("Đăng xuất", "Tất cả khóa học", "Kiểm tra nhanh", "Bắt đầu làm bài"),
    "en": ("Sign out", "All courses", "Check what you learned", "Start the quiz"),
    "ar": ("تسجيل الخروج", "كل الدورات", "تحقّقي مما تعلّمتِ", "ابدئي الاختبار"),
}
SIDEWAYS = "document.documentElement.scrollWidth > window.innerWidth"


@pytest.fixture
def course(home):
    course = CoursePageFactory(parent=home, title="An toàn tài khoản")
    first = LessonPageFactory(parent=course, title="Mật khẩu mạnh")
    LessonPageFactory(parent=course, title="Mã OTP là bí mật")
    first.quiz = QuizFactory(title="Kiểm tra: mật khẩu")
    first.save_revision().publish()
    return course


def choose_language(page, code):
    page.select_option("#language-select", code)
    page.locator(".language-form button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", code)


def check_page(page, code):
    """Language remembered, direction right, nothing sticking out sideways."""
    html = page.locator("html")
    expect(html).to_have_attribute("lang", code)
    expect(html).to_have_attribute("dir", "rtl" if code == "ar" else "ltr")
    page.wait_for_load_state()  # measure with the stylesheet applied
    assert not page.evaluate(SIDEWAYS), f"{page.url} scrolls sideways in {code}"


@pytest.mark.parametrize("code", ["en", "ar", "vi"])
def test_member_path_in_the_language_she_chooses(new_phone, member, course, code):
    sign_out, all_courses, quiz_box, start_quiz = WORDS[code]
    phone = new_phone()
    sign_in(phone, member.phone)
    choose_language(phone, code)

    check_page(phone, code)
    expect(phone.locator(".site-nav button")).to_have_text(sign_out)
    phone.locator(".card-link", has_text=course.title).click()
    check_page(phone, code)
    expect(phone.locator(".breadcrumb").get_by_role("link", name=all_courses)).to_be_visible()
    phone.locator("main .button-block").first.click()
    check_page(phone, code)
    expect(phone.locator(".quiz-box h2")).to_have_text(quiz_box)
    phone.locator(".quiz-box a.button").click()
    check_page(phone, code)
    phone.get_by_role("button", name=start_quiz).click()
    expect(phone.locator(".quiz-form")).to_be_visible()
    check_page(phone, code)
    expect(phone.locator(".choice input").first).to_be_visible()


def test_arrows_point_the_reading_way_in_arabic(new_phone, course):
    phone = new_phone()
    phone.goto(course.url)
    choose_language(phone, "ar")
    phone.wait_for_load_state()  # computed styles below need the stylesheet
    arrow = phone.locator(".breadcrumb .dir-arrow")
    assert "matrix(-1" in arrow.evaluate("el => getComputedStyle(el).transform")
    # The breadcrumb starts at the right edge in Arabic.
    box = phone.locator(".breadcrumb a").bounding_box()
    assert box["x"] + box["width"] > 300


def test_larger_text_is_kept_across_pages_and_after_signing_in_again(new_phone, member, course):
    phone = new_phone(java_script_enabled=False)  # a plain form: works without JavaScript
    phone.goto("/")
    expect(phone.locator("html")).to_have_css("font-size", "16px")  # waits for the CSS
    larger = phone.locator(".text-size-form button")
    expect(larger).to_have_attribute("aria-pressed", "false")
    larger.click()
    expect(phone.locator("html")).to_have_class("text-large")
    expect(larger).to_have_attribute("aria-pressed", "true")
    expect(phone.locator("html")).to_have_css("font-size", "20px")
    assert phone.url.endswith("/")  # back on the page she was on

    phone.goto(course.url)
    expect(phone.locator("html")).to_have_class("text-large")
    sign_in(phone, member.phone)
    expect(phone.locator("html")).to_have_class("text-large")
    phone.locator(".site-nav button").click()  # sign out
    sign_in(phone, member.phone)
    expect(phone.locator("html")).to_have_class("text-large")
    expect(phone.locator("html")).to_have_css("font-size", "20px")

    phone.locator(".text-size-form button").click()  # and back to normal
    expect(phone.locator("html")).not_to_have_class("text-large")
    expect(phone.locator("html")).to_have_css("font-size", "16px")  # waits for the CSS


def test_arabic_with_larger_text_fits_a_360px_phone(new_phone):
    call_command("load_demo", stdout=io.StringIO())
    lesson = LessonPage.objects.get(slug="link-gia-tin-nhan-gia")  # scenarios, picture choices
    leader = new_phone()
    sign_in(leader, demo.demo_member_phone(demo.LEADER_MEMBER_NUMBER), demo.DEMO_PASSWORD)
    choose_language(leader, "ar")
    leader.locator(".text-size-form button").click()
    expect(leader.locator("html")).to_have_class("text-large")
    problems = layout_problems(leader, "home")

    for url, name in [
        (lesson.get_parent().url, "course"),
        (lesson.url, "lesson"),
        ("/my-learning/", "my learning"),
        ("/me/", "my account"),
        ("/dashboard/", "dashboard"),
    ]:
        leader.goto(url)
        expect(leader.locator("html")).to_have_attribute("dir", "rtl")
        problems += layout_problems(leader, name)

    leader.goto(lesson.url)
    leader.locator(".quiz-box a.button").click()
    problems += layout_problems(leader, "quiz")
    leader.locator("main form button[type=submit]").click()
    expect(leader.locator(".quiz-form")).to_be_visible()
    problems += layout_problems(leader, "quiz questions")
    for choices in leader.locator(".choices").all():
        choices.locator("input").first.check()
    leader.locator(".quiz-form button[type=submit]").click()
    expect(leader.locator(".result-score")).to_be_visible()
    problems += layout_problems(leader, "quiz result")

    assert not problems, "Arabic, larger text, 360 px:\n" + "\n".join(problems)

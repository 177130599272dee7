"""The member's phone journey in a real browser, asserting on what she reads (Vietnamese)."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from courses.models import LessonCompletion
from courses.services import lesson_complete
from quizzes.models import Attempt
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in
from tests.lms.factories import MemberFactory
from tests.quizzes.factories import QuizFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "sen-hoc-ky-nang-2026"


@pytest.fixture
def course(home):
    """Three lessons; the second is complete only when its quiz is passed."""
    course = CoursePageFactory(parent=home, title="An toàn tài khoản")
    lessons = [
        LessonPageFactory(parent=course, title="Mật khẩu mạnh"),
        LessonPageFactory(parent=course, title="Mã OTP là bí mật"),
        LessonPageFactory(parent=course, title="Nhận biết tin nhắn lừa đảo"),
    ]
    lessons[1].quiz = QuizFactory(title="Kiểm tra: mã OTP")
    lessons[1].save_revision().publish()
    course.lessons = lessons
    return course


def answers(attempt, *, right):
    """Choice ids to tick for each question, read from the attempt's frozen questions."""
    picks = {}
    for question in attempt.snapshot["questions"]:
        correct = [c["id"] for c in question["choices"] if c["correct"]]
        wrong = [c["id"] for c in question["choices"] if not c["correct"]]
        picks[question["id"]] = correct if right else wrong[:1]
    return picks


def fill_quiz(page, picks):
    for question_id, choice_ids in picks.items():
        for choice_id in choice_ids:
            page.locator(f'input[name="q-{question_id}"][value="{choice_id}"]').check()


def start_quiz(page, user):
    """Tap the start button; once the questions are on screen, return her open attempt."""
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.get_by_role("button", name="Nộp bài")).to_be_visible()
    return Attempt.objects.get(user=user, submitted_at__isnull=True)


def test_member_joins_by_invite_link_and_records_her_first_lesson(phone, chapter, course):
    first, second, _third = course.lessons
    phone.goto(chapter.get_invite_url())
    expect(phone.locator("h1")).to_have_text("Tạo tài khoản")
    expect(phone.get_by_text("Chi hội thôn Bình Yên")).to_be_visible()
    phone.fill("#id_full_name", "Nguyễn Thị Lan")
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

    # Home page, signed in, welcomed by name.
    expect(phone).to_have_url(re.compile(r"^http://[^/]+/$"))
    expect(phone.locator(".message-success")).to_have_text(
        "Chào mừng chị đến với Sen, Nguyễn Thị Lan!"
    )
    expect(phone.get_by_role("button", name="Đăng xuất")).to_be_visible()
    user = get_user_model().objects.get(phone="+84987654321")
    assert user.member.chapter == chapter

    phone.get_by_role("link", name=re.compile("An toàn tài khoản")).click()
    expect(phone.locator("h1")).to_have_text("An toàn tài khoản")
    phone.get_by_role("link", name="Bắt đầu học").click()
    expect(phone.locator("h1")).to_have_text(first.title)
    expect(phone.get_by_text("Không bao giờ đọc mã OTP cho người khác.")).to_be_visible()
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()

    # On to the next lesson, with word that the first one is saved.
    expect(phone.locator("h1")).to_have_text(second.title)
    expect(phone.locator(".message-success")).to_contain_text("Đã lưu")
    expect(phone.locator(".message-success")).to_contain_text(first.title)

    phone.locator(".breadcrumb").get_by_role("link", name=course.title).click()
    expect(phone.locator("h1")).to_have_text(course.title)
    outline = phone.locator("ol.outline > li")
    expect(outline.nth(0)).to_have_class(re.compile(r"\bdone\b"))
    expect(outline.nth(0).locator(".tick")).to_have_text("✓")
    expect(outline.nth(0)).to_contain_text("Đã học")
    expect(outline.nth(1)).not_to_have_class(re.compile(r"\bdone\b"))
    go_on = phone.get_by_role("link", name=re.compile("^Học tiếp"))
    expect(go_on).to_contain_text(second.title)
    expect(go_on).to_have_attribute("href", second.url)

    phone.locator(".breadcrumb").get_by_role("link", name="Tất cả khóa học").click()
    card = phone.locator(".card", has_text=course.title)
    expect(card.locator(".progress-label")).to_have_text("Đã học 1/3 bài")
    expect(card.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "33")
    assert LessonCompletion.objects.filter(user=user).count() == 1


def test_member_fails_a_lesson_quiz_then_passes_it_and_the_lesson_is_ticked(phone, member, course):
    lesson = course.lessons[1]
    sign_in(phone, member.phone)
    phone.goto(lesson.url)
    expect(phone.get_by_role("button", name="Tôi đã học xong bài này")).to_have_count(0)
    expect(phone.locator(".quiz-box")).to_contain_text("Kiểm tra: mã OTP")
    phone.get_by_role("link", name="Làm bài kiểm tra").click()
    fill_quiz(phone, answers(start_quiz(phone, member), right=False))
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator(".result-failed")).to_contain_text("Chưa đạt")
    phone.get_by_role("button", name="Làm lại").click()

    expect(phone.locator(".lesson-meta")).to_contain_text("Lần 2")
    second_try = Attempt.objects.get(user=member, submitted_at__isnull=True)
    assert second_try.number == 2
    fill_quiz(phone, answers(second_try, right=True))
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator(".result-passed")).to_contain_text("Đạt")
    expect(phone.locator(".result-score")).to_have_text("100%")

    phone.get_by_role("link", name="Học tiếp").click()
    expect(phone.locator("h1")).to_have_text(lesson.title)
    phone.get_by_text("Tất cả bài học trong khóa").click()
    ticked = phone.locator("details ol.outline > li").nth(1)
    expect(ticked).to_have_class(re.compile(r"\bdone\b"))
    expect(ticked.locator(".tick")).to_have_text("✓")
    assert LessonCompletion.objects.filter(user=member, lesson=lesson).count() == 1


def test_back_button_and_a_second_submit_keep_the_first_result(phone, member, course):
    quiz = course.lessons[1].quiz
    sign_in(phone, member.phone)
    phone.goto(f"/quizzes/{quiz.pk}/")
    attempt = start_quiz(phone, member)
    # The same form in a second tab: the copy a second tap, or a back button served from the
    # browser's cache, would send again. (Chromium itself sends one POST for a double tap, and
    # going back here asks the server, which shows the recorded result instead of the form.)
    stale = phone.context.new_page()
    stale.goto(phone.url)
    first_picks = answers(attempt, right=False)
    fill_quiz(phone, first_picks)
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator(".result-failed")).to_contain_text("Chưa đạt")
    first_result = phone.locator(".result").inner_text()

    phone.go_back()
    expect(phone.locator(".result-failed")).to_contain_text("Chưa đạt")
    expect(phone.get_by_role("button", name="Nộp bài")).to_have_count(0)
    assert phone.locator(".result").inner_text() == first_result

    fill_quiz(stale, answers(attempt, right=True))
    stale.get_by_role("button", name="Nộp bài").click()
    expect(stale.locator(".result-failed")).to_contain_text("Chưa đạt")
    assert stale.locator(".result").inner_text() == first_result

    submitted = Attempt.objects.filter(user=member, quiz=quiz, submitted_at__isnull=False)
    assert submitted.count() == 1
    assert submitted.get().passed is False
    assert submitted.get().answers == first_picks


def test_member_signs_in_with_the_international_spelling_and_finds_her_course(
    phone, chapter, course
):
    user = MemberFactory(chapter=chapter, user__phone="+84987654321").user
    lesson_complete(user=user, lesson=course.lessons[0], course=course)
    sign_in(phone, "0987 654 321")
    phone.get_by_role("button", name="Đăng xuất").click()
    expect(phone.get_by_role("navigation").get_by_role("link", name="Đăng nhập")).to_be_visible()

    sign_in(phone, "+84 987 654 321")
    phone.get_by_role("link", name="Việc học của tôi").click()
    expect(phone.locator("h1")).to_have_text("Việc học của tôi")
    in_progress = phone.locator("h2", has_text="Đang học").locator("xpath=following-sibling::*[1]")
    expect(in_progress).to_contain_text(course.title)
    expect(in_progress).to_contain_text("Đã học 1/3 bài")
    expect(in_progress.get_by_role("link", name="Học tiếp")).to_have_attribute("href", course.url)

"""Offline and online agree on her phone (Playwright's ``context.set_offline`` cuts the
service worker's fetches too):

- a lesson marked done offline says "saved, will be sent" instead of the done button, also
  after a reload while offline, and the course outline marks it;
- once the queue is sent, the open page shows what was recorded without a reload, and the
  copies kept for offline agree;
- the page the worker shows for a page not kept knows who is signed in.
"""

import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonCompletion
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in
from tests.e2e.test_offline_journey import save_course_for_offline

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DONE_BUTTON = "Tôi đã học xong bài này"
QUEUED = "Đã lưu trên điện thoại này. Sẽ được gửi khi có mạng trở lại."


@pytest.fixture
def course(home):
    course = CoursePageFactory(parent=home, title="An toàn tài khoản")
    course.lessons = [
        LessonPageFactory(parent=course, title="Mật khẩu mạnh"),
        LessonPageFactory(parent=course, title="Mã OTP là bí mật"),
    ]
    return course


def wait_until(phone, script, timeout_ms=10_000):
    """Poll ``script`` in the page (the site's CSP forbids wait_for_function's eval)."""
    for _ in range(timeout_ms // 100):
        if phone.evaluate(script):
            return
        phone.wait_for_timeout(100)
    raise AssertionError(f"never true: {script}")


def test_a_lesson_done_offline_stays_saved_and_the_course_page_agrees_once_sent(
    phone, member, course
):
    first, second = course.lessons
    sign_in(phone, member.phone)
    save_course_for_offline(phone, course)
    phone.context.set_offline(True)

    phone.goto(first.url)
    phone.get_by_role("button", name=DONE_BUTTON).click()
    expect(phone.get_by_text(QUEUED)).to_be_visible()

    # A reload while offline: the kept copy of the lesson, still saying it waits to be sent.
    phone.reload()
    expect(phone.locator("h1")).to_have_text(first.title)
    expect(phone.get_by_text(QUEUED)).to_be_visible()
    expect(phone.get_by_role("button", name=DONE_BUTTON)).to_be_hidden()

    # The course page (kept copy) marks the lesson as waiting, not as "not done yet" only.
    phone.goto(course.url)
    expect(phone.locator("ol.outline li").first).to_contain_text("sẽ gửi khi có mạng")
    assert not LessonCompletion.objects.exists()

    # Back online on the course page: sent, and the page shows it without a reload.
    phone.evaluate("window.__same_page = true")
    phone.context.set_offline(False)
    expect(phone.locator("#sync-notice")).to_be_visible()
    expect(phone.locator("ol.outline li.done")).to_have_count(1)
    expect(phone.locator("ol.outline li").first).to_contain_text("Đã học")
    expect(phone.locator("ol.outline li").first).not_to_contain_text("sẽ gửi khi có mạng")
    expect(phone.locator(".progress-label")).to_contain_text("1")
    assert phone.evaluate("window.__same_page") is True  # no reload happened
    assert LessonCompletion.objects.filter(user=member, lesson=first).count() == 1

    # Offline again later: the kept copies of the course and the lesson agree with the server.
    phone.wait_for_timeout(500)  # the worker fetches the changed pages again
    phone.context.set_offline(True)
    phone.goto(course.url)
    expect(phone.locator("ol.outline li.done")).to_have_count(1)
    phone.goto(first.url)
    expect(phone.locator(".lesson-meta")).to_contain_text("✓")
    expect(phone.get_by_role("button", name=DONE_BUTTON)).to_have_count(0)
    phone.goto(second.url)
    expect(phone.get_by_role("button", name=DONE_BUTTON)).to_be_visible()


def test_the_open_lesson_shows_it_is_done_once_sent(phone, member, course):
    first, _second = course.lessons
    sign_in(phone, member.phone)
    save_course_for_offline(phone, course)
    phone.context.set_offline(True)
    phone.goto(first.url)
    phone.get_by_role("button", name=DONE_BUTTON).click()
    expect(phone.get_by_text(QUEUED)).to_be_visible()

    phone.evaluate("window.__same_page = true")
    phone.context.set_offline(False)
    expect(phone.locator(".lesson-actions")).to_contain_text("Chị đã học xong bài này.")
    expect(phone.get_by_role("button", name=DONE_BUTTON)).to_have_count(0)
    expect(phone.get_by_text(QUEUED)).to_have_count(0)
    assert phone.evaluate("window.__same_page") is True
    assert LessonCompletion.objects.filter(user=member, lesson=first).count() == 1


def test_the_offline_page_knows_who_is_signed_in(phone, member, course):
    # Her first visit, signed out: the worker keeps the offline page as a visitor sees it.
    phone.goto("/")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    sign_in(phone, member.phone)
    wait_until(phone, "localStorage.getItem('sen-shell-member') === document.body.dataset.member")

    phone.context.set_offline(True)
    phone.goto("/my-learning/")  # never kept: the offline page answers
    expect(phone.locator("h1")).to_have_text("Không có mạng")
    expect(phone.get_by_role("button", name="Đăng xuất")).to_be_visible()
    expect(phone.get_by_role("link", name="Việc học của tôi")).to_be_visible()
    expect(phone.locator("header").get_by_role("link", name="Đăng nhập")).to_have_count(0)
    assert re.fullmatch(r"\d+", phone.locator("body").get_attribute("data-member"))

    # Signed out again: the offline page is a visitor's once more.
    phone.context.set_offline(False)
    phone.goto("/")
    phone.get_by_role("button", name="Đăng xuất").click()
    expect(phone.locator("header").get_by_role("link", name="Đăng nhập")).to_be_visible()
    wait_until(phone, "localStorage.getItem('sen-shell-member') === ''")
    phone.context.set_offline(True)
    phone.goto("/my-learning/")
    expect(phone.locator("h1")).to_have_text("Không có mạng")
    expect(phone.locator("header").get_by_role("link", name="Đăng nhập")).to_be_visible()

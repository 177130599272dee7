"""Learning without internet on a phone: she saves a course, reads it offline, marks a lesson
done and answers a quiz offline; back online, each is recorded exactly once.

Offline is Playwright's ``context.set_offline(True)``: in Debian's Chromium it cuts the
service worker's own fetches too (the test proves it: a page she did not save shows the
offline page, and nothing reaches the server until she is back online).
"""

import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonCompletion
from quizzes.models import Attempt
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in
from tests.quizzes.factories import QuizFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def course(home):
    """Two lessons; the second is complete when its quiz is passed."""
    course = CoursePageFactory(parent=home, title="An toàn tài khoản")
    lessons = [
        LessonPageFactory(parent=course, title="Mật khẩu mạnh"),
        LessonPageFactory(parent=course, title="Mã OTP là bí mật"),
    ]
    lessons[1].quiz = QuizFactory(title="Kiểm tra: mã OTP")
    lessons[1].save_revision().publish()
    course.lessons = lessons
    return course


def save_course_for_offline(phone, course):
    phone.goto(course.url)
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    box = phone.locator("[data-offline-save]")
    expect(box).to_be_visible()
    box.locator("[data-offline-ask]").click()
    # The size comes first: "... 0,1 MB." (she decides whether to spend the data).
    expect(box.locator("[data-offline-status]")).to_have_text(re.compile(r"\d+,\d MB"))
    box.locator("[data-offline-confirm]").click()
    expect(box.locator("[data-offline-status]")).to_have_text(box.get_attribute("data-saved"))


def test_member_saves_a_course_reads_offline_and_her_progress_is_sent_once(phone, member, course):
    first, second = course.lessons
    sign_in(phone, member.phone)
    offline_heading = phone.context.request.get("/offline/").text()
    offline_heading = re.search(r"<h1>(.*?)</h1>", offline_heading).group(1)
    save_course_for_offline(phone, course)

    phone.context.set_offline(True)
    # A page she never opened nor saved: the worker's fetch fails, the offline page answers.
    phone.goto("/my-learning/")
    expect(phone.locator("h1")).to_have_text(offline_heading)
    expect(phone.locator("#offline-banner")).to_be_visible()

    # A saved lesson opens; "done" is kept on the phone.
    phone.goto(first.url)
    expect(phone.locator("h1")).to_have_text(first.title)
    expect(phone.get_by_text("Không bao giờ đọc mã OTP cho người khác.")).to_be_visible()
    expect(phone.locator("#offline-banner")).to_be_visible()
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()
    expect(phone.locator("[data-offline-queued]")).to_be_visible()
    expect(phone.get_by_role("button", name="Tôi đã học xong bài này")).to_be_hidden()
    assert phone.evaluate("JSON.parse(localStorage.getItem('sen-queue')).length") == 1
    assert not LessonCompletion.objects.exists()

    # The saved quiz of the second lesson, answered offline: no right answers on the phone.
    phone.goto(second.url)
    phone.get_by_role("link", name="Làm bài kiểm tra").click()
    phone.locator("[data-offline-only] a").click()
    expect(phone.locator("form[data-offline-quiz]")).to_be_visible()
    assert "Phản hồi" not in phone.content()  # choices' feedback stays on the server
    phone.locator('input[name="q-q1"][value="q1a"]').check()
    phone.locator('input[name="q-q2"][value="q2a"]').check()
    phone.locator('input[name="q-q2"][value="q2b"]').check()
    phone.locator('input[name="q-q3"][value="false"]').check()
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator("form[data-offline-quiz] [data-offline-queued]")).to_be_visible()
    assert not Attempt.objects.exists()

    # Back online: both are sent (on the "online" event), each recorded once.
    phone.context.set_offline(False)
    notice = phone.locator("#sync-notice")
    expect(notice).to_be_visible()
    expect(phone.locator("#offline-banner")).to_be_hidden()
    assert phone.evaluate("JSON.parse(localStorage.getItem('sen-queue')).length") == 0
    assert LessonCompletion.objects.filter(user=member, lesson=first).count() == 1
    attempt = Attempt.objects.get(user=member)
    assert attempt.passed and attempt.client_key is not None
    assert LessonCompletion.objects.filter(user=member, lesson=second).count() == 1

    # Her result, once she is online.
    notice.get_by_role("link").click()
    expect(phone.locator(".result-score")).to_have_text("100%")

    # Another page load sends nothing again.
    phone.goto(first.url)
    expect(phone.locator(".lesson-meta")).to_contain_text("✓")
    assert LessonCompletion.objects.filter(user=member).count() == 2
    assert Attempt.objects.filter(user=member).count() == 1

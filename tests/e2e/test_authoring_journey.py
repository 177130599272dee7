"""The authoring journey in a real browser: the demo trainer builds a course in the Vietnamese
admin at 1280x800 (every lesson block, an uploaded picture with its description, a quiz with
the four question kinds, attached from the lesson, the phone preview, publish); a member
reads it at 360x740, fails the quiz, passes it; the course insights show her.

With SEN_DOC_SCREENSHOTS=1 the trainer's screens are saved into docs/img/authoring/ for
docs/authoring.md.
"""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage, LessonCompletion, LessonPage
from demo.people import load_staff
from quizzes.models import Attempt, Quiz
from tests.e2e import authoring
from tests.e2e.conftest import sign_in
from tests.e2e.test_member_journey import answers, fill_quiz
from tests.lms.factories import MemberFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def take_quiz(phone, user, *, right, start_label):
    phone.get_by_role("button", name=start_label).click()
    expect(phone.get_by_role("button", name="Nộp bài")).to_be_visible()
    attempt = Attempt.objects.get(user=user, submitted_at__isnull=True)
    fill_quiz(phone, answers(attempt, right=right))
    phone.get_by_role("button", name="Nộp bài").click()


def test_trainer_authors_a_course_and_a_member_takes_it(new_desktop, new_phone, home, chapter):
    load_staff()  # the demo trainer, 0900 000 002 / sen-demo-2026
    desk = new_desktop()
    state = {}
    authoring.sign_in_trainer(desk, state)
    authoring.create_course(desk, state)
    authoring.create_lesson_with_every_block(desk, state)
    authoring.create_quiz(desk, state)
    authoring.create_lesson_with_quiz(desk, state)

    # What she made, as the site stores it.
    course = CoursePage.objects.get(pk=state["course_id"])
    first, second = LessonPage.objects.child_of(course).live().order_by("path")
    assert [block.block_type for block in first.body] == [
        "text",
        "image",
        "video",
        "callout",
        "steps",
        "do_dont",
    ]
    assert first.body[1].value["image"].contextual_alt_text == authoring.IMAGE_DESCRIPTION
    quiz = Quiz.objects.get(pk=state["quiz_id"])
    assert quiz.live
    assert [q.block_type for q in quiz.questions] == [
        "single_choice",
        "multiple_choice",
        "true_false",
        "image_choice",
    ]
    assert second.quiz_id == quiz.pk and second.live and course.live

    # A member reads the course on her phone.
    member = MemberFactory(chapter=chapter, full_name="Trần Thị Mai").user
    phone = new_phone()
    sign_in(phone, member.phone)
    phone.goto(course.url)
    expect(phone.locator("h1")).to_have_text(authoring.COURSE_TITLE)
    phone.goto(first.url)
    expect(phone.get_by_role("img", name=authoring.IMAGE_DESCRIPTION)).to_be_visible()
    expect(phone.get_by_text("Cúp máy ngay")).to_be_visible()
    phone.get_by_role("button", name="Tôi đã học xong bài này").click()
    expect(phone.locator("h1")).to_have_text(authoring.LESSON_2)
    phone.get_by_role("link", name="Làm bài kiểm tra").click()
    take_quiz(phone, member, right=False, start_label="Bắt đầu làm bài")
    expect(phone.get_by_text("Chưa đạt").first).to_be_visible()
    phone.goto(f"/quizzes/{quiz.pk}/?next={second.url}")
    take_quiz(phone, member, right=True, start_label="Làm lại")
    expect(phone.get_by_text("Đạt").first).to_be_visible()
    assert LessonCompletion.objects.filter(user=member, course=course).count() == 2

    # The trainer sees her in the course insights.
    desk.get_by_role("navigation").get_by_role("button", name="Báo cáo").click()
    desk.get_by_role("link", name="Phân tích khóa học").click()
    desk.get_by_role("link", name=authoring.COURSE_TITLE).click()
    desk.wait_for_url(f"**/courses/{course.pk}/insights/")
    expect(desk.locator("table.sen-insights-table")).to_have_count(3)
    summary, lessons, quizzes = desk.locator("table.sen-insights-table").all()
    expect(summary.locator("tbody tr").first).to_contain_text("1")
    expect(lessons.locator("tbody tr").nth(0)).to_have_text(
        re.compile(r"1\s*" + authoring.LESSON_1 + r"\s*1\s*100,0%\s*1\s*100,0%\s*0")
    )
    expect(lessons.locator("tbody tr").nth(1)).to_have_text(
        re.compile(r"2\s*" + authoring.LESSON_2 + r"\s*1\s*100,0%\s*1\s*100,0%\s*1")
    )
    # One member took it: failed at the first try, passed at the second.
    expect(quizzes.locator("tbody tr").first).to_have_text(
        re.compile(authoring.QUIZ_TITLE + r".*1\s*0\s*0,0%\s*1\s*2,0")
    )
    authoring.shot(desk, state, "09-insights")

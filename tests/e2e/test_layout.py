"""Phone layout at 360 px on the demo content, and the core path without JavaScript."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import LessonCompletion, LessonPage
from demo import people as demo
from lms.models import Chapter
from quizzes.models import Attempt
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in
from tests.quizzes.factories import QuizFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDTH = 360
MIN_TAP = 44
MIN_FONT = 16

# Measures what a thumb and an eye meet. Tap targets: links, buttons, fields, summaries. A
# radio or checkbox is tapped through its label too, so the taller of the two counts. A link
# inside a sentence (the block it sits in holds other text) is running text, not a tap target.
MEASURE = """
({ minTap, minFont }) => {
  const width = window.innerWidth;
  const describe = (el) => {
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || el.name || "")
      .trim().replace(/\\s+/g, " ").slice(0, 40);
    const cls = typeof el.className === "string" && el.className.trim()
      ? "." + el.className.trim().split(/\\s+/).join(".") : "";
    return `<${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${cls}> "${text}"`;
  };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > 0
      && getComputedStyle(el).visibility !== "hidden";
  };
  const inRunningText = (el) => {
    if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) {
      block = block.parentElement;
    }
    return block !== null && block.textContent.trim() !== el.textContent.trim();
  };
  const small = [];
  const tinyText = [];
  const targets = "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "[role=button]";
  for (const el of document.querySelectorAll(targets)) {
    const checkable = el.type === "radio" || el.type === "checkbox";
    const parts = [el, ...(checkable ? el.labels : [])].filter(shown);
    if (parts.length === 0 || inRunningText(el)) continue;
    const height = Math.max(...parts.map((part) => part.getBoundingClientRect().height));
    if (height < minTap - 0.5) small.push(`${describe(el)} is ${Math.round(height)} px high`);
    const typed = !checkable && !["submit", "button", "reset", "image"].includes(el.type);
    if (["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName) && typed) {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < minFont) tinyText.push(`${describe(el)} has ${size} px text`);
    }
  }
  // The innermost elements that stick out on the right, leaving out those in a scroller.
  const wide = [];
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const walk = (el) => {
    for (const child of el.children) {
      if (child.getBoundingClientRect().right > width + 0.5 && shown(child)) {
        const inner = [...child.children].some(
          (c) => c.getBoundingClientRect().right > width + 0.5);
        if (!inner || scrolls(child)) {
          const right = Math.round(child.getBoundingClientRect().right);
          wide.push(`${describe(child)} ends at ${right} px`);
        } else {
          walk(child);
        }
      } else if (!scrolls(child)) {
        walk(child);
      }
    }
  };
  walk(document.body);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    fontSize: parseFloat(getComputedStyle(document.body).fontSize),
    small, tinyText, wide: wide.slice(0, 5),
  };
}
"""


def layout_problems(page, name):
    """What is wrong with this page on a 360 px phone, one line each."""
    page.wait_for_load_state()  # the new page is there; wait for its stylesheet and pictures
    found = page.evaluate(MEASURE, {"minTap": MIN_TAP, "minFont": MIN_FONT})
    problems = []
    if found["scrollWidth"] > WIDTH:
        problems.append(f"scrolls sideways: {found['scrollWidth']} px wide; {found['wide']}")
    if found["fontSize"] < MIN_FONT:
        problems.append(f"body text is {found['fontSize']} px")
    problems += [f"tap target too small: {line}" for line in found["small"]]
    problems += [f"field text too small: {line}" for line in found["tinyText"]]
    return [f"{name} ({page.url}): {problem}" for problem in problems]


def visit(page, url, name):
    response = page.goto(url)
    assert response.ok, f"{name}: {url} answered {response.status}"
    return layout_problems(page, name)


def test_demo_pages_fit_a_360px_phone(new_phone):
    call_command("load_demo", stdout=io.StringIO())
    lesson = LessonPage.objects.get(slug="link-gia-tin-nhan-gia")  # scenarios, picture choices
    course = lesson.get_parent()
    chapter = Chapter.objects.get(code="qnam-queson-quexuan-binhyen")
    problems = []

    visitor = new_phone()
    problems += visit(visitor, "/", "home")
    problems += visit(visitor, course.url, "course")
    problems += visit(visitor, lesson.url, "lesson")
    problems += visit(visitor, "/signin/", "sign-in")
    problems += visit(visitor, "/signup/", "sign-up")
    problems += visit(visitor, chapter.get_invite_url(), "sign-up by invite link")

    # The first demo member leads the chapter: a member's pages with progress, and the dashboard.
    leader = new_phone()
    sign_in(leader, demo.demo_member_phone(demo.LEADER_MEMBER_NUMBER), demo.DEMO_PASSWORD)
    problems += layout_problems(leader, "home, signed in")
    problems += visit(leader, course.url, "course, signed in")
    problems += visit(leader, lesson.url, "lesson, signed in")
    leader.get_by_role("link", name="Làm bài kiểm tra").click()
    start = leader.get_by_role("button", name="Bắt đầu làm bài")
    expect(start).to_be_visible()
    problems += layout_problems(leader, "quiz")
    start.click()
    expect(leader.get_by_role("button", name="Nộp bài")).to_be_visible()
    problems += layout_problems(leader, "quiz questions")
    # Nothing ticked, as an old browser that ignores `required` would send it: errors shown.
    leader.evaluate("document.querySelector('.quiz-form').noValidate = true")
    leader.get_by_role("button", name="Nộp bài").click()
    expect(leader.locator(".alert")).to_be_visible()
    problems += layout_problems(leader, "quiz questions with errors")
    for choices in leader.locator(".choices").all():
        choices.locator("input").first.check()
    leader.get_by_role("button", name="Nộp bài").click()
    expect(leader.locator(".result-score")).to_be_visible()
    problems += layout_problems(leader, "quiz result")
    problems += visit(leader, "/my-learning/", "my learning")
    problems += visit(leader, "/dashboard/", "dashboard (chapter leader)")
    # Her phone lent to a neighbour who opens the invite link: who is signed in, and sign out.
    problems += visit(leader, chapter.get_invite_url(), "invite link, someone signed in")
    expect(leader.get_by_role("button", name="Đăng xuất rồi tiếp tục")).to_be_visible()
    assert leader.goto("/join/%00/").status == 400
    problems += layout_problems(leader, "unreadable address (400)")

    official = new_phone()
    sign_in(official, "0900 000 003", demo.DEMO_PASSWORD)
    problems += visit(official, "/dashboard/", "dashboard (district official)")

    assert not problems, "Layout problems at 360 px:\n" + "\n".join(problems)


def test_lesson_and_quiz_forms_work_without_javascript(new_phone, home, member):
    course = CoursePageFactory(parent=home, title="An toàn tài khoản")
    first = LessonPageFactory(parent=course, title="Mật khẩu mạnh")
    second = LessonPageFactory(parent=course, title="Mã OTP là bí mật")
    second.quiz = QuizFactory(title="Kiểm tra: mã OTP")
    second.save_revision().publish()
    page = new_phone(java_script_enabled=False)
    sign_in(page, member.phone)

    page.goto(first.url)
    page.get_by_role("button", name="Tôi đã học xong bài này").click()
    expect(page.locator("h1")).to_have_text(second.title)
    expect(page.locator(".message-success")).to_contain_text("Đã lưu")

    page.get_by_role("link", name="Làm bài kiểm tra").click()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.get_by_role("button", name="Nộp bài")).to_be_visible()
    attempt = Attempt.objects.get(user=member, submitted_at__isnull=True)
    for question in attempt.snapshot["questions"]:
        for choice in question["choices"]:
            if choice["correct"]:
                page.locator(f'input[name="q-{question["id"]}"][value="{choice["id"]}"]').check()
    page.get_by_role("button", name="Nộp bài").click()
    expect(page.locator(".result-passed")).to_contain_text("Đạt")
    page.get_by_role("link", name="Học tiếp").click()
    expect(page).to_have_url(re.compile(re.escape(second.url) + "$"))
    expect(page.locator(".lesson-meta")).to_contain_text("Đã học")
    assert set(LessonCompletion.objects.filter(user=member).values_list("lesson", flat=True)) == {
        first.pk,
        second.pk,
    }

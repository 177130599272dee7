"""The trainer's admin screens speak one language: all Vietnamese, or all English.

A walk through the screens a trainer meets (sign-in, dashboard, page explorer, a lesson's
editor with its tabs, the image and quiz choosers, the quiz list and editor, history,
reports) at 1280x800, collecting the visible text (``innerText``) of each. In Vietnamese no
English word may show (proper names aside); in English no Vietnamese letter may show in the
admin's own labels (the test's content, typed in Vietnamese, is taken out first).
"""

import re
import unicodedata
from pprint import pformat

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.users.models import UserProfile

from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.e2e.conftest import sign_in_admin
from tests.quizzes.factories import QuizFactory, true_false

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# English words of the admin's chrome that are not also Vietnamese syllables written without
# marks ("an", "to", "in", "do", "the", "con", "long", "hang", "may" are Vietnamese too).
ENGLISH = set(
    """
    about account action actions add added admin after all alt and any are at autosave back
    been before blocks bold by cancel change changes character child children choice choose
    clear close collapse collection comment comments compare confirm content copy count
    course create created current dashboard date delete deleted desktop document documents
    draft drag duplicate edit edited editing editor enter error errors expand explore
    explorer file filter filters first for forgotten from has have heading height help
    hide history image images insert into italic item items just last latest list live
    loading locked log mobile more move name new newest next not of oldest only options order
    other owner page pages password pin please preview previous private promote publish
    published quiz quizzes recent references referenced refresh remember reports required
    revision save saved saving schedule search see select settings show sign signed site
    size slug sort status submit subpages summary tablet tags text than this time title
    toggle type unpublish unsaved update updated upload uploaded usage use used user version
    view visible was were what when which width with words workflow you your
    """.split()
)
PROPER_NAMES = {"Sen", "Wagtail", "Zalo", "Facebook", "OTP", "SMS"}
VIETNAMESE_LETTERS = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯ"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)

COURSE = "An toàn trên mạng"
LESSON = "Mã OTP là bí mật"
LESSON_TEXT = "Không bao giờ đọc mã OTP cho người khác."
QUIZ = "Kiểm tra: mã OTP"
IMAGE = "Tin nhắn giả mạo ngân hàng"
QUESTION = "Ngân hàng không bao giờ hỏi mã OTP."
TRAINER = ("Hoa", "Lê Thị")
# Text that is not the admin's: the test's content, and Vietnamese named in Vietnamese in the
# language picker.
NOT_CHROME = [COURSE, LESSON, LESSON_TEXT, QUIZ, QUESTION, IMAGE, *TRAINER, "Tiếng Việt"]


@pytest.fixture
def authored(home, trainer):
    trainer.first_name, trainer.last_name = TRAINER
    trainer.save()
    image = get_image_model().objects.create(title=IMAGE, file=get_test_image_file("sms.png"))
    quiz = QuizFactory(title=QUIZ, questions=[true_false("q1", QUESTION)])
    quiz.save_revision(user=trainer).publish()
    course = CoursePageFactory(parent=home, title=COURSE, cover=image)
    lesson = LessonPageFactory(
        parent=course,
        title=LESSON,
        body=[{"type": "text", "value": f"<p>{LESSON_TEXT}</p>"}],
        quiz=quiz,
    )
    lesson.save_revision(user=trainer).publish()
    return {"course": course, "lesson": lesson, "quiz": quiz, "image": image}


# The text a trainer sees; long pickers (time zones: place names) are left out.
VISIBLE_TEXT = """() => {
    const long = [...document.querySelectorAll("select")].filter(s => s.options.length > 50);
    long.forEach(s => s.hidden = true);
    const text = document.body.innerText;
    long.forEach(s => s.hidden = false);
    return text;
}"""


def visible_text(page):
    page.wait_for_load_state("networkidle")
    # NFC: Django writes some names decomposed ("Tiếng Việt" with combining marks).
    return unicodedata.normalize("NFC", page.evaluate(VISIBLE_TEXT))


def english_lines(text):
    """The lines of ``text`` with an English word in them."""

    def english(line):
        words = re.findall(r"[A-Za-z][A-Za-z']*", line)
        return any(w.lower() in ENGLISH and w not in PROPER_NAMES for w in words)

    return sorted({line.strip() for line in text.splitlines() if english(line)})


def vietnamese_lines(text):
    """The lines of ``text`` with Vietnamese letters, once the test's content is taken out
    (also where the admin shortens it: "Không bao giờ đọc mã O…")."""

    def chrome(line):
        for content in NOT_CHROME:
            line = line.replace(content, "")
        shortened = line.strip(" *").rstrip("…")
        if shortened and any(content.startswith(shortened) for content in NOT_CHROME):
            return ""
        return line

    lines = (chrome(line) for line in text.splitlines())
    return sorted({line.strip() for line in lines if VIETNAMESE_LETTERS.search(line)})


def walk(page, trainer, authored):
    """``{screen: visible text}`` over the trainer's screens."""
    lesson, course, quiz = authored["lesson"], authored["course"], authored["quiz"]
    seen = {}
    page.goto("/admin/login/")
    seen["sign-in"] = visible_text(page)
    sign_in_admin(page, trainer.phone)
    seen["dashboard"] = visible_text(page)
    page.goto(f"/admin/pages/{course.pk}/")
    seen["page explorer"] = visible_text(page)

    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    seen["lesson editor"] = visible_text(page)
    for tab in page.locator('[role="tab"]').all():
        tab.click()
        seen[f"lesson editor, tab {tab.get_attribute('aria-controls')}"] = visible_text(page)
    page.locator('[role="tab"]').first.click()
    page.locator('[data-side-panel-toggle="status"]').click()
    seen["lesson editor, status panel"] = visible_text(page)
    page.locator('[data-side-panel-toggle="status"]').click()
    page.goto(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    seen["new lesson"] = visible_text(page)
    page.locator("[data-chooser-action-choose]").last.click()  # the quiz chooser
    page.locator(".modal-dialog").wait_for()
    seen["quiz chooser"] = visible_text(page)
    page.goto(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    page.locator("footer button.action-save").first.click()  # "Save draft", nothing filled in
    page.locator(".help-critical, .error-message").first.wait_for()
    seen["new lesson, validation errors"] = visible_text(page)

    page.goto(f"/admin/pages/add/courses/coursepage/{course.get_parent().pk}/")
    page.locator("[data-chooser-action-choose]").first.click()  # the cover image chooser
    page.locator(".modal-dialog").wait_for()
    seen["image chooser"] = visible_text(page)
    upload_tab = page.locator('.modal-dialog [role="tab"]').last
    upload_tab.click()
    seen["image chooser, upload"] = visible_text(page)
    page.keyboard.press("Escape")

    page.goto(f"/admin/pages/{lesson.pk}/history/")
    seen["page history"] = visible_text(page)
    page.goto("/admin/snippets/quizzes/quiz/")
    seen["quiz list"] = visible_text(page)
    page.goto(f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/")
    seen["quiz editor"] = visible_text(page)
    page.goto(f"/admin/snippets/quizzes/quiz/history/{quiz.pk}/")
    seen["quiz history"] = visible_text(page)
    page.goto("/admin/images/")
    seen["images"] = visible_text(page)
    page.goto("/admin/images/multiple/add/")
    seen["image upload"] = visible_text(page)
    for optional in ("/admin/documents/", "/admin/reports/locked/", "/admin/reports/aging-pages/"):
        if page.goto(optional).status == 200:  # as far as a trainer may go
            seen[optional] = visible_text(page)
    page.goto("/admin/account/")
    seen["account"] = visible_text(page)
    return seen


def test_the_trainer_admin_shows_no_english_in_vietnamese(new_desktop, trainer, authored):
    page = new_desktop()
    screens = walk(page, trainer, authored)
    assert len(screens) >= 14
    english = {name: english_lines(text) for name, text in screens.items()}
    problems = {name: lines for name, lines in english.items() if lines}
    assert not problems, pformat(problems, width=100)


def test_the_trainer_admin_shows_no_vietnamese_in_english(
    new_desktop, live_server, trainer, authored
):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    page = new_desktop(locale="en-GB")
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": live_server.url}])
    screens = walk(page, trainer, authored)
    leaks = {name: vietnamese_lines(text) for name, text in screens.items()}
    problems = {name: lines for name, lines in leaks.items() if lines}
    assert not problems, pformat(problems, width=100)

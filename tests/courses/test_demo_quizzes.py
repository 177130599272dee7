"""The demo quizzes: one per lesson with questions, a final quiz per course, picture questions
drawn as SVG, all valid for the admin editor and loaded only once."""

import io
import re

import pytest
from defusedxml import ElementTree
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Revision

from courses.demo import pictures, screens, svg_text
from courses.demo.loader import demo_courses
from courses.demo.quizzes import FINAL, questions_by_quiz
from courses.models import CoursePage, LessonPage
from quizzes.blocks import QuestionStreamBlock
from quizzes.models import Quiz
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db

KINDS = {"single": "single_choice", "multiple": "multiple_choice", "true_false": "true_false"}


def _load_demo():
    call_command("load_demo", stdout=io.StringIO())


def _quizzes_of(course):
    lesson_quizzes = [
        lesson.quiz for lesson in LessonPage.objects.child_of(course).select_related("quiz")
    ]
    return [quiz for quiz in [*lesson_quizzes, course.final_quiz] if quiz is not None]


def test_every_course_has_a_live_final_quiz_and_eight_questions_or_more():
    _load_demo()
    courses = CoursePage.objects.select_related("final_quiz")
    assert courses.count() == 3
    for course in courses:
        final = course.final_quiz
        assert final is not None, course.title
        assert final.title == f"Bài kiểm tra cuối khóa: {course.title}"
        assert final.live and final.live_revision_id is not None
        assert len(final.questions) >= 3
        assert (final.pass_mark, final.max_attempts) == (70, 3)
        assert final.shuffle_questions and final.shuffle_choices
        quizzes = _quizzes_of(course)
        assert sum(len(quiz.questions) for quiz in quizzes) >= 8, course.title
        kinds = {block.block_type for quiz in quizzes for block in quiz.questions}
        assert "image_choice" in kinds, course.title


def _assert_same_question(block, question):
    assert block.block_type == KINDS.get(question["kind"], question["kind"])
    assert block.value["prompt"] == question["prompt"]
    assert block.value["scenario"] == question.get("scenario", "")
    assert block.value["explanation"] == question["explanation"]
    if question["kind"] == "true_false":
        right = next(choice for choice in question["choices"] if choice["correct"])
        assert block.value["answer"] == ("true" if right["text"] == "Đúng" else "false")
        feedback = {choice["text"]: choice["feedback"] for choice in question["choices"]}
        assert block.value["feedback_true"] == feedback["Đúng"]
        assert block.value["feedback_false"] == feedback["Sai"]
        return
    choices = list(block.value["choices"])
    assert [c["correct"] for c in choices] == [c["correct"] for c in question["choices"]]
    assert [c["feedback"] for c in choices] == [c["feedback"] for c in question["choices"]]
    if question["kind"] == "multiple":
        assert block.value["partial_credit"] is True


def test_every_demo_question_is_in_its_lessons_quiz_and_valid_for_the_admin_editor():
    """Each question of the course files (and each picture question) is in its lesson's
    quiz or the final quiz, kind, answers and feedback intact; each quiz, as stored and as
    published, passes the validation a trainer's edit in the admin goes through."""
    _load_demo()
    validator = QuestionStreamBlock()
    for data in demo_courses():
        course = CoursePage.objects.get(slug=data["slug"])
        lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
        for slug, questions in questions_by_quiz(data).items():
            quiz = course.final_quiz if slug == FINAL else lessons[slug].quiz
            assert quiz is not None and quiz.live and quiz.live_revision_id is not None, slug
            blocks = list(quiz.questions)
            assert len(blocks) == len(questions), quiz.title
            for block, question in zip(blocks, questions, strict=True):
                _assert_same_question(block, question)
            validator.clean(validator.to_python(quiz.questions.raw_data))
            validator.clean(validator.to_python(quiz.live_revision.content["questions"]))
            if slug != FINAL:
                assert quiz.title == f"Kiểm tra nhanh: {lessons[slug].title}"
                assert (quiz.pass_mark, quiz.max_attempts) == (70, 0)
                assert quiz.shuffle_choices and not quiz.shuffle_questions
    pictured = [
        block.value
        for quiz in Quiz.objects.all()
        for block in quiz.questions
        if block.value["image"] is not None
    ]
    assert pictured and all(
        v["image"].is_svg() and v["image"].contextual_alt_text for v in pictured
    )


def test_safety_course_asks_about_pictures_of_scam_messages():
    _load_demo()
    course = CoursePage.objects.get(slug="an-toan-tai-khoan")
    blocks = [block for quiz in _quizzes_of(course) for block in quiz.questions]
    pictured = {block.value["image"].title for block in blocks if block.value["image"]}
    assert {
        pictures.FAKE_PRIZE_ZALO.title,
        pictures.ELECTRICITY_SMS.title,
        pictures.FAKE_OFFICER_REQUEST.title,
    } <= pictured
    (scam_sms,) = [b for b in blocks if b.value["prompt"] == "Tin nhắn nào là tin nhắn lừa đảo?"]
    assert scam_sms.block_type == "image_choice"
    correct = [choice["image"].title for choice in scam_sms.value["choices"] if choice["correct"]]
    assert correct == [pictures.FAKE_BANK_SMS.title]


def test_a_member_sees_the_svg_pictures_while_taking_a_picture_quiz(client):
    _load_demo()
    quiz = next(
        quiz
        for quiz in Quiz.objects.filter(live=True)
        if any(block.block_type == "image_choice" for block in quiz.questions)
    )
    member = MemberFactory()
    client.force_login(member.user)
    assert client.get(f"/quizzes/{quiz.pk}/").status_code == 200
    started = client.post(f"/quizzes/{quiz.pk}/start/")
    assert started.status_code == 302
    page = client.get(started.url)
    assert page.status_code == 200
    html = page.content.decode()
    sources = re.findall(r'<img[^>]+src="([^"]+\.svg)"', html)
    assert len(sources) >= 3, sources  # the picture choices, kept as SVG (no webp conversion)
    assert not re.findall(r'<img[^>]+src="[^"]+\.webp"', html)


def test_loading_the_demo_again_creates_no_quiz_revision_or_image():
    _load_demo()

    def state():
        return {
            "quizzes": sorted(Quiz.objects.values_list("pk", "title", "live_revision_id")),
            "revisions": Revision.objects.count(),
            "images": sorted(get_image_model().objects.values_list("pk", "title")),
            "lessons": sorted(LessonPage.objects.values_list("pk", "quiz_id")),
            "courses": sorted(CoursePage.objects.values_list("pk", "final_quiz_id")),
        }

    first = state()
    _load_demo()
    assert state() == first


def test_reloading_the_demo_keeps_a_trainers_changes_to_a_quiz():
    _load_demo()
    quiz = Quiz.objects.get(title="Bài kiểm tra cuối khóa: An toàn tài khoản")
    quiz.pass_mark = 80
    quiz.questions = list(quiz.questions.raw_data)[:2]
    quiz.save_revision().publish()
    _load_demo()
    quiz.refresh_from_db()
    assert quiz.pass_mark == 80 and len(quiz.questions) == 2
    assert Quiz.objects.filter(title=quiz.title).count() == 1


def test_message_pictures_escape_their_text_and_wrap_within_the_bubble():
    message = screens.Message(
        slug="thu",
        title="Thử",
        alt="Thử <b> & “ngoặc”",
        sender="A & B <shop>",
        text="Giá <rẻ> & tốt! Vào nganhang-capnhat-thong-tin-tai-khoan-ngay.top ngay",
    )
    svg, height = message.draw()
    root = ElementTree.fromstring(svg.encode())
    text = "".join(root.itertext())
    assert "A & B <shop>" in text and "Giá <rẻ> & tốt!" in text
    assert root.get("width") == "320" and root.get("height") == str(height)
    room = 320 - 2 * 12 - 15 * 1.5 - 2 * 11  # bubble minus its padding
    for line in svg_text.wrap(message.text, 15, room):
        assert svg_text.text_width("".join(part for part, _ in line), 15) <= room

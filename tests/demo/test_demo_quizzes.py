"""The demo quizzes, loaded from the demo course packages: one per lesson with questions, a
final quiz per course, picture questions as SVG, all valid for the admin editor and loaded
only once."""

import io
import re

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Revision

from courses.models import CoursePage, LessonPage
from demo.loader import manifests
from quizzes.blocks import QuestionStreamBlock
from quizzes.models import Quiz
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db


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


def _without_images(data):
    """Stream data with picture references dropped (file names in the package, ids in the
    database): what is left must be identical."""
    if isinstance(data, list):
        return [_without_images(item) for item in data]
    if isinstance(data, dict):
        return {
            key: (
                None if key == "image" and not isinstance(value, dict) else _without_images(value)
            )
            for key, value in data.items()
        }
    return data


def test_every_demo_quiz_is_as_in_its_package_and_valid_for_the_admin_editor():
    """Each quiz of a package is its lesson's (or the final) quiz, questions intact; each
    quiz, as stored and as published, passes the validation a trainer's edit goes through."""
    _load_demo()
    validator = QuestionStreamBlock()
    for manifest in manifests():
        course = CoursePage.objects.get(slug=manifest["course"]["slug"])
        lessons = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course)}
        quizzes = {quiz["key"]: quiz for quiz in manifest["quizzes"]}
        placed = [(lessons[lesson["slug"]].quiz, lesson["quiz"]) for lesson in manifest["lessons"]]
        placed.append((course.final_quiz, manifest["course"]["final_quiz"]))
        assert sorted(key for _, key in placed if key) == sorted(quizzes)
        for quiz, key in placed:
            if key is None:
                assert quiz is None
                continue
            data = quizzes[key]
            assert quiz.live and quiz.live_revision_id is not None, quiz.title
            assert (quiz.title, quiz.pass_mark, quiz.max_attempts) == (
                data["title"],
                data["pass_mark"],
                data["max_attempts"],
            )
            raw = list(quiz.questions.raw_data)
            assert _without_images(raw) == _without_images(data["questions"])
            validator.clean(validator.to_python(raw))
            validator.clean(validator.to_python(quiz.live_revision.content["questions"]))
        for lesson in manifest["lessons"]:
            if lesson["quiz"] is not None:
                quiz = lessons[lesson["slug"]].quiz
                assert quiz.title == f"Kiểm tra nhanh: {lesson['title']}"
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
        "Hình câu hỏi: tin nhắn Zalo trúng thưởng giả",
        "Hình câu hỏi: tin nhắn giả dọa cắt điện",
        "Hình câu hỏi: lời mời kết bạn Zalo xưng cán bộ Hội",
    } <= pictured
    (scam_sms,) = [b for b in blocks if b.value["prompt"] == "Tin nhắn nào là tin nhắn lừa đảo?"]
    assert scam_sms.block_type == "image_choice"
    correct = [choice["image"].title for choice in scam_sms.value["choices"] if choice["correct"]]
    assert correct == ["Hình câu hỏi: tin nhắn ngân hàng giả dọa khóa tài khoản"]


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

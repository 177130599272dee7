"""A course using every lesson block and every question kind, with pictures, for the course
package tests; and a canonical form of what a site holds, written independently of the
package code (image ids replaced by the bytes' digest)."""

import hashlib
import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from courses.models import CoursePage, LessonPage
from quizzes.models import Quiz
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.quizzes.factories import QuizFactory, multiple, true_false

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200">'
    b'<rect width="320" height="200" fill="#0f766e"/></svg>'
)


def png(colour, size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def make_image(title, data, name, description=""):
    return get_image_model().objects.create(
        title=title,
        description=description,
        file=ContentFile(data, name=name),
        width=40,
        height=30,
    )


def picture(image, alt, decorative=False):
    return {"image": image.pk, "alt_text": alt, "decorative": decorative}


def build_course(parent):
    """The course, its three quizzes and five pictures (one SVG), published."""
    cover = make_image("Bìa", png("teal"), "bia.png", "Ảnh bìa")
    zalo = make_image("Zalo", png("blue"), "zalo.png")
    step = make_image("Cài đặt", png("green"), "cai-dat.png")
    lock = make_image("Ổ khóa", png("gray"), "o-khoa.png")
    sms = make_image("Tin nhắn", SVG, "tin-nhan.svg")

    lesson_quiz = QuizFactory(
        title="Kiểm tra bài 1",
        instructions="Hai câu.",
        pass_mark=60,
        show_answers="each_attempt",
        shuffle_choices=True,
        questions=[
            {
                "type": "single_choice",
                "id": "q1",
                "value": {
                    "prompt": "Ai được biết mã OTP?",
                    "scenario": "Ngân hàng X: đọc mã OTP.",
                    "image": picture(sms, "Tin nhắn đòi mã OTP"),
                    "explanation": "Không ai cả.",
                    "choices": [
                        {
                            "type": "item",
                            "id": "q1a",
                            "value": {"text": "Không ai", "correct": True, "feedback": "Đúng"},
                        },
                        {
                            "type": "item",
                            "id": "q1b",
                            "value": {"text": "Nhân viên", "correct": False, "feedback": ""},
                        },
                    ],
                },
            },
            true_false("q2", "Nên bật xác thực hai lớp.", answer="true"),
        ],
    )
    picture_quiz = QuizFactory(
        title="Kiểm tra bài 2",
        show_answers="last_attempt",
        questions=[
            multiple("q1", "Dấu hiệu link giả?", (("Tên miền lạ", True), ("Có https", False))),
            {
                "type": "image_choice",
                "id": "q2",
                "value": {
                    "prompt": "Trang nào an toàn?",
                    "scenario": "",
                    "image": {"image": None, "alt_text": "", "decorative": False},
                    "explanation": "",
                    "choices": [
                        {
                            "type": "item",
                            "id": "q2a",
                            "value": {
                                "image": picture(lock, "Ổ khóa đóng"),
                                "correct": True,
                                "feedback": "",
                            },
                        },
                        {
                            "type": "item",
                            "id": "q2b",
                            "value": {
                                "image": picture(sms, "Tin nhắn lạ"),
                                "correct": False,
                                "feedback": "Không phải",
                            },
                        },
                    ],
                },
            },
        ],
    )
    final = QuizFactory(title="Cuối khóa", max_attempts=3, shuffle_questions=True)

    course = CoursePageFactory(
        parent=parent,
        title="An toàn tài khoản",
        slug="an-toan",
        topic="safety",
        summary="Giữ tài khoản an toàn.",
        color="#123456",
        intro='<p>Học <b>an toàn</b> với <a href="https://example.vn/x">trang này</a>.</p>',
        outcomes=[{"type": "outcome", "value": "Nhận ra lừa đảo"}],
        cover=cover,
        final_quiz=final,
    )
    LessonPageFactory(
        parent=course,
        title="Bài 1",
        slug="bai-1",
        summary="Mở đầu.",
        minutes=7,
        quiz=lesson_quiz,
        body=[
            {"type": "text", "id": "b1", "value": "<h3>Chào</h3><ul><li>Một</li></ul>"},
            {
                "type": "image",
                "id": "b2",
                "value": {"image": picture(zalo, "Màn hình Zalo"), "caption": "Zalo"},
            },
            {
                "type": "video",
                "id": "b3",
                "value": {
                    "url": "https://video.example/otp",
                    "title": "Lừa OTP",
                    "minutes": 3,
                    "size_mb": "12.5",
                },
            },
            {
                "type": "callout",
                "id": "b4",
                "value": {"kind": "warning", "title": "Cẩn thận", "text": "<p><i>Lừa</i></p>"},
            },
        ],
    )
    LessonPageFactory(
        parent=course,
        title="Bài 2",
        slug="bai-2",
        summary="",
        minutes=5,
        quiz=picture_quiz,
        body=[
            {
                "type": "steps",
                "id": "b5",
                "value": {
                    "title": "Bật xác thực",
                    "steps": [
                        {
                            "type": "item",
                            "id": "s1",
                            "value": {
                                "text": "<p>Bấm <b>Cài đặt</b>.</p>",
                                "screenshot": picture(step, "Nút Cài đặt"),
                            },
                        },
                        {
                            "type": "item",
                            "id": "s2",
                            "value": {
                                "text": "<p>Xong.</p>",
                                "screenshot": picture(zalo, "", decorative=True),
                            },
                        },
                    ],
                },
            },
            {
                "type": "do_dont",
                "id": "b6",
                "value": {
                    "do": [{"type": "item", "id": "d1", "value": "Kiểm tra tên miền"}],
                    "dont": [{"type": "item", "id": "d2", "value": "Bấm link lạ"}],
                },
            },
        ],
    )
    for page in [course, *LessonPage.objects.child_of(course)]:
        page.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def digest(image_id):
    image = get_image_model().objects.get(pk=image_id)
    with image.open_file() as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def canonical(data):
    """Raw stream data with every ImageBlock's image id replaced by its file's digest."""
    if isinstance(data, list):
        return [canonical(item) for item in data]
    if isinstance(data, dict):
        if set(data) == {"image", "alt_text", "decorative"}:
            image = data["image"]
            return {**data, "image": digest(image) if image is not None else None}
        return {key: canonical(value) for key, value in data.items()}
    return data


def _quiz(quiz):
    if quiz is None:
        return None
    return {
        "title": quiz.title,
        "instructions": quiz.instructions,
        "rules": (
            quiz.pass_mark,
            quiz.max_attempts,
            quiz.show_answers,
            quiz.shuffle_questions,
            quiz.shuffle_choices,
        ),
        "live": (quiz.live, quiz.live_revision_id is not None),
        "questions": canonical(list(quiz.questions.raw_data)),
    }


def site_course(course):
    """Everything the package should carry, in a form two sites can compare."""
    course = CoursePage.objects.get(pk=course.pk)
    lessons = LessonPage.objects.child_of(course).order_by("path")
    return {
        "course": {
            "fields": (
                course.title,
                course.slug,
                course.topic,
                course.summary,
                course.color,
                course.intro,
            ),
            "outcomes": [block.value for block in course.outcomes],
            "cover": digest(course.cover_id),
            "final_quiz": _quiz(course.final_quiz),
        },
        "lessons": [
            {
                "fields": (lesson.title, lesson.slug, lesson.summary, lesson.minutes),
                "body": canonical(list(lesson.body.raw_data)),
                "quiz": _quiz(lesson.quiz),
            }
            for lesson in lessons
        ],
    }


def site_images():
    """(title, description, digest) of every image."""
    return sorted(
        (image.title, image.description, digest(image.pk))
        for image in get_image_model().objects.all()
    )


def counts():
    from wagtail.models import Page

    return (
        Page.objects.count(),
        Quiz.objects.count(),
        get_image_model().objects.count(),
    )

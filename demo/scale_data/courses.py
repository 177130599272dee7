"""Published courses of demo lessons, each with one quiz, as a trainer would leave them."""

from courses.models import CoursePage, LessonPage
from demo.loader import ensure_course_index, lesson_contents
from demo.scale_data.scale import CODE_PREFIX
from quizzes.models import Quiz


def _choices(question_id, choices):
    return [
        {
            "type": "item",
            "id": f"{question_id}{letter}",
            "value": {"text": text, "correct": correct, "feedback": ""},
        }
        for letter, (text, correct) in zip("abcd", choices, strict=False)
    ]


QUIZ_QUESTIONS = [
    {
        "type": "single_choice",
        "id": "q1",
        "value": {
            "prompt": "Ngân hàng có bao giờ hỏi mã OTP của chị không?",
            "scenario": "",
            "image": {"image": None, "alt_text": "", "decorative": False},
            "explanation": "Ngân hàng không bao giờ hỏi mã OTP.",
            "choices": _choices("q1", [("Không bao giờ", True), ("Có, khi cần", False)]),
        },
    },
    {
        "type": "multiple_choice",
        "id": "q2",
        "value": {
            "prompt": "Dấu hiệu nào cho thấy một đường link là giả?",
            "scenario": "",
            "image": {"image": None, "alt_text": "", "decorative": False},
            "explanation": "",
            "partial_credit": True,
            "choices": _choices(
                "q2", [("Tên miền lạ", True), ("Đuôi .top", True), ("Có chữ https", False)]
            ),
        },
    },
    {
        "type": "true_false",
        "id": "q3",
        "value": {
            "prompt": "Nên dùng một mật khẩu cho mọi tài khoản.",
            "scenario": "",
            "image": {"image": None, "alt_text": "", "decorative": False},
            "explanation": "",
            "answer": "false",
            "feedback_true": "",
            "feedback_false": "",
        },
    },
]


def make_quiz(title):
    quiz = Quiz(
        title=title,
        instructions="Ba câu hỏi ngắn; đạt 70% là xong bài.",
        pass_mark=70,
        max_attempts=0,
        shuffle_questions=False,
        shuffle_choices=False,
        live=True,
        questions=QUIZ_QUESTIONS,
    )
    quiz.save()
    quiz.save_revision().publish()
    return quiz


def correct_answers(snapshot):
    """{question id: [correct choice ids]} for a snapshot: a full-marks attempt."""
    return {
        q["id"]: sorted(c["id"] for c in q["choices"] if c["correct"])
        for q in snapshot["questions"]
    }


def add_course(index, *, number, slug, lessons, quiz_at=None, contents=None):
    """A published course of ``lessons`` published lessons under ``index``; the lesson at
    ``quiz_at`` (default: the last) is completed by passing a new quiz. Returns
    ``(course, [lessons], quiz)``. Lesson bodies are the demo courses' real lessons."""
    contents = contents or lesson_contents()
    quiz_at = lessons - 1 if quiz_at is None else quiz_at
    quiz = make_quiz(f"Kiểm tra nhanh: khóa học mẫu {number}")
    course = CoursePage(
        title=f"Khóa học mẫu {number}",
        slug=slug,
        topic="safety",
        summary="Khóa học tạo tự động để đo hiệu năng.",
        intro="<p>Khóa học tạo tự động để đo hiệu năng của Sen.</p>",
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    pages = []
    for j in range(lessons):
        title, summary, minutes, body = contents[(number * lessons + j) % len(contents)]
        lesson = LessonPage(
            title=title,
            slug=f"bai-{j + 1:02d}",
            summary=summary,
            minutes=minutes,
            body=body,
            quiz=quiz if j == quiz_at else None,
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        pages.append(lesson)
    return course, pages, quiz


def make_courses(scale):
    index = ensure_course_index()
    contents = lesson_contents()
    return [
        add_course(
            index,
            number=i,
            slug=f"{CODE_PREFIX}course-{i}",
            lessons=scale.lessons,
            contents=contents,
        )
        for i in range(1, scale.courses + 1)
    ]

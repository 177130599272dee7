"""Every invalid quiz is refused with a Vietnamese message at its field, through the quiz
editor's Publish and its autosave, and the published quiz is not touched.

Each case is one way a question block of ``quizzes.blocks`` or a field of the Quiz snippet can
be wrong, with the message and where it shows (the path inside the StreamField). "draft keeps
it": a draft may be unfinished (Save draft, autosave), only Publish refuses; otherwise the
autosave is refused too."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from quizzes.models import Quiz
from tests.courses.admin_posts import field_errors
from tests.lms.factories import trainer_user
from tests.quizzes.factories import QuizFactory
from tests.quizzes.test_admin_authoring import base, choice, listblock, picture_field, quiz_form

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}
REQUIRED = "Trường này là bắt buộc."
DESCRIBE = "Hãy mô tả hình cho hội viên không xem được ảnh."
EXACTLY_ONE = "Hãy đánh dấu đúng một lựa chọn là đáp án đúng."
EXACTLY_ONE_PICTURE = "Hãy đánh dấu đúng một hình là đáp án đúng."
AT_LEAST_ONE_RIGHT = "Hãy đánh dấu ít nhất một lựa chọn là đáp án đúng."
ONE_WRONG = "Hãy để ít nhất một lựa chọn không phải đáp án đúng."
MANGLED = (
    "Nội dung gửi lên không đầy đủ. Hãy tải lại trang rồi thử lại; những gì đã lưu vẫn còn nguyên."
)
AUTOSAVE_REFUSED = {
    "success": False,
    "error_code": "validation_error",
    "error_message": "Có lỗi cần sửa, bấm lưu để đánh dấu các lỗi.",
}


def single(*choices, prompt="Ai được biết mã OTP?", **extra):
    return ("single_choice", base(prompt, choices=listblock(choices), **extra))


def multiple(*choices):
    return ("multiple_choice", base("Dấu hiệu của link giả?", choices=listblock(choices)))


def true_false(answer):
    return ("true_false", base("Nên bật xác thực hai lớp.", answer=answer))


def pictures(*choices):
    items = [
        {"image": image, "feedback": "", **({"correct": "on"} if correct else {})}
        for image, correct in choices
    ]
    return ("image_choice", base("Tin nhắn nào là lừa đảo?", choices=listblock(items)))


RIGHT, WRONG = choice("Không ai cả", True), choice("Nhân viên ngân hàng")

# (case, questions, other fields, field, errors by path, draft keeps it)
CASES = [
    ("no question", [], {}, "questions", {"": ["Bài kiểm tra cần ít nhất một câu hỏi."]}, True),
    (
        "empty question",
        [single(RIGHT, WRONG, prompt="")],
        {},
        "questions",
        {"0/prompt": [REQUIRED]},
        True,
    ),
    (
        "question too long",
        [("single_choice", base("x" * 501, choices=listblock([RIGHT, WRONG])))],
        {},
        "questions",
        {"0/prompt": ["Giá trị này chỉ có tối đa 500 kí tự (hiện có 501)"]},
        False,
    ),
    ("one choice only", [single(RIGHT)], {}, "questions", {"0/choices": ["Tối thiểu 2 mục"]}, True),
    (
        "nine choices",
        [single(RIGHT, *[choice(f"Sai {i}") for i in range(8)])],
        {},
        "questions",
        {"0/choices": ["Tối đa 8 mục"]},
        False,
    ),
    (
        "no right answer",
        [single(WRONG, WRONG)],
        {},
        "questions",
        {"0/choices": [EXACTLY_ONE]},
        True,
    ),
    (
        "two right answers",
        [single(RIGHT, RIGHT)],
        {},
        "questions",
        {"0/choices": [EXACTLY_ONE]},
        True,
    ),
    (
        "choice without words",
        [single(choice("", True), WRONG)],
        {},
        "questions",
        {"0/choices/0/text": [REQUIRED]},
        True,
    ),
    (
        "all that apply, none right",
        [multiple(WRONG, WRONG)],
        {},
        "questions",
        {"0/choices": [AT_LEAST_ONE_RIGHT]},
        True,
    ),
    (
        "all that apply, all right",
        [multiple(RIGHT, RIGHT, RIGHT)],
        {},
        "questions",
        {"0/choices": [ONE_WRONG]},
        True,
    ),
    (
        "true or false not answered",
        [true_false("")],
        {},
        "questions",
        {"0/answer": [REQUIRED]},
        True,
    ),
    (
        "true or false neither",
        [true_false("maybe")],
        {},
        "questions",
        {
            "0/answer": [
                "Hãy chọn một lựa chọn hợp lệ. maybe không phải là một trong các lựa chọn khả thi."
            ]
        },
        False,
    ),
    (
        "picture choices without pictures",
        [pictures(("NONE", True), ("NONE", False))],
        {},
        "questions",
        {"0/choices/0/image/image": [REQUIRED], "0/choices/1/image/image": [REQUIRED]},
        True,
    ),
    (
        "picture choice without description",
        [pictures(("IMAGE", True), ("IMAGE+ALT", False))],
        {},
        "questions",
        {"0/choices/0/image/alt_text": [DESCRIBE]},
        True,
    ),
    (
        "picture choice marked decoration",
        [pictures(("DECORATIVE", True), ("IMAGE+ALT", False))],
        {},
        "questions",
        {"0/choices/0/image/alt_text": [DESCRIBE]},
        True,
    ),
    (
        "two right pictures",
        [pictures(("IMAGE+ALT", True), ("IMAGE+ALT", True))],
        {},
        "questions",
        {"0/choices": [EXACTLY_ONE_PICTURE]},
        True,
    ),
    (
        "question picture marked decoration",
        [single(RIGHT, WRONG, image="DECORATIVE")],
        {},
        "questions",
        {"0/image/alt_text": [DESCRIBE]},
        True,
    ),
    (
        "question picture without description",
        [single(RIGHT, WRONG, image="IMAGE")],
        {},
        "questions",
        {"0/image/alt_text": [DESCRIBE]},
        True,
    ),
    (
        "questions sent without their count",
        [single(RIGHT, WRONG)],
        {"questions-count": "abc"},
        "questions",
        {"": [MANGLED]},
        False,
    ),
    (
        "pass mark over 100",
        [single(RIGHT, WRONG)],
        {"pass_mark": "101"},
        "pass_mark",
        {"": ["Đảm bảo giá trị này là nhỏ hơn hoặc bằng với 100 ."]},
        False,
    ),
    (
        "pass mark below 0",
        [single(RIGHT, WRONG)],
        {"pass_mark": "-1"},
        "pass_mark",
        {"": ["Đảm bảo giá trị này lớn hơn hoặc bằng với 0 ."]},
        False,
    ),
    (
        "pass mark not a number",
        [single(RIGHT, WRONG)],
        {"pass_mark": "bảy mươi"},
        "pass_mark",
        {"": ["Nhập một số tổng thể."]},
        False,
    ),
    (
        "attempts below 0",
        [single(RIGHT, WRONG)],
        {"max_attempts": "-1"},
        "max_attempts",
        {"": ["Đảm bảo giá trị này lớn hơn hoặc bằng với 0 ."]},
        False,
    ),
    ("no title", [single(RIGHT, WRONG)], {"title": ""}, "title", {"": [REQUIRED]}, True),
]


@pytest.fixture
def image():
    return get_image_model().objects.create(title="SMS", file=get_test_image_file())


def _with_image(value, image):
    if value == "NONE":
        return picture_field(None)
    if value == "IMAGE":
        return picture_field(image)
    if value == "IMAGE+ALT":
        return picture_field(image, "Tin nhắn báo trúng thưởng")
    if value == "DECORATIVE":
        return {**picture_field(image), "decorative": "on"}
    if isinstance(value, dict):
        return {key: _with_image(item, image) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_with_image(item, image) for item in value)
    return value


def _saved(quiz):
    quiz = Quiz.objects.get(pk=quiz.pk)
    revision = quiz.latest_revision
    return quiz.live, quiz.title, list(quiz.questions.raw_data), revision.pk, revision.content


@pytest.mark.parametrize(
    ("questions", "fields", "field", "errors", "draft_keeps_it"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_an_invalid_quiz_is_refused_at_its_field(
    client, home, image, questions, fields, field, errors, draft_keeps_it
):
    trainer = trainer_user()
    client.force_login(trainer)
    quiz = QuizFactory(title="Nhận biết lừa đảo")
    url = f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/"
    loaded = {
        "loaded_revision_id": str(quiz.latest_revision.pk),
        "loaded_revision_created_at": quiz.latest_revision.created_at.isoformat(),
    }
    before = _saved(quiz)

    def form(**extra):
        data = quiz_form(_with_image(questions, image), **{"title": "Nhận biết lừa đảo", **extra})
        data.update(fields)
        data.update(loaded)
        return data

    response = client.post(url, form(**{"action-publish": "action-publish"}))
    assert response.status_code == 200
    assert field_errors(response, field) == errors
    assert _saved(quiz) == before

    autosave = client.post(url, form(instructions="Đang sửa"), **AUTOSAVE)
    saved = _saved(quiz)
    assert saved[:3] == before[:3]  # the published quiz is untouched
    if draft_keeps_it:
        assert autosave.status_code == 200 and autosave.json()["success"] is True
        assert saved[3] == autosave.json()["revision_id"] != before[3]
        assert saved[4]["instructions"] == "Đang sửa"  # her work is kept, as a draft
    else:
        assert autosave.status_code == 400
        assert autosave.json() == AUTOSAVE_REFUSED
        assert saved == before

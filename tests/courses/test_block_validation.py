"""Every invalid lesson block is refused with a Vietnamese message at its field, through the
page editor's Publish and its autosave, and nothing the trainer had saved is lost.

Each case is one way a block of ``courses.blocks`` can be wrong, read from the block
definitions, with the message the trainer sees and where (the path of the field inside the
StreamField). "draft keeps it": Wagtail lets a draft be incomplete, so the autosave stores what
she typed as a draft and only Publish refuses; otherwise the autosave is refused too."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import rich_text, streamfield

from courses.models import CoursePage, LessonPage
from tests.courses.admin_posts import (
    AUTOSAVE,
    PUBLISH,
    edit_url,
    field_errors,
    lesson_form,
    text,
)
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.lms.factories import trainer_user

pytestmark = pytest.mark.django_db

REQUIRED = "Trường này là bắt buộc."
WRITE = "Hãy viết nội dung, hoặc xóa phần này."
DESCRIBE = "Hãy mô tả hình cho hội viên không xem được ảnh."
AT_LEAST_ONE = "Tối thiểu 1 mục"
MANGLED = (
    "Nội dung gửi lên không đầy đủ. Hãy tải lại trang rồi thử lại; những gì đã lưu vẫn còn nguyên."
)
AUTOSAVE_REFUSED = {
    "success": False,
    "error_code": "validation_error",
    "error_message": "Có lỗi cần sửa, bấm lưu để đánh dấu các lỗi.",
}
EMPTY_EDITOR = "null"  # what Draftail sends when nothing is written


def picture(image, alt=""):
    return {"image": str(image.pk) if image else "", "alt_text": alt}


def video(url="https://youtu.be/abc", title="Video", minutes="3", size_mb="12.5"):
    return ("video", {"url": url, "title": title, "minutes": minutes, "size_mb": size_mb})


def steps(*items, title="Bật xác thực hai lớp"):
    return ("steps", {"title": title, "steps": streamfield([("item", i) for i in items])})


def step(words="<p>Mở Cài đặt.</p>", screenshot=None):
    return {"text": rich_text(words), "screenshot": screenshot or picture(None)}


# (case, body, errors by path, draft keeps it)
CASES = [
    ("nothing in the lesson", [], {"": [REQUIRED]}, True),
    ("empty text", [("text", EMPTY_EDITOR)], {"0": [REQUIRED]}, True),
    ("text of spaces", [text("<p>   </p>")], {"0": [WRITE]}, True),
    (
        "picture not chosen",
        [("image", {"image": picture(None), "caption": ""})],
        {"0/image/image": [REQUIRED]},
        True,
    ),
    (
        "picture without its description",
        [("image", {"image": "IMAGE", "caption": "Màn hình Zalo"})],
        {"0/image/alt_text": [DESCRIBE]},
        True,
    ),
    (
        "caption too long",
        [("image", {"image": "IMAGE+ALT", "caption": "x" * 251})],
        {"0/caption": ["Giá trị này chỉ có tối đa 250 kí tự (hiện có 251)"]},
        False,
    ),
    (
        "empty video",
        [video(url="", title="", minutes="", size_mb="")],
        {
            "0/url": [REQUIRED],
            "0/title": [REQUIRED],
            "0/minutes": [REQUIRED],
            "0/size_mb": [REQUIRED],
        },
        True,
    ),
    (
        "video address not a web address, no length, negative size",
        [video(url="javascript:alert(1)", minutes="0", size_mb="-1")],
        {
            "0/url": ["Nhập một URL hợp lệ."],
            "0/minutes": ["Đảm bảo giá trị này lớn hơn hoặc bằng với 1 ."],
            "0/size_mb": ["Đảm bảo giá trị này lớn hơn hoặc bằng với 0 ."],
        },
        False,
    ),
    (
        "video too long and too big",
        [video(minutes="181", size_mb="1234567")],
        {
            "0/minutes": ["Đảm bảo giá trị này là nhỏ hơn hoặc bằng với 180 ."],
            "0/size_mb": ["Đảm bảo rằng tối đa không có nhiều hơn 6 số."],
        },
        False,
    ),
    (
        "tip with no title and no text",
        [("callout", {"kind": "tip", "title": "", "text": EMPTY_EDITOR})],
        {"0/title": [REQUIRED], "0/text": [REQUIRED]},
        True,
    ),
    (
        "tip of a kind that does not exist",
        [("callout", {"kind": "evil", "title": "Mẹo", "text": rich_text("<p>Chữ.</p>")})],
        {
            "0/kind": [
                "Hãy chọn một lựa chọn hợp lệ. evil không phải là một trong các lựa chọn khả thi."
            ]
        },
        False,
    ),
    (
        "numbered steps with no title and no step",
        [steps(title="")],
        {"0/title": [REQUIRED], "0/steps": [AT_LEAST_ONE]},
        True,
    ),
    (
        "step with a screenshot but no description",
        [steps(step(screenshot="IMAGE"))],
        {"0/steps/0/screenshot/alt_text": [DESCRIBE]},
        True,
    ),
    (
        "step with nothing to do",
        [steps(step(words="<p> </p>", screenshot="IMAGE+ALT"))],
        {"0/steps/0/text": [WRITE]},
        True,
    ),
    (
        "do and don't with no lines",
        [("do_dont", {"do": streamfield([]), "dont": streamfield([])})],
        {"0/do": [AT_LEAST_ONE], "0/dont": [AT_LEAST_ONE]},
        True,
    ),
    (
        "do and don't with an empty line",
        [
            (
                "do_dont",
                {
                    "do": streamfield([("item", "Đặt mật khẩu dài")]),
                    "dont": streamfield([("item", "")]),
                },
            )
        ],
        {"0/dont/0": [REQUIRED]},
        True,
    ),
]

# Posts Wagtail's editor cannot send: (case, changes to a valid form, errors at Publish,
# whether the autosave keeps a draft).
TAMPERED = [
    ("count not a number", {"body-count": "abc"}, {"": [MANGLED]}, False),
    ("count missing", {"body-count": None}, {"": [MANGLED]}, False),
    ("order not a number", {"body-0-order": "x"}, {"": [MANGLED]}, False),
    ("picture id not a number", {"body-0-value-image-image": "abc"}, {"": [MANGLED]}, False),
    # A picture deleted since the form was loaded: as if none was chosen.
    (
        "picture id of nothing",
        {"body-0-value-image-image": "999999"},
        {"0/image/image": [REQUIRED]},
        True,
    ),
]


@pytest.fixture
def image():
    return get_image_model().objects.create(title="Zalo", file=get_test_image_file())


@pytest.fixture
def trainer(client, home):
    user = trainer_user()
    client.force_login(user)
    return user


@pytest.fixture
def lesson(home, trainer):
    """A published lesson: the valid version a refused post must not touch."""
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home), title="Mật khẩu mạnh")
    lesson.save_revision(user=trainer).publish()
    return LessonPage.objects.get(pk=lesson.pk)


def _with_image(value, image):
    """Put the test picture where a case says IMAGE (no description) or IMAGE+ALT."""
    if value == "IMAGE":
        return picture(image)
    if value == "IMAGE+ALT":
        return picture(image, "Nút Cài đặt")
    if isinstance(value, dict):
        return {key: _with_image(item, image) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_with_image(item, image) for item in value)
    return value


def _saved(page):
    """What is saved: the live content and the latest revision (id and content)."""
    page = LessonPage.objects.get(pk=page.pk)
    revision = page.get_latest_revision()
    return page.live, page.title, list(page.body.raw_data), revision.pk, revision.content


@pytest.mark.parametrize(
    ("body", "errors", "draft_keeps_it"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_an_invalid_block_is_refused_at_its_field(
    client, lesson, image, body, errors, draft_keeps_it
):
    body = _with_image(body, image)
    before = _saved(lesson)

    response = client.post(edit_url(lesson), lesson_form(lesson, body, **PUBLISH))
    assert response.status_code == 200
    assert field_errors(response, "body") == errors
    assert _saved(lesson) == before

    autosave = client.post(
        edit_url(lesson), lesson_form(lesson, body, title="Đang sửa"), **AUTOSAVE
    )
    saved = _saved(lesson)
    assert saved[:3] == before[:3]  # the live lesson is untouched
    if draft_keeps_it:
        assert autosave.status_code == 200 and autosave.json()["success"] is True
        assert saved[3] == autosave.json()["revision_id"] != before[3]
        assert saved[4]["title"] == "Đang sửa"  # her work is kept, as a draft
    else:
        assert autosave.status_code == 400
        assert autosave.json() == AUTOSAVE_REFUSED
        assert saved == before


@pytest.mark.parametrize(
    ("changes", "errors", "draft_keeps_it"),
    [case[1:] for case in TAMPERED],
    ids=[case[0] for case in TAMPERED],
)
def test_a_post_the_editor_cannot_send_is_refused_without_an_error_page(
    client, lesson, image, changes, errors, draft_keeps_it
):
    before = _saved(lesson)
    body = [("image", {"image": picture(image, "Màn hình"), "caption": ""})]

    def post(**extra):
        data = lesson_form(lesson, body, **extra)
        for key, value in changes.items():
            if value is None:
                del data[key]
            else:
                data[key] = value
        return data

    response = client.post(edit_url(lesson), post(**PUBLISH))
    assert response.status_code == 200
    assert field_errors(response, "body") == errors
    assert _saved(lesson) == before

    autosave = client.post(edit_url(lesson), post(), **AUTOSAVE)
    assert _saved(lesson)[:3] == before[:3]
    if draft_keeps_it:
        assert autosave.status_code == 200 and autosave.json()["success"] is True
    else:
        assert autosave.status_code == 400 and autosave.json() == AUTOSAVE_REFUSED
        assert _saved(lesson) == before


def test_a_valid_lesson_is_published_after_a_refusal(client, lesson, image):
    """The oracle's other side: the same form, corrected, publishes."""
    bad = [steps(step(screenshot="IMAGE"))]
    good = [steps(step(screenshot="IMAGE+ALT")), text("<p>Xong.</p>")]
    assert (
        client.post(
            edit_url(lesson), lesson_form(lesson, _with_image(bad, image), **PUBLISH)
        ).status_code
        == 200
    )
    response = client.post(
        edit_url(lesson), lesson_form(lesson, _with_image(good, image), **PUBLISH)
    )
    assert response.status_code == 302
    published = LessonPage.objects.get(pk=lesson.pk)
    screenshot = published.body[0].value["steps"][0]["screenshot"]
    assert screenshot.contextual_alt_text == "Nút Cài đặt"
    assert published.latest_revision_id == published.live_revision_id


# A course: its own fields and its "what you will learn" lines.
def _course_form(course, **fields):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    data = nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "topic": "safety",
            "summary": "Giữ tài khoản an toàn.",
            "cover": "",
            "color": "#0f766e",
            "intro": rich_text("<p>Giới thiệu.</p>"),
            "outcomes": streamfield([("outcome", "Đặt mật khẩu mạnh")]),
            "final_quiz": "",
            "comments": inline_formset([]),
            **fields,
        }
    )
    data.update(PUBLISH)
    return data


@pytest.mark.parametrize(
    ("fields", "field", "errors"),
    [
        ({"color": "red"}, "color", {"": ["Nhập màu dạng #0f766e."]}),
        ({"outcomes": streamfield([("outcome", "")])}, "outcomes", {"0": [REQUIRED]}),
        (
            {"outcomes": streamfield([("outcome", "x" * 201)])},
            "outcomes",
            {"0": ["Giá trị này chỉ có tối đa 200 kí tự (hiện có 201)"]},
        ),
        ({"outcomes-count": "abc"}, "outcomes", {"": [MANGLED]}),
        ({"intro": EMPTY_EDITOR}, "intro", {"": [REQUIRED]}),
    ],
    ids=[
        "colour not a colour",
        "empty outcome",
        "outcome too long",
        "tampered outcomes",
        "no intro",
    ],
)
def test_an_invalid_course_field_is_refused_at_the_field(
    client, home, trainer, fields, field, errors
):
    course = CoursePageFactory(parent=home, title="An toàn tài khoản")
    course.save_revision(user=trainer).publish()
    before = CoursePage.objects.get(pk=course.pk).get_latest_revision().content
    response = client.post(edit_url(course), _course_form(course, **fields))
    assert response.status_code == 200
    assert field_errors(response, field) == errors
    assert CoursePage.objects.get(pk=course.pk).get_latest_revision().content == before

"""Trainers author quizzes through the Wagtail admin's own snippet forms."""

import json

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, streamfield

from quizzes.models import Quiz
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/quizzes/quiz/add/"


def listblock(items):
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i), "id": ""}
        for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def choice(text, correct=False, feedback=""):
    value = {"text": text, "feedback": feedback}
    if correct:
        value["correct"] = "on"
    return value


def picture_field(image, alt=""):
    """An ImageBlock's form fields: the chosen image and its description."""
    return {"image": str(image.pk) if image else "", "alt_text": alt}


def base(prompt, **extra):
    return {
        "prompt": prompt,
        "scenario": "",
        "image": picture_field(None),
        "explanation": "",
        **extra,
    }


def quiz_form(questions, **fields):
    data = {
        "title": "Nhận biết lừa đảo",
        "instructions": "Chọn câu trả lời đúng.",
        "pass_mark": "70",
        "max_attempts": "0",
        "show_answers": "passed_or_last",
        "shuffle_choices": "on",
        "questions": streamfield(questions),
    }
    data.update(fields)
    return nested_form_data(data)


def stream_errors(response):
    """The StreamField's validation messages, as the admin sends them to its editor."""
    error = response.context["form"].errors["questions"].as_data()[0]
    return json.dumps(error.as_json_data(), ensure_ascii=False)


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def pictures():
    image_model = get_image_model()
    return [
        image_model.objects.create(title=f"SMS {i}", file=get_test_image_file(f"sms{i}.png"))
        for i in range(2)
    ]


def every_question_type(pictures):
    return [
        (
            "single_choice",
            base(
                "Ai được biết mã OTP của chị?",
                scenario="Ngân hàng X: Quý khách vui lòng đọc mã OTP cho nhân viên.",
                choices=listblock(
                    [choice("Không ai cả", True, "Đúng."), choice("Nhân viên ngân hàng")]
                ),
            ),
        ),
        (
            "multiple_choice",
            base(
                "Dấu hiệu của link giả?",
                partial_credit="on",
                choices=listblock(
                    [choice("Tên miền lạ", True), choice("Đuôi .top", True), choice("Có ổ khóa")]
                ),
            ),
        ),
        (
            "true_false",
            base("Nên bật xác thực hai lớp.", answer="true", feedback_true="", feedback_false=""),
        ),
        (
            "image_choice",
            base(
                "Tin nhắn nào là lừa đảo?",
                choices=listblock(
                    [
                        {
                            "image": picture_field(pictures[0], "Tin báo trúng thưởng"),
                            "correct": "on",
                            "feedback": "",
                        },
                        {
                            "image": picture_field(pictures[1], "Tin nhắn của con gái"),
                            "feedback": "",
                        },
                    ]
                ),
            ),
        ),
    ]


def test_admin_publishes_a_quiz_with_every_question_type(admin_client, pictures):
    data = quiz_form(every_question_type(pictures))
    data["action-publish"] = "action-publish"
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    quiz = Quiz.objects.get()
    assert quiz.live and quiz.live_revision is not None
    assert [block.block_type for block in quiz.questions] == [
        "single_choice",
        "multiple_choice",
        "true_false",
        "image_choice",
    ]
    ids = [block.id for block in quiz.questions]
    assert all(ids) and len(set(ids)) == 4
    choice_ids = [item.id for item in quiz.questions[0].value["choices"].bound_blocks]
    assert all(choice_ids)


def test_a_question_without_a_correct_choice_cannot_be_published(admin_client):
    questions = [
        ("single_choice", base("Câu hỏi?", choices=listblock([choice("A"), choice("B")]))),
    ]
    data = quiz_form(questions)
    data["action-publish"] = "action-publish"
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Hãy đánh dấu đúng một lựa chọn là đáp án đúng." in stream_errors(response)
    assert not Quiz.objects.exists()


def test_a_quiz_without_questions_cannot_be_published(admin_client):
    data = quiz_form([])
    data["action-publish"] = "action-publish"
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Bài kiểm tra cần ít nhất một câu hỏi." in stream_errors(response)
    assert not Quiz.objects.exists()


def test_a_picture_needs_a_description(admin_client, pictures):
    questions = [
        (
            "single_choice",
            base(
                "Câu hỏi?",
                image=picture_field(pictures[0]),
                choices=listblock([choice("A", True), choice("B")]),
            ),
        ),
    ]
    data = quiz_form(questions)
    data["action-publish"] = "action-publish"  # a draft may wait for its description
    response = admin_client.post(ADD_URL, data)
    assert "Hãy mô tả hình cho hội viên không xem được ảnh." in stream_errors(response)
    assert not Quiz.objects.exists()


def test_saving_a_draft_does_not_make_the_quiz_live(admin_client, pictures):
    response = admin_client.post(ADD_URL, quiz_form(every_question_type(pictures)))
    assert response.status_code == 302
    assert not Quiz.objects.get().live


def test_preview_shows_the_quiz_as_a_member_sees_it_without_answers(admin_client, pictures):
    data = quiz_form(every_question_type(pictures))
    response = admin_client.post("/admin/snippets/quizzes/quiz/preview/", data)
    assert response.json()["is_valid"]
    preview = admin_client.get("/admin/snippets/quizzes/quiz/preview/").content.decode()
    assert "Ai được biết mã OTP của chị?" in preview
    assert "Ngân hàng X: Quý khách vui lòng đọc mã OTP" in preview
    assert "Đúng." not in preview  # choice feedback stays hidden


def test_quiz_list_says_published_or_draft_in_words(admin_client):
    from tests.quizzes.factories import QuizFactory

    QuizFactory(title="Đã xuất bản")
    QuizFactory(title="Bản nháp", live=False)
    html = admin_client.get("/admin/snippets/quizzes/quiz/").content.decode()
    assert "Trạng thái" in html
    assert "đang hiển thị" in html
    assert "bản nháp" in html
    assert ">True<" not in html and ">False<" not in html


def test_result_preview_shows_the_members_result_page_with_every_answer_right(
    admin_client, pictures
):
    data = quiz_form(every_question_type(pictures))
    response = admin_client.post("/admin/snippets/quizzes/quiz/preview/?mode=result", data)
    assert response.json()["is_valid"]
    preview = admin_client.get("/admin/snippets/quizzes/quiz/preview/?mode=result")
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "100%" in html
    assert "result-passed" in html
    assert "Ai được biết mã OTP của chị?" in html
    assert html.count("✓ Đáp án đúng") >= 4  # every question's right answer is marked
    assert "Đúng." in html  # the feedback of the right choice shows
    assert "Thử lại" not in html  # no attempt buttons in a preview


def test_the_quiz_editor_offers_both_preview_modes(admin_client):
    from tests.quizzes.factories import QuizFactory

    quiz = QuizFactory(title="An toàn OTP")
    html = admin_client.get(f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/").content.decode()
    assert 'value="result"' in html
    assert "Kết quả, mọi câu đều đúng" in html

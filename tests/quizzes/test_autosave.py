"""The quiz editor's autosave: never over a newer Publish, never a quiz nobody saved."""

import re

import pytest
from django.test import Client

from quizzes.blocks import QuestionStreamBlock
from quizzes.models import Quiz
from tests.concurrency import publish_during_autosave
from tests.lms.factories import trainer_user
from tests.quizzes.factories import QuizFactory
from tests.quizzes.test_admin_authoring import ADD_URL, base, choice, listblock, quiz_form

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


def _question(prompt="Ai được biết mã OTP của chị?"):
    return [
        (
            "single_choice",
            base(prompt, choices=listblock([choice("Không ai cả", True), choice("Ngân hàng")])),
        )
    ]


def _edit_url(quiz):
    return f"/admin/snippets/quizzes/quiz/edit/{quiz.pk}/"


def _loaded(quiz):
    revision = quiz.latest_revision
    return {
        "loaded_revision_id": str(revision.pk),
        "loaded_revision_created_at": revision.created_at.isoformat(),
    }


@pytest.fixture
def trainer_client(client, home):
    client.force_login(trainer_user())
    return client


def test_the_new_quiz_form_does_not_autosave(trainer_client):
    html = trainer_client.get(ADD_URL).content.decode()
    form_tag = re.search(r"<form[^>]*data-edit-form.*?>", html, re.S)[0]
    assert "w-unsaved" in form_tag and "w-autosave" not in form_tag


def test_an_autosave_posted_to_the_new_quiz_form_creates_no_quiz(trainer_client):
    response = trainer_client.post(ADD_URL, quiz_form(_question()), **AUTOSAVE)
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    assert response.json()["error_message"].startswith("Tự động lưu chỉ bắt đầu")
    assert not Quiz.objects.exists()


def test_a_first_publish_that_fails_leaves_no_quiz_behind(trainer_client):
    data = quiz_form(_question(), pass_mark="101")
    data["action-publish"] = "action-publish"
    response = trainer_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert response.context["form"].errors["pass_mark"] == [
        "Đảm bảo giá trị này là nhỏ hơn hoặc bằng với 100 ."
    ]
    assert not Quiz.objects.exists()


def test_an_older_autosave_arriving_after_publish_is_refused(trainer_client):
    quiz = QuizFactory(title="Bản đầu")
    older = {**quiz_form(_question("Câu gõ dở?"), title="Bản đầu"), **_loaded(quiz)}
    published = {**quiz_form(_question(), title="Bản cuối"), **_loaded(quiz)}
    published["action-publish"] = "action-publish"

    assert trainer_client.post(_edit_url(quiz), published).status_code == 302
    autosave = trainer_client.post(_edit_url(quiz), older, **AUTOSAVE)

    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "invalid_revision"
    assert autosave.json()["error_message"] == "Lưu sẽ ghi đè một phiên bản mới hơn."
    quiz = Quiz.objects.get(pk=quiz.pk)
    assert quiz.live and quiz.title == "Bản cuối"
    assert quiz.latest_revision_id == quiz.live_revision_id
    assert quiz.questions[0].value["prompt"] == "Ai được biết mã OTP của chị?"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("live", [False, True], ids=["new quiz", "published quiz"])
def test_publish_racing_an_autosave_publishes_what_the_trainer_submitted(home, live):
    trainer = trainer_user()
    quiz = QuizFactory(title="Bản đầu", live=live)
    if not live:
        quiz.save_revision(user=trainer)  # saved as a draft, never published
    quiz = Quiz.objects.get(pk=quiz.pk)
    older = {**quiz_form(_question("Câu gõ dở?"), title="Bản đầu"), **_loaded(quiz)}
    submitted = {**quiz_form(_question(), title="Bản cuối"), **_loaded(quiz)}
    submitted["action-publish"] = "action-publish"

    def signed_in():
        client = Client()
        client.force_login(trainer)
        return client

    responses = publish_during_autosave(
        autosave=lambda: signed_in().post(_edit_url(quiz), older, **AUTOSAVE),
        publish=lambda: signed_in().post(_edit_url(quiz), submitted),
        validated_by=QuestionStreamBlock,
    )

    assert responses["publish"].status_code == 302
    quiz = Quiz.objects.get(pk=quiz.pk)
    assert quiz.live and quiz.title == "Bản cuối"
    assert quiz.questions[0].value["prompt"] == "Ai được biết mã OTP của chị?"
    assert quiz.latest_revision_id == quiz.live_revision_id

"""The draw takes the bank's questions as served from the cache (contests/draw.py), but which
questions are live from the database: what a trainer publishes, edits or unpublishes in the
admin, and what an administrator deletes, shows in the very next draw. Each bank here holds
exactly as many live questions as the mix asks for, so every draw is the whole bank and the
expected set is written out by hand."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contests.groups import ensure_trainers_author_questions
from contests.models import ContestEntry, ContestQuestion
from tests.contests.factories import ContestQuestionFactory, contest_with_round
from tests.contests.test_bank_admin import BASE, otp_question, question_form
from tests.lms.factories import UserFactory, trainer_user
from tests.quizzes.test_admin_authoring import base, choice, listblock

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_as():
    """A client of the Wagtail admin signed in as ``user``."""

    def sign_in(user):
        admin = Client()
        admin.force_login(user)
        return admin

    return sign_in


@pytest.fixture
def trainer(admin_as):
    ensure_trainers_author_questions()
    return admin_as(trainer_user())


def drawn(member, contest):
    """The questions of the attempt ``member`` starts now: {bank id: prompt}."""
    client = Client()
    client.force_login(member)
    response = client.post(reverse("contests:start", args=[contest.slug]), {"prediction": "1"})
    assert response.status_code == 302, response.content.decode()[:500]
    entry = ContestEntry.objects.get(user=member, round__contest=contest)
    return {int(q["id"]): q["prompt"] for q in entry.snapshot["questions"]}


def published_in_admin(trainer, prompt):
    data = question_form(
        "single_choice",
        base(prompt, choices=listblock([choice("Không ai cả", True), choice("Ai cũng được")])),
        difficulty="easy",
    )
    data["action-publish"] = "action-publish"
    response = trainer.post(BASE + "add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    question = ContestQuestion.objects.latest("pk")
    assert question.live and question.text == prompt
    return question


def test_a_question_published_in_the_admin_is_drawn_next_and_one_unpublished_never(places, trainer):
    contest, _round = contest_with_round(node=places["p"], questions=3)
    one, two, three = ContestQuestion.objects.order_by("pk")
    members = places["members"]["a"]
    assert set(drawn(members[0], contest)) == {one.pk, two.pk, three.pk}  # the cache is warm

    response = trainer.post(f"{BASE}unpublish/{one.pk}/")
    assert response.status_code == 302
    one.refresh_from_db()
    assert not one.live
    new = published_in_admin(trainer, "Mã OTP gửi qua tin nhắn là của ai?")

    assert drawn(members[1], contest) == {
        two.pk: two.text,
        three.pk: three.text,
        new.pk: "Mã OTP gửi qua tin nhắn là của ai?",
    }


def test_a_question_edited_and_published_is_served_as_edited_and_a_draft_is_not(places, trainer):
    contest, _round = contest_with_round(node=places["p"], questions=3)
    question = ContestQuestion.objects.order_by("pk").first()
    members = places["members"]["a"]
    before = drawn(members[0], contest)[question.pk]  # kept in the cache

    edit = f"{BASE}edit/{question.pk}/"
    data = question_form("single_choice", otp_question(), difficulty="easy")
    data["action-publish"] = "action-publish"
    assert trainer.post(edit, data).status_code == 302
    assert drawn(members[1], contest)[question.pk] == "Ai được biết mã OTP của chị?" != before

    # A draft of a live question is not what members are served: the published text is.
    draft = question_form(
        "single_choice",
        base("Bản nháp chưa duyệt", choices=listblock([choice("Có", True), choice("Không")])),
        difficulty="easy",
    )
    assert trainer.post(edit, draft).status_code == 302
    assert drawn(members[2], contest)[question.pk] == "Ai được biết mã OTP của chị?"


def test_a_question_deleted_in_the_admin_is_never_drawn(places, admin_as):
    contest, _round = contest_with_round(node=places["p"], questions=3)
    extra = ContestQuestionFactory()  # four live questions for a mix of three
    admin = admin_as(UserFactory(is_superuser=True, is_staff=True))
    drawn(places["members"]["a"][0], contest)
    gone = ContestQuestion.objects.order_by("pk").first()

    assert admin.post(f"{BASE}delete/{gone.pk}/").status_code == 302
    assert not ContestQuestion.objects.filter(pk=gone.pk).exists()

    rest = set(ContestQuestion.objects.values_list("pk", flat=True))
    assert len(rest) == 3 and extra.pk in rest
    assert set(drawn(places["members"]["a"][1], contest)) == rest


def test_a_warm_draw_reads_no_question_body(places):
    contest, _round = contest_with_round(node=places["p"], questions=3)
    drawn(places["members"]["a"][0], contest)
    with CaptureQueriesContext(connection) as queries:
        served = drawn(places["members"]["a"][1], contest)
    bodies = [q["sql"] for q in queries if '"contests_contestquestion"."question"' in q["sql"]]
    assert bodies == []
    assert len(served) == 3

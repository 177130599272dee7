"""Quiz pictures as Wagtail ImageBlocks: the data migration of quizzes and their revisions,
and attempts made before it, whose snapshots still show their pictures and descriptions."""

import importlib
import json

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from quizzes.models import Attempt, Quiz
from quizzes.snapshots import build_snapshot
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("quizzes.migrations.0006_image_block")


def _image(title):
    return get_image_model().objects.create(title=title, file=get_test_image_file(f"{title}.png"))


def _old_questions(sms, scam, daughter):
    """Questions as stored before ImageBlock: image ids beside ``image_alt`` / ``alt``."""
    return [
        {
            "type": "true_false",
            "id": "q1",
            "value": {
                "prompt": "Tin này là lừa đảo?",
                "scenario": "",
                "image": sms.pk,
                "image_alt": "Tin báo trúng thưởng",
                "explanation": "",
                "answer": "true",
                "feedback_true": "",
                "feedback_false": "",
            },
        },
        {
            "type": "image_choice",
            "id": "q2",
            "value": {
                "prompt": "Tin nào là lừa đảo?",
                "scenario": "",
                "image": None,
                "image_alt": "",
                "explanation": "",
                "choices": [
                    {
                        "type": "item",
                        "id": "q2a",
                        "value": {
                            "image": scam.pk,
                            "alt": "Tin đòi mã OTP",
                            "correct": True,
                            "feedback": "",
                        },
                    },
                    {
                        "type": "item",
                        "id": "q2b",
                        "value": {
                            "image": daughter.pk,
                            "alt": "Tin của con gái",
                            "correct": False,
                            "feedback": "",
                        },
                    },
                ],
            },
        },
    ]


def _block(image, alt):
    return {"image": image.pk if image else None, "alt_text": alt, "decorative": False}


def _new_questions(sms, scam, daughter):
    return [
        {
            "type": "true_false",
            "id": "q1",
            "value": {
                "prompt": "Tin này là lừa đảo?",
                "scenario": "",
                "image": _block(sms, "Tin báo trúng thưởng"),
                "explanation": "",
                "answer": "true",
                "feedback_true": "",
                "feedback_false": "",
            },
        },
        {
            "type": "image_choice",
            "id": "q2",
            "value": {
                "prompt": "Tin nào là lừa đảo?",
                "scenario": "",
                "image": _block(None, ""),
                "explanation": "",
                "choices": [
                    {
                        "type": "item",
                        "id": "q2a",
                        "value": {
                            "image": _block(scam, "Tin đòi mã OTP"),
                            "correct": True,
                            "feedback": "",
                        },
                    },
                    {
                        "type": "item",
                        "id": "q2b",
                        "value": {
                            "image": _block(daughter, "Tin của con gái"),
                            "correct": False,
                            "feedback": "",
                        },
                    },
                ],
            },
        },
    ]


@pytest.fixture
def images():
    return _image("sms"), _image("scam"), _image("daughter")


def test_data_migration_moves_quizzes_and_all_their_revisions_to_image_blocks(images):
    quiz = QuizFactory()
    quiz.save_revision()  # a draft on top of the live revision
    old = json.dumps(_old_questions(*images))
    with connection.cursor() as cursor:
        cursor.execute("UPDATE quizzes_quiz SET questions = %s WHERE id = %s", [old, quiz.pk])
    assert quiz.revisions.count() == 2
    for revision in quiz.revisions.all():
        revision.content["questions"] = old
        revision.save(update_fields=["content"])

    MIGRATION.Migration.operations[-1].code(apps, None)

    expected = _new_questions(*images)
    with connection.cursor() as cursor:
        cursor.execute("SELECT questions FROM quizzes_quiz WHERE id = %s", [quiz.pk])
        assert json.loads(cursor.fetchone()[0]) == expected
    for revision in quiz.revisions.all():
        assert json.loads(revision.content["questions"]) == expected
    snapshot = build_snapshot(Quiz.objects.get(pk=quiz.pk), shuffle=False)
    first, second = snapshot["questions"]
    assert (first["image"], first["image_alt"]) == (images[0].pk, "Tin báo trúng thưởng")
    assert [(c["image"], c["alt"]) for c in second["choices"]] == [
        (images[1].pk, "Tin đòi mã OTP"),
        (images[2].pk, "Tin của con gái"),
    ]


def test_an_attempt_made_before_image_blocks_still_shows_its_pictures(client, images):
    sms, scam, daughter = images
    quiz = QuizFactory(questions=_new_questions(*images))
    member = UserFactory()
    # Written out by hand as attempts stored it before ImageBlock.
    old_snapshot = {
        "quiz_id": quiz.pk,
        "revision_id": quiz.live_revision_id,
        "title": quiz.title,
        "pass_mark": 70,
        "questions": [
            {
                "id": "q1",
                "kind": "true_false",
                "prompt": "Tin này là lừa đảo?",
                "scenario": "",
                "image": sms.pk,
                "image_alt": "Tin báo trúng thưởng cũ",
                "explanation": "",
                "partial_credit": False,
                "choices": [
                    {
                        "id": "true",
                        "text": "",
                        "image": None,
                        "alt": "",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "id": "false",
                        "text": "",
                        "image": None,
                        "alt": "",
                        "correct": False,
                        "feedback": "",
                    },
                ],
            },
            {
                "id": "q2",
                "kind": "image_choice",
                "prompt": "Tin nào là lừa đảo?",
                "scenario": "",
                "image": None,
                "image_alt": "",
                "explanation": "",
                "partial_credit": False,
                "choices": [
                    {
                        "id": "q2b",
                        "text": "",
                        "image": daughter.pk,
                        "alt": "Con gái nhắn",
                        "correct": False,
                        "feedback": "",
                    },
                    {
                        "id": "q2a",
                        "text": "",
                        "image": scam.pk,
                        "alt": "Đòi mã OTP",
                        "correct": True,
                        "feedback": "",
                    },
                ],
            },
        ],
    }
    attempt = Attempt.objects.create(
        quiz=quiz,
        user=member,
        number=1,
        snapshot=old_snapshot,
        answers={"q1": ["true"], "q2": ["q2a"]},
        submitted_at=timezone.now(),
        score=100,
        passed=True,
    )
    client.force_login(member)
    response = client.get(reverse("quizzes:result", args=[attempt.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    # The descriptions as served then, not the quiz's current ones.
    assert 'alt="Tin báo trúng thưởng cũ"' in body
    assert body.index('alt="Con gái nhắn"') < body.index('alt="Đòi mã OTP"')
    assert "Tin của con gái" not in body
    assert body.count("<img") == 3

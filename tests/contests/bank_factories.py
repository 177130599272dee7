"""Factories for the question bank and contest set-up tests: bank questions in the stored
(raw) form, contests with rounds and a mix."""

import datetime
import uuid

import factory
from django.utils import timezone

from contests.models import Contest, ContestDrawRule, ContestQuestion, Round
from tests.lms.factories import ChapterFactory


def single_choice(prompt, choices=("Đúng", "Sai", "Không biết"), right=0):
    """A single-choice question block in the stored (raw) form."""
    return [
        {
            "type": "single_choice",
            "id": str(uuid.uuid4()),
            "value": {
                "prompt": prompt,
                "scenario": "",
                "image": None,
                "explanation": "",
                "choices": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {"text": text, "correct": i == right, "feedback": ""},
                    }
                    for i, text in enumerate(choices)
                ],
            },
        }
    ]


class ContestQuestionFactory(factory.django.DjangoModelFactory):
    """A live bank question (``live=False`` for a draft)."""

    class Meta:
        model = ContestQuestion

    topic = "safety"
    difficulty = "easy"
    live = True
    question = factory.Sequence(lambda n: single_choice(f"Câu hỏi số {n}?"))


class ContestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contest

    node = factory.SubFactory(ChapterFactory, kind="district")
    title = factory.Sequence(lambda n: f"Cuộc thi {n}")
    slug = factory.Sequence(lambda n: f"cuoc-thi-{n}")
    intro = "Tìm hiểu an toàn trên mạng."
    rules = "<p>Mỗi tuần một vòng.</p>"


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Round

    contest = factory.SubFactory(ContestFactory)
    starts_at = factory.LazyFunction(timezone.now)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(days=7))


class DrawRuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContestDrawRule

    contest = factory.SubFactory(ContestFactory)
    topic = "safety"
    difficulty = "easy"
    count = 2

"""State changes of the question bank (services: ``<entity>_<action>``, keyword-only)."""

from dataclasses import dataclass

from django.db import transaction

from contests.models import ContestQuestion
from contests.question_import import check_rows


class ImportRefused(Exception):
    """Nothing was imported: the rows have problems now (``plan`` says which)."""

    def __init__(self, plan):
        super().__init__("import refused")
        self.plan = plan


@dataclass(frozen=True)
class ImportResult:
    created: int


@transaction.atomic
def questions_import(*, user, rows):
    """Create one published question (with its first revision, logged as published by
    ``user``) per row, all or nothing. The rows are checked again here, inside the
    transaction, so a question added meanwhile, or the same file sent twice, is refused
    rather than imported twice."""
    plan = check_rows(rows)
    if not plan.ok:
        raise ImportRefused(plan)
    for item in plan.rows:
        question_publish_new(
            user=user, topic=item.topic, difficulty=item.difficulty, stream=item.stream
        )
    return ImportResult(created=len(plan.rows))


def question_publish_new(*, user, topic, difficulty, stream):
    """A new bank question, published at once with its first revision (logged for ``user``),
    as the editor's Publish button leaves it."""
    question = ContestQuestion(topic=topic, difficulty=difficulty, question=stream, live=False)
    question.save()
    revision = question.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    return question

"""The trainer's preview of a quiz's result page: what a member who answered every question
right sees (score, verdicts, right answers, feedback, explanations), rendered by the member's
own template so the preview cannot drift from it."""

from types import SimpleNamespace

from quizzes.presenters import present
from quizzes.scoring import all_right, results_to_store


def result_preview_context(quiz, snapshot):
    # Questions added since the last save have no block id yet ("None" in the snapshot):
    # number them for the preview, so that each has its own answer.
    snapshot = {
        **snapshot,
        "questions": [
            {**q, "id": f"preview-{number}"} for number, q in enumerate(snapshot["questions"], 1)
        ],
    }
    answers, score = all_right(snapshot)
    questions = present(snapshot, answers=answers, results=results_to_store(score), reveal=True)
    return {
        "quiz": quiz,
        "attempt": SimpleNamespace(score=score.percent, passed=score.passed, snapshot=snapshot),
        "standing": SimpleNamespace(shows_answers=True, may_answer=False, attempts_left=None),
        "questions": questions,
        "right_count": sum(1 for q in questions if q.is_right),
        "finished": [],
        "next": "",
        "is_preview": True,  # no links to her attempts: the quiz may not be saved yet
    }

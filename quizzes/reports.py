"""Read-only figures about a quiz for trainers: how members did, question by question.

``quiz_statistics`` reads the submitted attempts in one query and folds them in one pass;
the per-question maths (``QuestionTally``, ``choice_label``, ``percent``) is pure so it can be
tested without a database.
"""

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext

from quizzes.models import Attempt
from quizzes.scoring import question_score

ONE_DECIMAL = Decimal("0.1")


def percent(part, whole):
    """``part`` of ``whole`` in percent, one decimal; ``None`` when there is nothing to count."""
    if not whole:
        return None
    value = Decimal(part) * 100 / Decimal(whole)
    return value.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def choice_label(question, choice):
    """How a trainer recognises a choice: its text, a picture's description, or True/False."""
    if question["kind"] == "true_false":
        return gettext("True") if choice["id"] == "true" else gettext("False")
    return choice.get("text") or choice.get("alt") or ""


@dataclass(frozen=True)
class QuestionStatistics:
    id: str
    number: int
    prompt: str
    answered: int
    right: int
    right_share: Decimal | None
    top_wrong_answer: str
    top_wrong_count: int


@dataclass
class QuestionTally:
    """Running counts for one question over the attempts that were served it.

    Feed attempts newest first: the prompt and choice labels kept are the newest ones seen.
    """

    id: str
    prompt: str = ""
    answered: int = 0
    right: int = 0
    wrong_picks: Counter = field(default_factory=Counter)
    wrong_labels: dict = field(default_factory=dict)

    def add(self, question, selected):
        """Count one attempt's answer (``selected`` choice ids) to ``question`` (a snapshot
        question, with the choices and correct flags she was served)."""
        if not self.prompt:
            self.prompt = question["prompt"]
        selected = frozenset(selected or ())
        self.answered += 1
        if question_score(question, selected) == 1:
            self.right += 1
        for choice in question["choices"]:
            if choice["id"] in selected and not choice["correct"]:
                self.wrong_picks[choice["id"]] += 1
                self.wrong_labels.setdefault(choice["id"], choice_label(question, choice))

    def top_wrong(self):
        """``(label, times chosen)`` of the wrong choice picked most often, or ``("", 0)``.

        Ties go to the choice first met (in the newest attempts)."""
        if not self.wrong_picks:
            return "", 0
        choice_id, count = self.wrong_picks.most_common(1)[0]
        return self.wrong_labels[choice_id], count

    def result(self, number):
        label, count = self.top_wrong()
        return QuestionStatistics(
            id=self.id,
            number=number,
            prompt=self.prompt,
            answered=self.answered,
            right=self.right,
            right_share=percent(self.right, self.answered),
            top_wrong_answer=label,
            top_wrong_count=count,
        )


@dataclass(frozen=True)
class QuizStatistics:
    attempts: int
    attempts_passed: int
    members: int
    members_passed: int
    pass_rate: Decimal | None
    average_score: Decimal | None
    questions: tuple


def current_questions(quiz):
    """``(id, prompt)`` of the quiz's questions in their current order.

    Reads the raw stream data, so no block values (or images) are loaded."""
    return [(str(item["id"]), item["value"]["prompt"]) for item in quiz.questions.raw_data]


def quiz_statistics(quiz):
    """Figures over the submitted attempts at ``quiz``: one query, one pass over the rows.

    Questions follow the quiz's current order; questions that only older attempts were
    served (since removed from the quiz) come after, under their newest prompt.
    """
    tallies = {qid: QuestionTally(id=qid, prompt=prompt) for qid, prompt in current_questions(quiz)}
    attempts = attempts_passed = 0
    score_total = Decimal(0)
    members, members_passed = set(), set()
    rows = (
        Attempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
        .order_by("-submitted_at", "-pk")
        .values_list("user_id", "passed", "score", "snapshot", "answers")
    )
    for user_id, passed, score, snapshot, answers in rows.iterator(chunk_size=2000):
        attempts += 1
        members.add(user_id)
        score_total += score or 0
        if passed:
            attempts_passed += 1
            members_passed.add(user_id)
        answers = answers or {}
        for question in snapshot["questions"]:
            tally = tallies.get(question["id"])
            if tally is None:
                tally = tallies[question["id"]] = QuestionTally(id=question["id"])
            tally.add(question, answers.get(question["id"]))
    return QuizStatistics(
        attempts=attempts,
        attempts_passed=attempts_passed,
        members=len(members),
        members_passed=len(members_passed),
        pass_rate=percent(attempts_passed, attempts),
        average_score=(
            (score_total / attempts).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
            if attempts
            else None
        ),
        questions=tuple(
            tally.result(number) for number, tally in enumerate(tallies.values(), start=1)
        ),
    )

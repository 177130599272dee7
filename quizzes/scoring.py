"""Scoring rules: pure functions over (snapshot, answers). No database, no request."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

SINGLE_ANSWER_KINDS = {"single_choice", "true_false", "image_choice"}
FIELD_PREFIX = "q-"


class TamperedAnswer(ValueError):
    """The answers name a question or choice that the attempt was not served."""


def field_name(question_id):
    return f"{FIELD_PREFIX}{question_id}"


def parse_answers(snapshot, data):
    """Read answers from form data (a QueryDict or a dict of lists).

    Returns ``{question_id: frozenset(choice_ids)}`` for answered questions. Raises
    ``TamperedAnswer`` for an unknown question or choice id, or several choices for a
    question that takes one.
    """
    questions = {q["id"]: q for q in snapshot["questions"]}
    answers = {}
    for key in data:
        if not key.startswith(FIELD_PREFIX):
            continue
        question = questions.get(key[len(FIELD_PREFIX) :])
        if question is None:
            raise TamperedAnswer(key)
        values = data.getlist(key) if hasattr(data, "getlist") else list(data[key])
        valid = {choice["id"] for choice in question["choices"]}
        chosen = frozenset(values)
        if not chosen <= valid:
            raise TamperedAnswer(key)
        if question["kind"] in SINGLE_ANSWER_KINDS and len(chosen) > 1:
            raise TamperedAnswer(key)
        if chosen:
            answers[question["id"]] = chosen
    return answers


def unanswered(snapshot, answers):
    """Question ids (in served order) that have no answer yet."""
    return [q["id"] for q in snapshot["questions"] if not answers.get(q["id"])]


def correct_ids(question):
    return frozenset(c["id"] for c in question["choices"] if c["correct"])


def question_score(question, selected):
    """The points (0 to 1, as a Fraction) one question earns for the selected choice ids.

    Single-answer questions: 1 for the correct choice, else 0. Multiple choice with partial
    credit: (correct ticked - wrong ticked) / number correct, never below 0; without partial
    credit: 1 only for exactly the correct set.
    """
    selected = frozenset(selected or ())
    right = correct_ids(question)
    if question["kind"] != "multiple_choice" or not question.get("partial_credit"):
        return Fraction(1) if selected == right and selected else Fraction(0)
    hits = len(selected & right)
    wrong = len(selected - right)
    return max(Fraction(0), Fraction(hits - wrong, len(right)))


@dataclass(frozen=True)
class QuestionResult:
    question: dict
    selected: frozenset
    correct: frozenset
    points: Fraction

    @property
    def is_right(self):
        return self.points == 1


@dataclass(frozen=True)
class AttemptScore:
    points: Fraction
    max_points: int
    pass_mark: int
    results: tuple

    @property
    def fraction(self):
        return self.points / self.max_points if self.max_points else Fraction(0)

    @property
    def percent(self):
        """Score in percent, two decimals, for storing and showing."""
        value = Decimal(self.fraction.numerator * 100) / Decimal(self.fraction.denominator)
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @property
    def passed(self):
        # Compared exactly, before rounding: 69.996% does not pass a 70% mark.
        return self.max_points > 0 and self.fraction * 100 >= self.pass_mark


def results_to_store(score):
    """Per-question results of a scored attempt, as plain data stored with it:
    ``{question id: {"right": bool, "points": "1/2"}}`` (points as an exact fraction)."""
    return {r.question["id"]: {"right": r.is_right, "points": str(r.points)} for r in score.results}


def stored_points(result):
    """The points of one stored question result (see ``results_to_store``), exactly."""
    return Fraction(result["points"])


def score_attempt(snapshot, answers):
    """Score every question of the snapshot against the answers (missing = no points)."""
    results = tuple(
        QuestionResult(
            question=q,
            selected=frozenset(answers.get(q["id"], ())),
            correct=correct_ids(q),
            points=question_score(q, answers.get(q["id"], ())),
        )
        for q in snapshot["questions"]
    )
    return AttemptScore(
        points=sum((r.points for r in results), Fraction(0)),
        max_points=len(results),
        pass_mark=snapshot["pass_mark"],
        results=results,
    )


def all_right(snapshot):
    """The answers of someone who picks every right choice, and their score: what the trainer's
    result preview shows (no attempt is made or stored)."""
    answers = {q["id"]: sorted(correct_ids(q)) for q in snapshot["questions"]}
    return answers, score_attempt(snapshot, answers)

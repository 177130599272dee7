"""The scoring rules, as plain functions over a snapshot and answers."""

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from django.http import QueryDict

from quizzes.scoring import (
    TamperedAnswer,
    parse_answers,
    question_score,
    score_attempt,
    unanswered,
)


def q(qid, kind, correct, wrong, partial=False):
    choices = [{"id": c, "correct": True} for c in correct] + [
        {"id": c, "correct": False} for c in wrong
    ]
    return {"id": qid, "kind": kind, "partial_credit": partial, "choices": choices}


SNAPSHOT = {
    "pass_mark": 70,
    "questions": [
        q("s", "single_choice", ["s1"], ["s2", "s3"]),
        q("m", "multiple_choice", ["m1", "m2"], ["m3", "m4"], partial=True),
        q("t", "true_false", ["false"], ["true"]),
    ],
}


def test_single_choice_scores_one_for_the_correct_choice_only():
    question = SNAPSHOT["questions"][0]
    assert question_score(question, {"s1"}) == 1
    assert question_score(question, {"s2"}) == 0
    assert question_score(question, set()) == 0


@pytest.mark.parametrize(
    ("selected", "points"),
    [
        ({"m1", "m2"}, Fraction(1)),
        ({"m1"}, Fraction(1, 2)),
        ({"m1", "m3"}, Fraction(0)),
        ({"m1", "m2", "m3"}, Fraction(1, 2)),
        ({"m3", "m4"}, Fraction(0)),  # never below zero
        (set(), Fraction(0)),
    ],
)
def test_multiple_choice_partial_credit_rule(selected, points):
    assert question_score(SNAPSHOT["questions"][1], selected) == points


def test_multiple_choice_without_partial_credit_is_all_or_nothing():
    question = q("m", "multiple_choice", ["m1", "m2"], ["m3"], partial=False)
    assert question_score(question, {"m1", "m2"}) == 1
    assert question_score(question, {"m1"}) == 0


def test_true_false_scores_the_stated_answer():
    question = SNAPSHOT["questions"][2]
    assert question_score(question, {"false"}) == 1
    assert question_score(question, {"true"}) == 0


def test_attempt_score_percent_and_pass_mark():
    score = score_attempt(SNAPSHOT, {"s": {"s1"}, "m": {"m1"}, "t": {"false"}})
    assert score.points == Fraction(5, 2)
    assert score.percent == Decimal("83.33")
    assert score.passed


def test_pass_is_decided_before_rounding():
    snapshot = {"pass_mark": 67, "questions": SNAPSHOT["questions"]}
    # 2/3 = 66.666...% rounds to 66.67 but is below 67
    score = score_attempt(snapshot, {"s": {"s1"}, "t": {"false"}})
    assert score.percent == Decimal("66.67")
    assert not score.passed
    exact = score_attempt({"pass_mark": 50, "questions": SNAPSHOT["questions"][:2]}, {"s": {"s1"}})
    assert exact.passed  # exactly the mark passes


def test_shuffled_order_scores_the_same():
    answers = {"s": {"s1"}, "m": {"m1", "m4"}, "t": {"true"}}
    expected = score_attempt(SNAPSHOT, answers).points
    rng = random.Random(3)
    for _ in range(10):
        questions = [
            dict(question, choices=list(question["choices"])) for question in SNAPSHOT["questions"]
        ]
        rng.shuffle(questions)
        for question in questions:
            rng.shuffle(question["choices"])
        assert score_attempt({"pass_mark": 70, "questions": questions}, answers).points == expected


def test_parse_answers_reads_form_fields():
    data = QueryDict(mutable=True)
    data.setlist("q-m", ["m1", "m2"])
    data["q-s"] = "s2"
    data["csrfmiddlewaretoken"] = "x"
    answers = parse_answers(SNAPSHOT, data)
    assert answers == {"m": frozenset({"m1", "m2"}), "s": frozenset({"s2"})}
    assert unanswered(SNAPSHOT, answers) == ["t"]


@pytest.mark.parametrize(
    "fields",
    [
        {"q-unknown": ["s1"]},  # a question she was not served
        {"q-s": ["m1"]},  # a choice of another question
        {"q-s": ["s1", "s2"]},  # two answers to a single-choice question
        {"q-t": ["maybe"]},
    ],
)
def test_tampered_answers_are_refused(fields):
    data = QueryDict(mutable=True)
    for key, values in fields.items():
        data.setlist(key, values)
    with pytest.raises(TamperedAnswer):
        parse_answers(SNAPSHOT, data)


def test_an_empty_quiz_scores_zero_and_does_not_pass():
    score = score_attempt({"pass_mark": 0, "questions": []}, {})
    assert score.percent == 0 and not score.passed

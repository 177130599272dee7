"""The quiz answer parser on generated snapshots and form data (hypothesis).

Whatever a browser (or someone with curl) posts, ``parse_answers`` either returns the answers
or raises ``TamperedAnswer``: never a KeyError, TypeError or anything that would be a 500.
"""

from collections import Counter

from django.http import QueryDict
from django.utils.datastructures import MultiValueDict
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from quizzes.scoring import (
    FIELD_PREFIX,
    SINGLE_ANSWER_KINDS,
    TamperedAnswer,
    field_name,
    parse_answers,
    score_attempt,
    unanswered,
)

KINDS = ["single_choice", "multiple_choice", "true_false", "image_choice"]
ids = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12)

# Shared CI machines are slow at times: a slow example is not a failure.
NO_DEADLINE = settings(deadline=None)


@st.composite
def questions(draw, question_id):
    kind = draw(st.sampled_from(KINDS))
    if kind == "true_false":
        choice_ids = ["true", "false"]
    else:
        choice_ids = draw(st.lists(ids, min_size=2, max_size=5, unique=True))
    correct = draw(st.sets(st.sampled_from(choice_ids), min_size=1))
    if kind in SINGLE_ANSWER_KINDS:
        correct = {sorted(correct)[0]}
    return {
        "id": question_id,
        "kind": kind,
        "partial_credit": draw(st.booleans()),
        "choices": [{"id": c, "correct": c in correct} for c in choice_ids],
    }


@st.composite
def snapshots(draw):
    question_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    return {
        "pass_mark": draw(st.integers(0, 100)),
        "questions": [draw(questions(question_id)) for question_id in question_ids],
    }


@st.composite
def chosen_answers(draw, snapshot):
    """A valid choice for some of the questions: what a member ticks on the page."""
    answers = {}
    for question in snapshot["questions"]:
        choice_ids = [c["id"] for c in question["choices"]]
        if question["kind"] in SINGLE_ANSWER_KINDS:
            picked = draw(st.sets(st.sampled_from(choice_ids), max_size=1))
        else:
            picked = draw(st.sets(st.sampled_from(choice_ids)))
        if picked:
            answers[question["id"]] = frozenset(picked)
    return answers


def as_querydict(pairs):
    data = QueryDict(mutable=True)
    for key, values in pairs.items():
        data.setlist(key, list(values))
    return data


@st.composite
def posted(draw, snapshot):
    """Form data built from the ids the quiz served (what a real page or a careful forger
    sends): each question's field, or none, with its own choice ids, another question's,
    or junk; plus a few junk fields (unknown question ids among them)."""
    every_choice = [c["id"] for q in snapshot["questions"] for c in q["choices"]]
    answered = {}
    for question in snapshot["questions"]:
        if not draw(st.booleans()):
            continue  # left unanswered: the browser sends nothing
        own = [c["id"] for c in question["choices"]]
        most = 1 if question["kind"] in SINGLE_ANSWER_KINDS else len(own)
        ticked = st.lists(st.sampled_from(own), min_size=1, max_size=most, unique=True)
        forged = st.lists(
            st.one_of(st.sampled_from(own), st.sampled_from(every_choice), st.text(max_size=10)),
            min_size=1,
            max_size=3,
        )
        how = st.sampled_from(["ticked"] * 5 + ["forged"])
        values = ticked if draw(how) == "ticked" else forged
        answered[field_name(question["id"])] = draw(values)
    junk_keys = st.one_of(
        st.text(max_size=10),
        st.sampled_from(["csrfmiddlewaretoken", "submit", "attempt"]),
        st.text(max_size=10),
        st.sampled_from(["csrfmiddlewaretoken", "submit", "attempt"]),
        ids.map(field_name),  # a question the quiz did not serve
        st.just(FIELD_PREFIX),
    )
    junk = draw(st.dictionaries(junk_keys, st.lists(st.text(max_size=10), max_size=2), max_size=1))
    form = {**junk, **answered}
    # A form that names no question proves nothing about reading answers: ask for another.
    assume(any(key.startswith(FIELD_PREFIX) for key in form))
    return form


def test_any_posted_form_gives_answers_or_tampered_never_another_error():
    outcomes = Counter()

    @NO_DEADLINE
    @given(st.data())
    def check(data):
        snapshot = data.draw(snapshots())
        form = data.draw(posted(snapshot))
        served = {q["id"]: q for q in snapshot["questions"]}
        for shaped in (form, as_querydict(form), MultiValueDict(form)):
            try:
                answers = parse_answers(snapshot, shaped)
            except TamperedAnswer:
                outcome = "tampered"
            else:
                outcome = "answers" if answers else "nothing answered"
                # What parsed is exactly what was ticked, field by field.
                assert answers == {
                    key[len(FIELD_PREFIX) :]: frozenset(values)
                    for key, values in form.items()
                    if key.startswith(FIELD_PREFIX) and values
                }
                for question_id, chosen in answers.items():
                    assert chosen <= {c["id"] for c in served[question_id]["choices"]}
                # Whatever parsed can be scored.
                score = score_attempt(snapshot, answers)
                assert 0 <= score.fraction <= 1
            event(outcome)
            outcomes[outcome] += 1

    check()
    # The property is worth something only if real answers are reached often, not in 1%.
    total = sum(outcomes.values())
    assert outcomes["answers"] >= 0.4 * total, outcomes
    assert outcomes["tampered"] >= 0.1 * total, outcomes


@NO_DEADLINE
@given(st.data())
def test_the_choices_a_member_ticked_are_the_answers_read_back(data):
    snapshot = data.draw(snapshots())
    answers = data.draw(chosen_answers(snapshot))
    form = {field_name(qid): sorted(chosen) for qid, chosen in answers.items()}
    # Unanswered questions send nothing (radio) or an empty list; other fields are ignored.
    form["csrfmiddlewaretoken"] = ["x"]
    form["submit"] = [""]
    assert parse_answers(snapshot, as_querydict(form)) == answers
    assert parse_answers(snapshot, form) == answers
    assert unanswered(snapshot, answers) == [
        q["id"] for q in snapshot["questions"] if q["id"] not in answers
    ]


@NO_DEADLINE
@given(st.data())
def test_a_choice_of_another_question_is_tampering(data):
    snapshot = data.draw(snapshots())
    question = data.draw(st.sampled_from(snapshot["questions"]))
    own = {c["id"] for c in question["choices"]}
    foreign = data.draw(ids.filter(lambda value: value not in own))
    try:
        parse_answers(snapshot, {field_name(question["id"]): [foreign]})
    except TamperedAnswer:
        return
    raise AssertionError("a choice the question does not have was accepted")


@NO_DEADLINE
@given(st.data())
def test_two_choices_for_a_single_answer_question_are_tampering(data):
    snapshot = data.draw(snapshots())
    singles = [q for q in snapshot["questions"] if q["kind"] in SINGLE_ANSWER_KINDS]
    if not singles:
        return
    question = data.draw(st.sampled_from(singles))
    two = [c["id"] for c in question["choices"]][:2]
    try:
        parse_answers(snapshot, as_querydict({field_name(question["id"]): two}))
    except TamperedAnswer:
        return
    raise AssertionError("two answers to a single-answer question were accepted")

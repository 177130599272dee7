"""Freeze a quiz into the plain data an attempt is served and scored against.

The snapshot format is plain ids and strings, read by ``presenters`` and ``scoring``: a
question's ``image`` (image id or None) and ``image_alt``, a choice's ``image`` and ``alt``.
The blocks moved to Wagtail's ImageBlock (the alt text lives with the image); the snapshot
keeps its keys, so attempts made before that change still render their pictures.
"""

import random

TRUE_FALSE_CHOICES = ("true", "false")


def _image(image):
    return image.pk if image is not None else None


def _alt(image):
    """An ImageBlock value's alt text ("" when decorative or when there is no picture)."""
    return (image.contextual_alt_text or "") if image is not None else ""


def _question(block):
    value = block.value
    question = {
        "id": str(block.id),
        "kind": block.block_type,
        "prompt": value["prompt"],
        "scenario": value.get("scenario") or "",
        "image": _image(value.get("image")),
        "image_alt": _alt(value.get("image")),
        "explanation": value.get("explanation") or "",
        "partial_credit": bool(value.get("partial_credit", False)),
    }
    if block.block_type == "true_false":
        feedback = {
            "true": value.get("feedback_true") or "",
            "false": value.get("feedback_false") or "",
        }
        question["choices"] = [
            {
                "id": choice,
                "text": "",
                "image": None,
                "alt": "",
                "correct": value["answer"] == choice,
                "feedback": feedback[choice],
            }
            for choice in TRUE_FALSE_CHOICES
        ]
    else:
        question["choices"] = [
            {
                "id": str(item.id),
                "text": item.value.get("text", ""),
                "image": _image(item.value.get("image")),
                "alt": _alt(item.value.get("image")),
                "correct": bool(item.value["correct"]),
                "feedback": item.value.get("feedback") or "",
            }
            for item in value["choices"].bound_blocks
        ]
    return question


def build_snapshot(quiz, *, shuffle=True, rng=None):
    """The quiz as served: questions (and choices) in the order she will see them.

    True/false choices keep their order; the rest follow the quiz's shuffle settings.
    """
    rng = rng or random.SystemRandom()
    questions = [_question(block) for block in quiz.questions]
    if shuffle and quiz.shuffle_choices:
        for question in questions:
            if question["kind"] != "true_false":
                rng.shuffle(question["choices"])
    if shuffle and quiz.shuffle_questions:
        rng.shuffle(questions)
    return {
        "quiz_id": quiz.pk,
        "revision_id": quiz.live_revision_id,
        "title": quiz.title,
        "pass_mark": quiz.pass_mark,
        "questions": questions,
    }


def offline_snapshot(quiz, revision_id):
    """The quiz as the offline page serves it, rebuilt the same from ``revision_id`` when her
    answers come back: questions and choices in an order seeded by the quiz and revision, so
    every render of one revision (on her phone, then on the server) has the same order."""
    rng = random.Random(f"{quiz.pk}:{revision_id}")  # noqa: S311 - an order, not a secret
    snapshot = build_snapshot(quiz, rng=rng)
    snapshot["revision_id"] = revision_id
    return snapshot


def question_snapshot(block, *, shuffle=True, rng=None):
    """One question block as served (an entry of a snapshot's ``questions``), its choices
    shuffled unless true/false. For questions served one by one rather than as a whole quiz
    (contests draw them from a bank); scored like any snapshot by ``quizzes.scoring``."""
    question = _question(block)
    if shuffle:
        shuffle_choices(question, rng=rng)
    return question


def shuffle_choices(question, *, rng=None):
    """Shuffle a served question's choices in place, unless true/false (whose order stays).
    For a question built once with ``shuffle=False`` and kept (contests cache the bank's
    questions as served) then shuffled for each attempt."""
    if question["kind"] != "true_false":
        (rng or random.SystemRandom()).shuffle(question["choices"])
    return question

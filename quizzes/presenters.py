"""Turn a snapshot into what a page shows: images resolved in one query, her choices marked.

Correct flags, feedback, explanations and which answers were right are only copied when
``reveal`` is true (a result page, when the quiz's ``show_answers`` allows it)."""

from dataclasses import dataclass, field

from wagtail.images import get_image_model

from quizzes.scoring import field_name, stored_points


@dataclass
class ChoiceView:
    id: str
    text: str
    image: object = None
    alt: str = ""
    selected: bool = False
    correct: bool | None = None
    feedback: str = ""


@dataclass
class QuestionView:
    id: str
    number: int
    kind: str
    prompt: str
    scenario: str
    field_name: str
    image: object = None
    image_alt: str = ""
    choices: list = field(default_factory=list)
    error: str = ""
    explanation: str = ""
    is_right: bool | None = None
    points: object = None

    @property
    def multiple(self):
        return self.kind == "multiple_choice"


def _images(snapshot):
    ids = {q["image"] for q in snapshot["questions"] if q["image"]}
    ids |= {c["image"] for q in snapshot["questions"] for c in q["choices"] if c["image"]}
    if not ids:
        return {}
    return {image.pk: image for image in get_image_model().objects.filter(pk__in=ids)}


def present(snapshot, *, answers=None, errors=None, results=None, reveal=False):
    """Questions for a template. ``results`` (an attempt's stored per-question results, see
    ``scoring.results_to_store``) adds whether each is right and its points."""
    images = _images(snapshot)
    answers = answers or {}
    errors = errors or {}
    results = results or {}
    views = []
    for number, q in enumerate(snapshot["questions"], start=1):
        selected = answers.get(q["id"], ())
        result = results.get(q["id"])
        views.append(
            QuestionView(
                id=q["id"],
                number=number,
                kind=q["kind"],
                prompt=q["prompt"],
                scenario=q["scenario"],
                field_name=field_name(q["id"]),
                image=images.get(q["image"]),
                image_alt=q["image_alt"],
                error=errors.get(q["id"], ""),
                explanation=q["explanation"] if reveal else "",
                is_right=result["right"] if (reveal and result) else None,
                points=stored_points(result) if (reveal and result) else None,
                choices=[
                    ChoiceView(
                        id=c["id"],
                        text=c["text"],
                        image=images.get(c["image"]),
                        alt=c["alt"],
                        selected=c["id"] in selected,
                        correct=c["correct"] if reveal else None,
                        feedback=c["feedback"] if reveal else "",
                    )
                    for c in q["choices"]
                ],
            )
        )
    return views

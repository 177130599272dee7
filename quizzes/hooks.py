"""Values that other apps add to quizzes, asked for through Wagtail hooks.

``quizzes`` knows nothing of pages: where a quiz is used (the lessons that end with it, the
courses it closes) is answered by the apps that use it. ``courses`` registers its answer in
``courses/wagtail_hooks.py``.
"""

from dataclasses import dataclass

from wagtail import hooks

# fn(quiz_ids) -> {quiz_id: [QuizUse, ...]}: where each quiz is used, with a link to edit it.
QUIZ_USES = "sen_quiz_uses"


@dataclass(frozen=True)
class QuizUse:
    label: str
    url: str


def uses_for(quiz_ids):
    """{quiz_id: [QuizUse]} for each of ``quiz_ids`` (an empty list for a quiz used nowhere),
    one call per registered answer whatever the number of quizzes."""
    uses = {quiz_id: [] for quiz_id in quiz_ids}
    if not uses:
        return uses
    for answer_for in hooks.get_hooks(QUIZ_USES):
        for quiz_id, found in (answer_for(list(uses)) or {}).items():
            uses.setdefault(quiz_id, []).extend(found)
    return uses


# fn(request, quiz) -> [(title, url)]: what she has finished that this quiz is part of (the
# courses it completes, each with its "course completed" page), shown on a passed result.
QUIZ_FINISHED = "sen_quiz_finished"


def finished_with(request, quiz):
    """[(title, url)] of what passing ``quiz`` is part of and she has finished."""
    if not request.user.is_authenticated:
        return []
    found = []
    for answer_for in hooks.get_hooks(QUIZ_FINISHED):
        found.extend(answer_for(request, quiz) or [])
    return found

"""Each rule has one home (docs/architecture.md, "Rules and their homes"): no other module
or template of the apps restates it. A failure names the file and what to call instead."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIP_DIRS = {"tests", "bench", "docs", "media", "migrations", "node_modules", "static"}

# (what is restated, pattern, the only files allowed to hold it, what to call instead)
RULES = [
    (
        "the attempt limit",
        re.compile(r"max_attempts\s*(?:[-<>]|[!=]=)|(?:[-<>]|[!=]=)\s*[\w.]*max_attempts"),
        {"quizzes/limits.py"},
        "quizzes.limits / quizzes.selectors.quiz_standing",
    ),
    (
        "the attempt limit (in a template)",
        re.compile(r"attempts_left\s*[<>]|max_attempts"),
        set(),
        "standing.may_answer from quizzes.selectors.quiz_standing",
    ),
    (
        "the live quiz",
        re.compile(r"Quiz\.objects\.filter\([^)]*\blive\s*="),
        set(),
        "Quiz.objects.live() / quizzes.selectors.live_quiz",
    ),
    (
        "a lesson's course",
        re.compile(r"get_parent\(\)\.specific|\[:\s*-\s*LessonPage\.steplen\s*\]"),
        {"courses/models/pages.py"},
        "LessonPage.course / LessonPage.course_path",
    ),
    (
        "batching",
        re.compile(r"range\(\s*0\s*,\s*len\("),
        {"core/iterables.py"},
        "core.iterables.batched",
    ),
    (
        "scoring an attempt",
        re.compile(r"\bscore_attempt\("),
        # contests/services.py scores a contest attempt once, when it is submitted.
        {"quizzes/scoring.py", "quizzes/services.py", "contests/services.py"},
        "the stored results (quizzes.services.attempt_results)",
    ),
]


def _sources():
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT)
        if path.suffix not in {".py", ".html"} or relative.parts[0].startswith("."):
            continue
        if SKIP_DIRS & set(relative.parts) or relative.parts[0].endswith(".egg-info"):
            continue
        yield relative.as_posix(), path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("rule", "pattern", "homes", "call"), RULES, ids=[r[0] for r in RULES])
def test_the_rule_is_not_restated_outside_its_home(rule, pattern, homes, call):
    in_template = rule.endswith("(in a template)")
    found = [
        f"{name}:{text.count(chr(10), 0, match.start()) + 1}"
        for name, text in _sources()
        if name.endswith(".html") == in_template and name not in homes
        for match in pattern.finditer(text)
    ]
    assert found == [], f"{rule} restated in {found}: call {call}"


def test_the_scan_reads_the_apps():
    names = {name for name, _text in _sources()}
    assert {"quizzes/limits.py", "courses/views.py", "lms/stats/counters.py"} <= names
    assert "quizzes/templates/quizzes/quiz_detail.html" in names

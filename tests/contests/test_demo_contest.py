"""The demo adds a question bank and a running contest with results, once."""

from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone

from contests.models import (
    Contest,
    ContestEntry,
    ContestQuestion,
    RoundStanding,
    UnitParticipation,
)
from contests.question_import import check_rows
from demo.contests import question_rows

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "questions": sorted(ContestQuestion.objects.values_list("pk", "topic", "live")),
        "contests": list(Contest.objects.values_list("pk", "slug")),
        "entries": ContestEntry.objects.count(),
        "standings": RoundStanding.objects.count(),
        "participation": sorted(
            UnitParticipation.objects.values_list("round_id", "chapter_id", "contestants")
        ),
    }


def test_demo_questions_pass_the_import_checks():
    plan = check_rows(question_rows())
    assert [(item.number, item.problems) for item in plan.problem_rows] == []


def test_load_demo_adds_a_bank_and_a_running_contest_once():
    call_command("load_demo")
    first = _snapshot()
    call_command("load_demo")
    assert _snapshot() == first

    live = ContestQuestion.objects.filter(live=True)
    assert live.count() >= 40
    topics = Counter(live.values_list("topic", flat=True))
    assert set(topics) == {"selling", "safety", "social"} and min(topics.values()) >= 10
    kinds = Counter(q.question[0].block_type for q in live)
    assert set(kinds) == {"single_choice", "multiple_choice", "true_false"}
    assert set(live.values_list("difficulty", flat=True)) == {"easy", "medium", "hard"}

    contest = Contest.objects.get()
    assert contest.live and contest.node.code == "qnam-queson"
    now = timezone.now()
    rounds = list(contest.rounds.order_by("starts_at"))
    assert [r.ends_at <= now for r in rounds] == [True, False, False]
    assert rounds[1].starts_at <= now < rounds[1].ends_at  # open now
    assert rounds[2].starts_at > now  # later
    for rule in contest.draw_rules.all():
        assert live.filter(topic=rule.topic, difficulty=rule.difficulty).count() >= rule.count


def test_closed_round_results_agree_with_the_attempts():
    call_command("load_demo")
    closed = Contest.objects.get().rounds.order_by("starts_at").first()
    entries = list(ContestEntry.objects.filter(round=closed))
    assert entries and all(e.submitted_at and e.correct is not None for e in entries)
    assert all(closed.starts_at <= e.submitted_at <= closed.ends_at for e in entries)
    # Recount from the attempts: best = most right answers, then least time.
    best = {}
    for entry in entries:
        key = (-entry.correct, entry.duration_ms)
        if entry.user_id not in best or key < best[entry.user_id][0]:
            best[entry.user_id] = (key, entry.pk)
    standings = {s.user_id: s.entry_id for s in RoundStanding.objects.filter(round=closed)}
    assert standings == {user: pk for user, (_key, pk) in best.items()}
    per_chapter = Counter({e.user_id: e.chapter_id for e in entries}.values())
    participation = dict(
        UnitParticipation.objects.filter(round=closed).values_list("chapter_id", "contestants")
    )
    assert participation == dict(per_chapter)
    perfect = sum(
        1
        for s in RoundStanding.objects.filter(round=closed).select_related("entry")
        if s.correct == s.entry.total
    )
    assert closed.perfect_count == perfect and closed.results_published_at is not None
    # Members beneath the contest's node only.
    assert all(e.chapter.path.startswith(closed.contest.node.path) for e in entries)

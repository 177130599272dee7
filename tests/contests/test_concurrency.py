"""Double taps and two tabs at the same instant, on PostgreSQL's row locks: one attempt, one
result, one standing, one contestant."""

import pytest

from contests.models import ContestEntry, RoundStanding, UnitParticipation
from contests.services import entry_start, entry_submit
from tests.concurrency import run_concurrently
from tests.contests.factories import right_answers

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_starts_at_once_open_one_attempt(places, contest):
    _contest, round_ = contest
    member = places["members"]["a"][0]
    results, errors = run_concurrently(
        lambda i: entry_start(round=round_, user=member, prediction=i).pk, 12
    )
    assert errors == []
    assert len(set(results)) == 1
    assert ContestEntry.objects.filter(user=member).count() == 1


def test_submits_at_once_record_one_result_one_standing_one_contestant(places, contest):
    _contest, round_ = contest
    member = places["members"]["b"][0]
    entry = entry_start(round=round_, user=member)
    right = {qid: frozenset(ids) for qid, ids in right_answers(entry).items()}
    results, errors = run_concurrently(
        lambda i: entry_submit(entry=entry, answers=right if i % 2 else {}), 12
    )
    assert errors == []
    assert sum(1 for done in results if done.newly) == 1
    entry.refresh_from_db()
    assert {done.entry.correct for done in results} == {entry.correct}
    assert RoundStanding.objects.get(round=round_).correct == entry.correct
    assert UnitParticipation.objects.get(round=round_).contestants == 1


def test_members_of_one_chapter_submitting_at_once_are_each_counted(places, contest):
    _contest, round_ = contest
    members = places["members"]["a"]
    entries = [entry_start(round=round_, user=m) for m in members]
    results, errors = run_concurrently(lambda i: entry_submit(entry=entries[i], answers={}), 3)
    assert errors == []
    assert UnitParticipation.objects.get(round=round_, chapter=places["a"]).contestants == 3
    assert RoundStanding.objects.filter(round=round_).count() == 3

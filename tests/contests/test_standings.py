"""Her standing per round and her chapter's contestants, kept by the submit service, equal a
hand-written table and a recount from the attempts themselves."""

from collections import defaultdict
from datetime import timedelta

import pytest
from django.utils import timezone

from contests.models import ContestEntry, Round, RoundStanding, UnitParticipation
from contests.services import entry_start, entry_submit
from tests.contests.factories import right_answers

pytestmark = pytest.mark.django_db


def take(round_, user, *, right, seconds, now):
    """Start at ``now``, answer ``right`` questions right, send after ``seconds``."""
    entry = entry_start(round=round_, user=user, prediction=right * 10, now=now)
    answers = {qid: frozenset(ids) for qid, ids in list(right_answers(entry).items())[:right]}
    return entry_submit(entry=entry, answers=answers, now=now + timedelta(seconds=seconds))


def recount(round_):
    """Standings and contestants per chapter from the submitted attempts, the slow way."""
    best, chapters = {}, defaultdict(set)
    for entry in ContestEntry.objects.filter(round=round_, submitted_at__isnull=False):
        key = (-entry.correct, entry.duration_ms, entry.number)
        if entry.user_id not in best or key < best[entry.user_id][0]:
            best[entry.user_id] = (key, entry)
        chapters[entry.chapter.code].add(entry.user_id)
    standings = {
        user: (entry.correct, entry.duration_ms, entry.number) for user, (_k, entry) in best.items()
    }
    return standings, {code: len(users) for code, users in chapters.items()}


def stored(round_):
    standings = {
        s.user_id: (s.correct, s.duration_ms, s.entry.number)
        for s in RoundStanding.objects.filter(round=round_).select_related("entry")
    }
    contestants = {
        p.chapter.code: p.contestants
        for p in UnitParticipation.objects.filter(round=round_).select_related("chapter")
    }
    return standings, contestants


def test_standings_and_participation_equal_the_table_and_a_recount(places, contest):
    contest, one = contest
    now = timezone.now()
    two = Round.objects.create(
        contest=contest, starts_at=now + timedelta(days=6), ends_at=now + timedelta(days=13)
    )
    a0, a1, a2 = places["members"]["a"]
    b0, b1 = places["members"]["b"]
    (c0,) = places["members"]["c"]

    take(one, a0, right=2, seconds=100, now=now)
    take(one, a0, right=3, seconds=200, now=now + timedelta(minutes=20))  # better: more right
    take(one, a1, right=3, seconds=90, now=now)
    take(one, a1, right=3, seconds=95, now=now + timedelta(minutes=20))  # slower: not better
    take(one, b0, right=1, seconds=50, now=now)
    entry_start(round=one, user=b1, now=now)  # started, never sent: not a contestant
    late = entry_start(round=one, user=c0, now=now)
    entry_submit(entry=late, answers={}, now=now + timedelta(seconds=600 + 16))  # late: zero
    later = now + timedelta(days=6, hours=1)
    take(two, a0, right=1, seconds=30, now=later)
    del a2  # never took part

    expected_one = {
        a0.pk: (3, 200_000, 2),
        a1.pk: (3, 90_000, 1),
        b0.pk: (1, 50_000, 1),
        c0.pk: (0, 600_000, 1),
    }
    assert stored(one) == (expected_one, {"a": 2, "b": 1, "c": 1})
    assert stored(one) == recount(one)
    assert stored(two) == ({a0.pk: (1, 30_000, 1)}, {"a": 1})
    assert stored(two) == recount(two)
    # The standing keeps the prediction of the attempt that counts.
    assert RoundStanding.objects.get(round=one, user=a0).prediction == 30
    assert RoundStanding.objects.get(round=one, user=a1).prediction == 30


def test_a_second_submit_moves_no_counter(places, contest):
    contest, round_ = contest
    member = places["members"]["a"][0]
    now = timezone.now()
    done = take(round_, member, right=3, seconds=60, now=now)
    again = entry_submit(entry=done.entry, answers={}, now=now + timedelta(seconds=61))
    assert (done.newly, again.newly) == (True, False)
    assert again.entry.correct == 3
    assert stored(round_) == ({member.pk: (3, 60_000, 1)}, {"a": 1})

"""The recount (standings_recount) against the standings the submit service keeps as
members take the contest through its services, attempts and double taps included."""

import random
from datetime import timedelta

from contests import rankings
from contests.rules import standing_rank_key
from contests.services import (
    entry_start,
    entry_submit,
    recount_standings,
    round_results_publish,
    standings_recount,
)
from tests.contests.factories import right_answers


def test_recount_equals_what_the_submit_service_kept(contest, places):
    contest_, round_ = contest
    rng = random.Random(16)
    members = [user for users in places["members"].values() for user in users][:6]
    now = round_.starts_at + timedelta(minutes=1)
    for _attempt in range(2):
        for i, user in enumerate(members):
            entry = entry_start(round=round_, user=user, prediction=i, now=now, rng=rng)
            right = right_answers(entry)
            answers = {qid: ids for qid, ids in right.items() if rng.random() < 0.6}
            later = now + timedelta(seconds=rng.randint(20, 500))
            entry_submit(entry=entry, answers=answers, now=later)
            entry_submit(entry=entry, answers=right, now=later)  # a double tap: kept once
    assert not standings_recount(round=round_, fix=False)
    # And the ranking the pages read is the recount's, in the rule's order.
    best, units = recount_standings(round_)
    expected = sorted(
        best.values(), key=lambda s: (standing_rank_key(s.correct, s.duration_ms, None), s.user_id)
    )
    page = rankings.round_ranking(round_, places["p"])
    assert [r.user_id for r in page.rows] == [s.user_id for s in expected]
    assert rankings.unit_table(round_, places["p"]).total.contestants == sum(units.values()) == 6


def test_publish_after_real_attempts_counts_perfect_scores(contest, places):
    contest_, round_ = contest
    users = places["members"]["a"]
    now = round_.starts_at + timedelta(minutes=1)
    for user, all_right in zip(users, (True, True, False), strict=True):
        entry = entry_start(round=round_, user=user, now=now)
        answers = right_answers(entry) if all_right else {}
        entry_submit(entry=entry, answers=answers, now=now + timedelta(seconds=30))
    round_.ends_at = now + timedelta(minutes=5)
    round_.save()
    round_results_publish(round=round_, now=now + timedelta(hours=1))
    assert round_.perfect_count == 2

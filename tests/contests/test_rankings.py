"""The rankings against the hand-computed contest of conftest.py."""

import pytest

from contests import rankings
from contests.rules import standing_rank_key
from contests.services import round_results_publish
from tests.contests.factories import ContestFactory, closed_round, submit
from tests.lms.factories import ChapterFactory, MemberFactory

# (given name, unit, right answers, ms, prediction, distance) in rank order: round 1, published.
ROUND_1 = [
    ("Mai", "Chi hội B", 10, 250_000, 10, 7),
    ("Lan", "Chi hội A", 10, 300_000, 3, 0),
    ("Hoa", "Chi hội A", 10, 300_000, 2, 1),
    ("Thu", "Chi hội E", 9, 100_000, 4, 1),
    ("Hằng", "Chi hội E", 9, 150_000, 3, 0),
    ("Nga", "Chi hội A", 7, 50_000, None, None),
    ("Ngọc", "Chi hội F", 6, 90_000, 0, 3),
]
# Overall over rounds 1 and 2: (given name, right answers, ms, distance, rounds).
OVERALL = [
    ("Mai", 20, 510_000, 8, 2),
    ("Thu", 19, 200_000, 4, 2),
    ("Lan", 18, 500_000, 1, 2),
    ("Hoa", 10, 300_000, 1, 1),
    ("Hằng", 9, 150_000, 0, 1),
    ("Nga", 7, 50_000, None, 1),
    ("Ngọc", 6, 90_000, 3, 1),
]


def _table(ranking):
    return [
        (r.given_name, r.unit, r.correct, r.duration_ms, r.prediction, r.closeness)
        for r in ranking.rows
    ]


def test_round_ranking_after_publication_breaks_ties_by_time_then_prediction(published):
    ranking = rankings.round_ranking(published["r1"], published["p"])
    assert _table(ranking) == ROUND_1
    assert [r.rank for r in ranking.rows] == [1, 2, 3, 4, 5, 6, 7]
    assert published["r1"].perfect_count == 3


def test_before_publication_the_prediction_does_not_count(contest_world):
    ranking = rankings.round_ranking(contest_world["r1"], contest_world["p"])
    names = [r.given_name for r in ranking.rows]
    assert names[:3] == ["Mai", "Hoa", "Lan"]  # the tie stays in sign-up order
    assert all(r.closeness is None for r in ranking.rows)
    assert ranking.published is False


def test_database_order_equals_the_rule(published):
    standings = list(rankings.round_standings(published["r1"], published["p"]))
    by_rule = sorted(
        standings,
        key=lambda s: (standing_rank_key(s.correct, s.duration_ms, s.closeness), s.user_id),
    )
    assert [s.pk for s in standings] == [s.pk for s in by_rule]


def test_ranking_beneath_a_unit_holds_only_its_members(published):
    ranking = rankings.round_ranking(published["r1"], published["d2"])
    assert [r.given_name for r in ranking.rows] == ["Thu", "Hằng"]
    assert [r.rank for r in ranking.rows] == [1, 2]


def test_overall_sums_the_best_of_each_published_round(published):
    ranking = rankings.overall_ranking(published["contest"], published["p"])
    assert [
        (r.given_name, r.correct, r.duration_ms, r.closeness, r.rounds) for r in ranking.rows
    ] == OVERALL


def test_overall_leaves_out_rounds_not_published(contest_world):
    round_results_publish(round=contest_world["r1"])
    ranking = rankings.overall_ranking(contest_world["contest"], contest_world["p"])
    assert ranking.rows[0].given_name == "Mai"
    assert ranking.rows[0].correct == 10  # round 2 (closed, not published) and round 3 left out


def test_ranking_is_paged_fifty_at_a_time(tree):
    contest_round = closed_round(ContestFactory(node=tree["p"]))
    for i in range(55):
        user = MemberFactory(chapter=tree["a"]).user
        submit(contest_round, user, correct=i % 11, duration_ms=1000 + i)
    first = rankings.round_ranking(contest_round, tree["p"])
    second = rankings.round_ranking(contest_round, tree["p"], page=2)
    assert len(first.rows) == 50 and len(second.rows) == 5
    assert second.rows[0].rank == 51
    assert first.count == 55


def test_units_by_participation_rate_and_by_contestants(published):
    table = rankings.unit_table(published["r1"], published["c1"])
    assert [
        (r.node.name, r.members, r.contestants, str(r.rate), r.rank_by_rate, r.rank_by_contestants)
        for r in table.rows
    ] == [
        ("Chi hội F", 1, 1, "100.0", 1, 2),
        ("Chi hội A", 4, 3, "75.0", 2, 1),
        ("Chi hội B", 2, 1, "50.0", 3, 3),
    ]
    by_contestants = rankings.unit_table(published["r1"], published["c1"], order="contestants")
    assert [r.node.name for r in by_contestants.rows] == ["Chi hội A", "Chi hội F", "Chi hội B"]


def test_units_at_the_province_sum_every_level_beneath(published):
    table = rankings.unit_table(published["r1"], published["p"])
    assert [(r.node.name, r.members, r.contestants, str(r.rate)) for r in table.rows] == [
        ("Huyện 1", 7, 5, "71.4"),
        ("Huyện 2", 4, 2, "50.0"),
    ]
    assert (table.total.members, table.total.contestants, str(table.total.rate)) == (
        11,
        7,
        "63.6",
    )


def test_participation_by_round(published):
    rounds = rankings.contest_rounds(published["contest"])
    figures = [
        (c, m, str(rate))
        for _r, c, m, rate in rankings.participation_by_round(rounds, published["p"])
    ]
    assert figures == [(7, 11, "63.6"), (3, 11, "27.3"), (1, 11, "9.1")]


def _grow(tree, contest_round, chapters, contestants):
    """``chapters`` chapters under commune C1, ``contestants`` members submitting."""
    made = [ChapterFactory(parent=tree["c1"]) for _ in range(chapters)]
    for i in range(contestants):
        chapter = made[i % chapters]
        submit(contest_round, MemberFactory(chapter=chapter).user, correct=i % 10, duration_ms=i)


@pytest.mark.parametrize(("chapters", "contestants"), [(2, 5), (20, 50)])
def test_rankings_and_units_take_a_fixed_number_of_queries(
    tree, django_assert_max_num_queries, chapters, contestants
):
    contest = ContestFactory(node=tree["p"])
    contest_round = closed_round(contest)
    _grow(tree, contest_round, chapters, contestants)
    round_results_publish(round=contest_round)
    with django_assert_max_num_queries(2):
        rankings.round_ranking(contest_round, tree["p"])
    with django_assert_max_num_queries(3):
        rankings.overall_ranking(contest, tree["p"])
    with django_assert_max_num_queries(3):
        rankings.unit_table(contest_round, tree["c1"])
    with django_assert_max_num_queries(4):
        rankings.dashboard_participation(tree["c1"])

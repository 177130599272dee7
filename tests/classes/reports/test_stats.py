"""Class counters: kept by session_counted, equal to a hand-counted table and to recompute."""

import random
from datetime import date

import pytest
from django.core.management import call_command
from django.db.models import Sum

from classes import stats
from classes.models import Attendance, ClassStat, ClassTrained
from lms.models import Member
from tests.classes.factories import closed_session

pytestmark = pytest.mark.django_db

SEP, OCT = date(2026, 9, 1), date(2026, 10, 1)


def table(tree):
    """ClassStat as {(unit code, course letter, month): (sessions, attendances, trained)}."""
    codes = {node.pk: code for code, node in tree["nodes"].items()}
    courses = {tree["x"].pk: "X", tree["y"].pk: "Y"}
    return {
        (codes[r.chapter_id], courses[r.course_id], r.month): (
            r.sessions_held,
            r.attendances,
            r.members_trained,
        )
        for r in ClassStat.objects.all()
        if (r.sessions_held, r.attendances, r.members_trained) != (0, 0, 0)
    }


def close_story(tree):
    """S1 at A (X, Sep): a1 a2 b1. S2 at commune C1 (X, Oct): a1 b1 b2 e1. S3 at E (Y, Oct):
    e1 e2. S4 at district D2 (X, 25 Sep), closed last: e1, whose first X session it becomes.
    S5 at B (X) is closed but nobody came. An open session with a check-in counts nothing."""
    who = tree["people"]
    x, y = tree["x"], tree["y"]
    closed_session(
        host=tree["a"], course=x, day="2026-09-10", attendees=[who["a1"], who["a2"], who["b1"]]
    )
    closed_session(
        host=tree["c1"],
        course=x,
        day="2026-10-05",
        attendees=[who["a1"], who["b1"], who["b2"], who["e1"]],
    )
    closed_session(host=tree["e"], course=y, day="2026-10-20", attendees=[who["e1"], who["e2"]])
    closed_session(host=tree["d2"], course=x, day="2026-09-25", attendees=[who["e1"]])
    closed_session(host=tree["b"], course=x, day="2026-10-30")
    open_one = closed_session(
        host=tree["a"], course=x, day="2026-10-31", attendees=[who["a3"]], counted=False
    )
    open_one.closed_at = None
    open_one.save(update_fields=["closed_at"])


EXPECTED = {
    ("a", "X", SEP): (1, 2, 2),
    ("b", "X", SEP): (0, 1, 1),
    ("d2", "X", SEP): (1, 0, 0),
    ("e", "X", SEP): (0, 1, 1),
    ("c1", "X", OCT): (1, 0, 0),
    ("a", "X", OCT): (0, 1, 0),
    ("b", "X", OCT): (1, 2, 1),
    ("e", "X", OCT): (0, 1, 0),
    ("e", "Y", OCT): (1, 2, 2),
}


def test_counters_match_a_hand_counted_table(tree):
    close_story(tree)
    assert table(tree) == EXPECTED
    assert stats.recompute() == {}
    assert table(tree) == EXPECTED


def test_a_member_is_trained_once_per_course_in_the_month_of_her_first_session(tree):
    close_story(tree)
    e1 = tree["people"]["e1"]
    row = ClassTrained.objects.get(user=e1, course=tree["x"])
    assert (row.month, row.chapter_id) == (SEP, tree["e"].pk)
    assert ClassTrained.objects.filter(course=tree["x"]).count() == 5  # a1 a2 b1 b2 e1


@pytest.mark.parametrize(
    ("code", "course", "figures"),
    [
        ("p", "X", (4, 8, 5)),
        ("p", "Y", (1, 2, 2)),
        ("d1", "X", (3, 6, 4)),
        ("d2", "X", (1, 2, 1)),
        ("c1", "X", (3, 6, 4)),
        ("c2", "X", (0, 2, 1)),
        ("a", "X", (1, 3, 2)),
        ("b", "X", (1, 3, 2)),
        ("e", "Y", (1, 2, 2)),
    ],
)
def test_rollup_by_path_gives_each_level_its_subtree(tree, code, course, figures):
    close_story(tree)
    node = tree[code]
    sums = ClassStat.objects.filter(
        chapter__path__startswith=node.path, course=tree[course.lower()]
    ).aggregate(s=Sum("sessions_held"), a=Sum("attendances"), t=Sum("members_trained"))
    assert (sums["s"] or 0, sums["a"] or 0, sums["t"] or 0) == figures


def test_counting_a_session_twice_changes_nothing(tree):
    who = tree["people"]
    session = closed_session(
        host=tree["a"], course=tree["x"], day="2026-09-10", attendees=[who["a1"], who["b1"]]
    )
    before = table(tree)
    assert stats.session_counted(session=session) is False
    assert table(tree) == before == {("a", "X", SEP): (1, 1, 1), ("b", "X", SEP): (0, 1, 1)}


def test_an_open_session_is_refused(tree):
    session = closed_session(host=tree["a"], course=tree["x"], day="2026-09-10", counted=False)
    session.closed_at = None
    with pytest.raises(ValueError):
        stats.session_counted(session=session)


def test_she_stays_counted_where_she_was_when_she_moves(tree):
    who = tree["people"]
    closed_session(host=tree["a"], course=tree["x"], day="2026-09-10", attendees=[who["a1"]])
    Member.objects.filter(user=who["a1"]).update(chapter=tree["e"])
    assert stats.recompute() == {}
    assert table(tree) == {("a", "X", SEP): (1, 1, 1)}


def test_recompute_reports_and_fixes_drift_and_counts_a_session_nobody_counted(tree, capsys):
    who = tree["people"]
    closed_session(host=tree["a"], course=tree["x"], day="2026-09-10", attendees=[who["a1"]])
    closed_session(
        host=tree["b"], course=tree["x"], day="2026-09-12", attendees=[who["b1"]], counted=False
    )
    ClassStat.objects.filter(chapter=tree["a"]).update(attendances=7)
    call_command("recompute_class_stats")
    out = capsys.readouterr().out
    assert "was 1/7/1, now 1/1/1" in out
    assert "Fixed 2 counter rows" in out
    assert table(tree) == {("a", "X", SEP): (1, 1, 1), ("b", "X", SEP): (1, 1, 1)}
    assert Attendance.objects.get(user=who["b1"]).chapter == tree["b"]
    call_command("recompute_class_stats")
    assert "agree" in capsys.readouterr().out


def oracle(sessions, chapter_of):
    """Figures counted by hand from the sessions closed: [(host, course, month, starts, users)]."""
    expected, first = {}, {}
    for host, course, month, starts, users in sessions:
        expected.setdefault((host, course, month), [0, 0, 0])[0] += 1
        for user in users:
            expected.setdefault((chapter_of[user], course, month), [0, 0, 0])[1] += 1
            if (user, course) not in first or starts < first[(user, course)][0]:
                first[(user, course)] = (starts, chapter_of[user], month)
    for (_user, course), (_starts, chapter, month) in first.items():
        expected.setdefault((chapter, course, month), [0, 0, 0])[2] += 1
    return {key: tuple(v) for key, v in expected.items()}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_counters_equal_a_recount_after_random_closes(tree, seed):
    rng = random.Random(seed)
    nodes = list(tree["nodes"])
    people = list(tree["people"])
    chapter_of = {name: name[0] for name in people}  # a1 is in A, e2 in E
    plan = []
    for i in range(12):
        day = date(2026, rng.choice([8, 9, 10]), rng.randint(1, 28))
        plan.append(
            (rng.choice(nodes), rng.choice("XY"), day, i, rng.sample(people, rng.randint(0, 4)))
        )
    rng.shuffle(plan)  # closed in any order, not by date
    done = []
    for host, course, day, i, users in plan:
        closed_session(
            host=tree[host],
            course=tree[course.lower()],
            day=f"{day.isoformat()}",
            attendees=[tree["people"][u] for u in users],
        )
        done.append((host, course, day.replace(day=1), (day, i), users))
        assert table(tree) == oracle(done, chapter_of)
    assert stats.recompute() == {}

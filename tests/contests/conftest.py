"""A small tree for contests: province P (district D1: chapters A and B; district D2: chapter
C) and another province Q (chapter Z). Six members beneath P (A: 3, B: 2, C: 1), one in Z.

The rankings' contest (``contest_world``), hand-computed: a province tree, two closed rounds
and an open one.

Province P > district D1 (commune C1: chapters A 4 members, B 2, F 1), district D2
(commune C2: chapter E 4 members). The contest is run by the province; answers out of 10.

Round 1 (closed): Mai B 10 in 250 s (predicted 10); Lan A 10 in 300 s (predicted 3);
Hoa A 10 in 300 s (predicted 2); Thu E 9 in 100 s (4); Hằng E 8 in 200 s then 9 in 150 s
(3); Nga A 7 in 50 s (no prediction); Ngọc F 6 in 90 s (0). Three answered everything right.
Round 2 (closed): Mai 10 in 260 s (1); Thu 10 in 100 s (5); Lan 8 in 200 s (1): two perfect.
Round 3 (open): Nga 10 in 100 s.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from contests.services import round_results_publish
from lms.chapters.groups import ensure_officials_group
from lms.models import Chapter, Role
from tests.contests.factories import (
    ContestFactory,
    RoundFactory,
    closed_round,
    contest_with_round,
    submit,
)
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory


@pytest.fixture
def places(db):
    p = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh P", code="p")
    d1 = ChapterFactory(parent=p, kind=Chapter.Kind.DISTRICT, name="Huyện D1", code="d1")
    d2 = ChapterFactory(parent=p, kind=Chapter.Kind.DISTRICT, name="Huyện D2", code="d2")
    q = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh Q", code="q")
    chapters = {
        "a": ChapterFactory(parent=d1, name="Chi hội A", code="a", invite_code="abcd2345"),
        "b": ChapterFactory(parent=d1, name="Chi hội B", code="b"),
        "c": ChapterFactory(parent=d2, name="Chi hội C", code="c"),
        "z": ChapterFactory(parent=q, name="Chi hội Z", code="z"),
    }
    members = {
        name: [MemberFactory(chapter=chapters[name]).user for _ in range(n)]
        for name, n in (("a", 3), ("b", 2), ("c", 1), ("z", 1))
    }
    return {"p": p, "d1": d1, "d2": d2, "q": q, **chapters, "members": members}


@pytest.fixture
def contest(places):
    """A contest of province P with one round open now: 3 questions, 2 attempts, 10 minutes."""
    contest, round_ = contest_with_round(node=places["p"])
    return contest, round_


@pytest.fixture
def tree(db):
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh P", code="p")
    d1 = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện 1", code="d1")
    d2 = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện 2", code="d2")
    c1 = ChapterFactory(parent=d1, kind=Chapter.Kind.COMMUNE, name="Xã 1", code="c1")
    c2 = ChapterFactory(parent=d2, kind=Chapter.Kind.COMMUNE, name="Xã 2", code="c2")
    a = ChapterFactory(parent=c1, name="Chi hội A", code="a")
    b = ChapterFactory(parent=c1, name="Chi hội B", code="b")
    f = ChapterFactory(parent=c1, name="Chi hội F", code="f")
    e = ChapterFactory(parent=c2, name="Chi hội E", code="e")
    return {"p": province, "d1": d1, "d2": d2, "c1": c1, "c2": c2, "a": a, "b": b, "f": f, "e": e}


def _member(chapter, name):
    return MemberFactory(chapter=chapter, full_name=name).user


@pytest.fixture
def contest_world(tree):
    t = tree
    # Hoa is created before Lan: before the prediction counts, the tie goes by id (Hoa first).
    people = {
        "hoa": _member(t["a"], "Trần Thị Hoa"),
        "lan": _member(t["a"], "Nguyễn Thị Lan"),
        "nga": _member(t["a"], "Bùi Thị Nga"),
        "mai": _member(t["b"], "Lê Thị Mai"),
        "ngoc": _member(t["f"], "Võ Thị Ngọc"),
        "thu": _member(t["e"], "Phạm Thị Thu"),
        "hang": _member(t["e"], "Đỗ Thị Hằng"),
    }
    _member(t["a"], "Hoàng Thị Yến")  # A's fourth member never takes part
    _member(t["b"], "Ngô Thị Xuân")
    _member(t["e"], "Đinh Thị Vân")
    _member(t["e"], "Lý Thị Quyên")
    contest = ContestFactory(node=t["p"], title="Cuộc thi Phụ nữ với chuyển đổi số")
    r1 = closed_round(contest, days_ago=8, sort_order=0)
    r2 = closed_round(contest, days_ago=1, sort_order=1)
    now = timezone.now()
    r3 = RoundFactory(
        contest=contest,
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(days=6),
        sort_order=2,
    )
    p = people
    submit(r1, p["mai"], correct=10, duration_ms=250_000, prediction=10)
    submit(r1, p["lan"], correct=10, duration_ms=300_000, prediction=3)
    submit(r1, p["hoa"], correct=10, duration_ms=300_000, prediction=2)
    submit(r1, p["thu"], correct=9, duration_ms=100_000, prediction=4)
    submit(r1, p["hang"], correct=8, duration_ms=200_000, prediction=5)
    submit(r1, p["hang"], correct=9, duration_ms=150_000, prediction=3)
    submit(r1, p["nga"], correct=7, duration_ms=50_000)
    submit(r1, p["ngoc"], correct=6, duration_ms=90_000, prediction=0)
    submit(r2, p["mai"], correct=10, duration_ms=260_000, prediction=1)
    submit(r2, p["thu"], correct=10, duration_ms=100_000, prediction=5)
    submit(r2, p["lan"], correct=8, duration_ms=200_000, prediction=1)
    submit(r3, p["nga"], correct=10, duration_ms=100_000, prediction=2)
    return {**t, "people": people, "contest": contest, "r1": r1, "r2": r2, "r3": r3}


@pytest.fixture
def published(contest_world):
    for key in ("r1", "r2"):
        round_results_publish(round=contest_world[key])
    return contest_world


@pytest.fixture
def officials(tree):
    """An official of the province, of each district, of another province; a plain member."""
    ensure_officials_group()
    other = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh khác", code="q")

    def official(node):
        user = UserFactory()
        Role.objects.create(user=user, node=node, kind=Role.Kind.OFFICIAL)
        return user

    return {
        "province": official(tree["p"]),
        "d1": official(tree["d1"]),
        "d2": official(tree["d2"]),
        "other": official(other),
        "member": MemberFactory(chapter=ChapterFactory(parent=other, code="q-x")).user,
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }

"""A small tree for contests: province P (district D1: chapters A and B; district D2: chapter
C) and another province Q (chapter Z). Six members beneath P (A: 3, B: 2, C: 1), one in Z."""

import pytest

from lms.models import Chapter
from tests.contests.factories import contest_with_round
from tests.lms.factories import ChapterFactory, MemberFactory


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

"""Shared fixtures for the chapter reports: a small hand-computed tree and its people."""

import pytest

from courses.services import lesson_complete
from lms.chapters.groups import ensure_officials_group
from lms.models import Chapter, Role
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

ALLOWED_ON_A = {"leader_a", "official_d1", "superuser"}
EVERYONE = [
    "anonymous",
    "member",
    "leader_a",
    "leader_b",
    "official_d1",
    "official_d2",
    "trainer",
    "superuser",
]


@pytest.fixture
def tree(home):
    """Province > district D1 (commune C1: chapters A, B), district D2 (commune C2: chapter E).

    Course X (2 lessons), course Y (1 lesson). Members: A has 4, B has 2, E has 2.
    Completed X: 2 in A, 1 in B; started X only: 1 in A. Completed Y: 1 in A, 2 in E.
    """
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh", code="p")
    d1 = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện 1", code="d1")
    d2 = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện 2", code="d2")
    c1 = ChapterFactory(parent=d1, kind=Chapter.Kind.COMMUNE, name="Xã 1", code="c1")
    c2 = ChapterFactory(parent=d2, kind=Chapter.Kind.COMMUNE, name="Xã 2", code="c2")
    a = ChapterFactory(parent=c1, name="Chi hội A", code="a")
    b = ChapterFactory(parent=c1, name="Chi hội B", code="b")
    e = ChapterFactory(parent=c2, name="Chi hội E", code="e")
    x, x_lessons = course_with_lessons(home, lessons=2, title="Khóa X")
    y, y_lessons = course_with_lessons(home, lessons=1, title="Khóa Y")
    members = {
        name: [MemberFactory(chapter=chapter).user for _ in range(n)]
        for name, chapter, n in (("a", a, 4), ("b", b, 2), ("e", e, 2))
    }

    def finish(user, lessons):
        for lesson in lessons:
            lesson_complete(user=user, lesson=lesson)

    finish(members["a"][0], x_lessons)
    finish(members["a"][1], x_lessons)
    finish(members["b"][0], x_lessons)
    finish(members["a"][2], x_lessons[:1])
    finish(members["a"][0], y_lessons)
    finish(members["e"][0], y_lessons)
    finish(members["e"][1], y_lessons)
    return {
        "province": province,
        "d1": d1,
        "d2": d2,
        "c1": c1,
        "a": a,
        "b": b,
        "e": e,
        "x": x,
        "y": y,
        "members": members,
    }


@pytest.fixture
def people(tree):
    """One person of each kind around chapter A (None for the anonymous visitor)."""
    leader_a = UserFactory()
    Role.objects.create(user=leader_a, node=tree["a"], kind=Role.Kind.LEADER)
    leader_b = UserFactory()
    Role.objects.create(user=leader_b, node=tree["b"], kind=Role.Kind.LEADER)
    official_d1 = UserFactory()
    Role.objects.create(user=official_d1, node=tree["d1"], kind=Role.Kind.OFFICIAL)
    official_d2 = UserFactory()
    Role.objects.create(user=official_d2, node=tree["d2"], kind=Role.Kind.OFFICIAL)
    trainer = UserFactory(is_staff=True)
    Role.objects.create(user=trainer, node=tree["province"], kind=Role.Kind.TRAINER)
    ensure_officials_group()  # leaders and officials may open the admin's union screens
    return {
        "anonymous": None,
        "member": tree["members"]["a"][3],
        "leader_a": leader_a,
        "leader_b": leader_b,
        "official_d1": official_d1,
        "official_d2": official_d2,
        "trainer": trainer,
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }


# Chapter A of the tree above, named by hand: who did what (the member list's tests).
NAMES = {
    0: "Lê Thị Ánh",  # finished X and Y
    1: "Trần Thị Bình",  # finished X
    2: "Nguyễn Thị Cúc",  # started X
    3: "Phạm Thị Dung",  # nothing yet
}


@pytest.fixture
def chapter_a(tree):
    """The tree with chapter A's members named as in NAMES."""
    for i, name in NAMES.items():
        member = tree["members"]["a"][i].member
        member.full_name = name
        member.save()
    return tree

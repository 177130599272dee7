"""A small tree for the class reports, with hand-counted figures in the tests (its ``tree``
takes the place of tests/lms/conftest.py's in this folder)."""

import pytest

from lms.models import Chapter, Role
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory


@pytest.fixture
def tree(home):
    """Province P > district D1 (commune C1: chapters A, B), district D2 (commune C2:
    chapter E). Members: a1..a3 in A, b1..b2 in B, e1..e2 in E. Courses X (2 lessons), Y (1)."""
    p = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh P", code="p")
    d1 = ChapterFactory(parent=p, kind=Chapter.Kind.DISTRICT, name="Huyện 1", code="d1")
    d2 = ChapterFactory(parent=p, kind=Chapter.Kind.DISTRICT, name="Huyện 2", code="d2")
    c1 = ChapterFactory(parent=d1, kind=Chapter.Kind.COMMUNE, name="Xã 1", code="c1")
    c2 = ChapterFactory(parent=d2, kind=Chapter.Kind.COMMUNE, name="Xã 2", code="c2")
    a = ChapterFactory(parent=c1, name="Chi hội A", code="a")
    b = ChapterFactory(parent=c1, name="Chi hội B", code="b")
    e = ChapterFactory(parent=c2, name="Chi hội E", code="e")
    x, x_lessons = course_with_lessons(home, lessons=2, title="Khóa X")
    y, y_lessons = course_with_lessons(home, lessons=1, title="Khóa Y")
    people = {}
    for chapter, prefix, n in ((a, "a", 3), (b, "b", 2), (e, "e", 2)):
        for i in range(1, n + 1):
            people[f"{prefix}{i}"] = MemberFactory(
                chapter=chapter, full_name=f"Hội viên {prefix.upper()}{i}"
            ).user
    nodes = {"p": p, "d1": d1, "d2": d2, "c1": c1, "c2": c2, "a": a, "b": b, "e": e}
    return {
        **nodes,
        "nodes": nodes,
        "x": x,
        "y": y,
        "x_lessons": x_lessons,
        "y_lessons": y_lessons,
        "people": people,
    }


@pytest.fixture
def viewers(tree):
    """Who opens the reports: leaders of A and of E, officials of D1 and D2, a plain member,
    a trainer (no scope on dashboards) and a superuser."""

    def role(kind, node):
        user = UserFactory()
        Role.objects.create(user=user, node=node, kind=kind)
        return user

    return {
        "leader_a": role(Role.Kind.LEADER, tree["a"]),
        "leader_e": role(Role.Kind.LEADER, tree["e"]),
        "official_d1": role(Role.Kind.OFFICIAL, tree["d1"]),
        "official_d2": role(Role.Kind.OFFICIAL, tree["d2"]),
        "official_p": role(Role.Kind.OFFICIAL, tree["p"]),
        "trainer": role(Role.Kind.TRAINER, tree["p"]),
        "member": tree["people"]["a3"],
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }

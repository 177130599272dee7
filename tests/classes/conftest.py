"""The tree and people of the chapter reports (tests/lms/conftest.py), and a class held by
chapter A's leader for chapter A, covering both lessons of course X, begun 10 minutes ago.

Province > D1 (C1: chapters A, B) and D2 (C2: chapter E). Course X has 2 lessons; members
a[0], a[1] and b[0] finished X before the class, a[2] did its first lesson only.
"""

import pytest

from courses.models import LessonPage
from tests.classes.factories import schedule
from tests.lms.conftest import people, tree  # noqa: F401 (fixtures)


@pytest.fixture
def x_lessons(tree):  # noqa: F811
    return list(LessonPage.objects.child_of(tree["x"]).order_by("path"))


@pytest.fixture
def session(tree, people, x_lessons):  # noqa: F811
    return schedule(
        organiser=people["leader_a"],
        course=tree["x"],
        lessons=x_lessons,
        host=tree["a"],
        invited=[tree["a"]],
    )

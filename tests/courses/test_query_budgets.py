"""Pages make the same number of queries for a course of 4 lessons and one of 20."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services import lesson_complete
from tests.courses.factories import course_with_lessons
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def member_client(client):
    member = MemberFactory().user
    client.force_login(member)
    client.member = member
    return client


@pytest.mark.parametrize("page", ["home", "course", "lesson"])
def test_query_count_does_not_grow_with_lessons(member_client, home, page):
    counts = []
    for size in (4, 20):
        course, lessons = course_with_lessons(home, lessons=size)
        for lesson in lessons[: size // 2]:
            lesson_complete(user=member_client.member, lesson=lesson)
        url = {"home": home.url, "course": course.url, "lesson": lessons[1].url}[page]
        _count(member_client, url)  # warm caches (site root paths) as a real server would
        counts.append(_count(member_client, url))
    assert counts[0] == counts[1], counts


def test_home_budget(member_client, home, django_assert_max_num_queries):
    course, _lessons = course_with_lessons(home, lessons=20)
    member_client.get(home.url)
    # 14: one each for the classes she is invited to and the contests open to her (the
    # HOME_PANELS answers of classes and contests)
    with django_assert_max_num_queries(14):
        response = member_client.get(home.url)
    assert response.status_code == 200
    assert course.title in response.content.decode()


def test_lesson_budget(member_client, home, django_assert_max_num_queries):
    course, lessons = course_with_lessons(home, lessons=20)
    member_client.get(lessons[3].url)
    # 15: one is the insert of her first opening (which does nothing on a later visit)
    with django_assert_max_num_queries(15):
        response = member_client.get(lessons[3].url)
    assert response.status_code == 200
    text = response.content.decode()
    assert lessons[3].title in text
    assert lessons[19].title in text  # the outline lists the whole course


def test_my_learning_budget(member_client, home, django_assert_max_num_queries):
    courses = []
    for _ in range(3):
        course, lessons = course_with_lessons(home, lessons=6)
        lesson_complete(user=member_client.member, lesson=lessons[0])
        courses.append(course)
    with django_assert_max_num_queries(10):
        response = member_client.get("/my-learning/")
    assert response.status_code == 200
    assert all(course.title in response.content.decode() for course in courses)

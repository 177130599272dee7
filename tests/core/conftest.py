"""Fixtures of the background-work tests."""

import pytest

from courses.services import lesson_complete
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory


@pytest.fixture
def database_queue(settings):
    settings.SEN_TASKS = "database"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


@pytest.fixture
def scene(home):
    """A course of two lessons; three members of one chapter did the first only."""
    course, lessons = course_with_lessons(home, lessons=2, title="Giữ an toàn tài khoản")
    chapter = ChapterFactory(name="Chi hội Khu phố 30/4")
    members = [MemberFactory(chapter=chapter) for _ in range(3)]
    for member in members:
        lesson_complete(user=member.user, lesson=lessons[0], course=course)
    return course, lessons, chapter, members


@pytest.fixture
def admin(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    client.cookies["django_language"] = "en"
    return client

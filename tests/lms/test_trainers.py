"""Trainers can author courses and quizzes in the admin, and nothing else."""

import pytest
from django.contrib.auth.models import Group

from courses.models import CoursePage
from lms.chapters.groups import TRAINERS_GROUP, ensure_trainers_group
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, home):
    ensure_trainers_group()
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    client.force_login(trainer)
    return client


def test_trainers_group_exists_after_migrate():
    group = Group.objects.get(name=TRAINERS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {
        "access_admin",
        "add_quiz",
        "change_quiz",
        "publish_quiz",
        # contests grant these after migrate: trainers author the contest question bank
        "add_contestquestion",
        "change_contestquestion",
        "publish_contestquestion",
    }


def test_trainer_can_open_the_admin_pages_and_quizzes(trainer_client, home):
    assert trainer_client.get("/admin/").status_code == 200
    assert trainer_client.get(f"/admin/pages/{home.pk}/").status_code == 200
    assert trainer_client.get("/admin/snippets/quizzes/quiz/").status_code == 200
    assert trainer_client.get("/admin/snippets/quizzes/quiz/add/").status_code == 200
    assert trainer_client.get("/admin/images/").status_code == 200


def test_trainer_can_add_a_course_under_the_course_index(trainer_client, home):
    url = f"/admin/pages/add/courses/coursepage/{home.pk}/"
    assert trainer_client.get(url).status_code == 200


@pytest.mark.parametrize(
    "url", ["/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/pages/1/"]
)
def test_trainer_cannot_manage_people_sites_or_other_pages(trainer_client, url):
    response = trainer_client.get(url)
    assert response.status_code in (302, 403)


def test_trainer_cannot_delete_quizzes_or_pages(trainer_client):
    group = Group.objects.get(name=TRAINERS_GROUP)
    assert not group.permissions.filter(codename__startswith="delete_").exists()
    assert not group.page_permissions.filter(permission__codename="delete_page").exists()


def test_ensure_is_idempotent(home):
    ensure_trainers_group()
    first = Group.objects.get(name=TRAINERS_GROUP).page_permissions.count()
    ensure_trainers_group()
    assert Group.objects.get(name=TRAINERS_GROUP).page_permissions.count() == first == 3
    assert CoursePage.can_create_at(home)

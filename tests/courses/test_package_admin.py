"""“Export course” and “Import course” in the Wagtail admin, as a trainer uses them."""

import io
import json
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.models import CoursePage, LessonPage
from lms.chapters.groups import TRAINERS_GROUP, ensure_trainers_group
from tests.courses.package_fixtures import build_course, counts
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/course-packages/import/"


@pytest.fixture
def trainer_client(client, home):
    ensure_trainers_group()
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    client.force_login(trainer)
    return client


@pytest.fixture
def course(home):
    return build_course(home)


def upload(client, data, name="khoa.zip"):
    return client.post(IMPORT_URL, {"package": SimpleUploadedFile(name, data, "application/zip")})


def test_course_page_offers_export_and_the_index_offers_import(trainer_client, course, home):
    body = trainer_client.get(f"/admin/pages/{home.pk}/").content.decode()
    assert reverse("course_package_export", args=[course.pk]) in body
    assert "Xuất khóa học" in body
    assert f"{IMPORT_URL}?parent={home.pk}" in body and "Nhập khóa học" in body
    menu = trainer_client.get("/admin/").content.decode()
    assert IMPORT_URL in menu


def test_export_gives_the_zip(trainer_client, course):
    response = trainer_client.get(reverse("course_package_export", args=[course.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="an-toan.zip"'
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(response.content)).read("manifest.json"))
    assert manifest["course"]["title"] == "An toàn tài khoản"


def test_import_previews_then_creates_a_draft(trainer_client, course, home):
    data = trainer_client.get(reverse("course_package_export", args=[course.pk])).content
    before = counts()
    response = upload(trainer_client, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "An toàn tài khoản" in body and "Bài 1" in body and "Bài 2" in body
    assert "2 bài học" in body and "5 hình" in body
    assert 'value="an-toan-2"' in body  # "an-toan" is taken: a free address is offered
    assert counts() == before  # a preview creates nothing

    response = trainer_client.post(
        IMPORT_URL, {"confirm": "1", "slug": "an-toan-2", "mode": "draft"}
    )
    copy = CoursePage.objects.get(slug="an-toan-2")
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{copy.pk}/"
    assert not copy.live
    assert [lesson.title for lesson in LessonPage.objects.child_of(copy)] == ["Bài 1", "Bài 2"]


def test_import_published(trainer_client, course, home, client):
    data = trainer_client.get(reverse("course_package_export", args=[course.pk])).content
    upload(trainer_client, data)
    trainer_client.post(IMPORT_URL, {"confirm": "1", "slug": "ban-sao", "mode": "publish"})
    assert CoursePage.objects.get(slug="ban-sao").live


def test_a_bad_package_is_refused_at_the_field(trainer_client, home):
    before = counts()
    response = upload(trainer_client, b"not a zip")
    assert response.status_code == 200
    assert response.context["upload_form"].errors["package"] == [
        "Tệp này không phải là gói khóa học dạng zip."
    ]
    assert counts() == before


def test_members_may_neither_import_nor_export(client, course):
    client.force_login(UserFactory())
    assert client.get(IMPORT_URL).status_code in (302, 403)
    export = client.get(reverse("course_package_export", args=[course.pk]))
    assert export.status_code in (302, 403)


def test_staff_without_page_permissions_may_not_import(client, course):
    user = UserFactory(is_staff=True)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail answers a refused admin view with a redirect to the dashboard.
    for url in [IMPORT_URL, reverse("course_package_export", args=[course.pk])]:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")

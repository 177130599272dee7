"""Marking a lesson done is a route of the lesson page (``<lesson url>done/``), so the
lesson's privacy applies to it as to the page; the "done" her phone sends later passes the
same check."""

import re
import uuid

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses.models import Enrollment, LessonCompletion
from tests.courses.factories import course_with_lessons, done_url
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = MemberFactory().user
    client.force_login(user)
    return user


def _sync(client, lesson):
    return client.post(
        reverse("courses:lesson_done_sync", args=[lesson.pk]), {"key": str(uuid.uuid4())}
    )


def _nothing_recorded():
    return not LessonCompletion.objects.exists() and not Enrollment.objects.exists()


def test_the_lesson_form_posts_to_the_route_and_works_without_javascript(client, home, member):
    _course, lessons = course_with_lessons(home, lessons=2)
    body = client.get(lessons[0].url).content.decode()
    form = re.search(
        r'<form method="post" action="([^"]+)" data-offline-sync[^>]*>(.*?)</form>', body, re.S
    )
    assert form.group(1) == f"{lessons[0].url}done/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(2)).group(1)
    response = client.post(form.group(1), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302 and response["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(user=member, lesson=lessons[0]).exists()


def test_a_password_protected_lesson_cannot_be_completed_without_its_password(client, home, member):
    _course, lessons = course_with_lessons(home, lessons=2)
    restriction = PageViewRestriction.objects.create(
        page=lessons[0], restriction_type=PageViewRestriction.PASSWORD, password="bí mật"
    )
    response = client.post(done_url(lessons[0]))
    assert response.status_code == 200  # Wagtail's password form, not the next lesson
    assert 'name="password"' in response.content.decode()
    assert _sync(client, lessons[0]).status_code == 404
    assert _nothing_recorded()
    # With the password, the same post completes it: the route follows the page's privacy.
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, lessons[0].pk]),
        {"password": "bí mật", "return_url": lessons[0].url},
    )
    assert client.post(done_url(lessons[0]))["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(user=member, lesson=lessons[0]).exists()


def test_a_lesson_for_a_group_she_is_not_in_cannot_be_completed(client, home, member):
    _course, lessons = course_with_lessons(home, lessons=1)
    restriction = PageViewRestriction.objects.create(
        page=lessons[0], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Tập huấn viên"))
    response = client.post(done_url(lessons[0]))
    assert response.status_code == 302 and "/login/?next=" in response["Location"]
    assert _sync(client, lessons[0]).status_code == 404
    assert _nothing_recorded()


def test_a_restriction_on_the_course_covers_its_lessons(client, home, member):
    course, lessons = course_with_lessons(home, lessons=1)
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="bí mật"
    )
    assert client.post(done_url(lessons[0])).status_code == 200
    assert _sync(client, lessons[0]).status_code == 404
    assert _nothing_recorded()


def test_a_live_lesson_under_an_unpublished_course_cannot_be_completed(client, home, member):
    course, lessons = course_with_lessons(home, lessons=2)
    url = done_url(lessons[0])
    course.unpublish()
    lessons[0].refresh_from_db()
    assert lessons[0].live
    assert client.post(url).status_code == 404
    assert _sync(client, lessons[0]).status_code == 404
    assert _nothing_recorded()


def test_a_lesson_not_live_cannot_be_completed(client, home, member):
    _course, lessons = course_with_lessons(home, lessons=2)
    url = done_url(lessons[0])
    lessons[0].unpublish()
    assert client.post(url).status_code == 404
    assert _sync(client, lessons[0]).status_code == 404
    assert _nothing_recorded()


def test_the_old_address_sends_the_post_on_to_the_route(client, home, member):
    """Lesson pages saved on phones before the move post to /lessons/<id>/done/."""
    _course, lessons = course_with_lessons(home, lessons=2)
    old = reverse("courses:lesson_done", args=[lessons[0].pk])
    response = client.post(old)
    assert response.status_code == 307 and response["Location"] == done_url(lessons[0])
    client.post(old, follow=True)
    assert LessonCompletion.objects.filter(user=member, lesson=lessons[0]).exists()


def test_the_old_address_keeps_the_lessons_privacy(client, home, member):
    _course, lessons = course_with_lessons(home, lessons=1)
    PageViewRestriction.objects.create(
        page=lessons[0], restriction_type=PageViewRestriction.PASSWORD, password="bí mật"
    )
    client.post(reverse("courses:lesson_done", args=[lessons[0].pk]), follow=True)
    assert _nothing_recorded()

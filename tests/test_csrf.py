"""Every URL of the site refuses a POST without a CSRF token, whoever is signed in.

The URL patterns come from the resolver (tests/urlwalk.py), so a view added tomorrow is
covered the day it is included. Views marked ``csrf_exempt`` are listed by the test: the only
ones are Wagtail's admin API (Django REST framework marks its views exempt from Django's
middleware because its SessionAuthentication checks the token itself); the POSTs below show
that they refuse a request without a token too.

The second half sends the same kind of POST *with* a valid token to a few views and checks it
reaches them, so the 403s above cannot come from something else (a wrong URL, a refused user).
"""

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import LessonCompletion
from lms.chapters.groups import ensure_officials_group
from lms.models import Role
from tests.courses.factories import course_with_lessons, done_url
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory
from tests.quizzes.factories import QuizFactory
from tests.urlwalk import combinations, routes

pytestmark = pytest.mark.django_db

TOKEN = "S3nCsrfT0kenForTests0123456789ab"  # 32 letters and digits: a well-formed secret
# Django REST framework's views, exempt from the middleware but checking the token
# themselves (SessionAuthentication.enforce_csrf).
EXPECTED_EXEMPT_NAMESPACE = "wagtailadmin_api"


@pytest.fixture
def people(home):
    chapter = ChapterFactory(code="chi-a")
    member = MemberFactory(chapter=chapter).user
    leader = MemberFactory(chapter=chapter).user
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    ensure_officials_group()
    admin = UserFactory(is_superuser=True, is_staff=True)
    return {"member": member, "leader": leader, "admin": admin}


def csrf_client(user, with_token=False):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.force_login(user)
    client.cookies["django_language"] = "en"
    if with_token:
        client.cookies["csrftoken"] = TOKEN
    return client


def _sent_to_admin_sign_in(response):
    return response.status_code == 302 and response["Location"].startswith(
        reverse("wagtailadmin_login")
    )


def test_the_only_csrf_exempt_views_are_wagtails_admin_api():
    exempt = [route.label for route in routes() if route.csrf_exempt]
    assert exempt  # the admin API is mounted: the test sees exempt views when there are some
    assert all(label.startswith(EXPECTED_EXEMPT_NAMESPACE + ":") for label in exempt), exempt


@pytest.mark.parametrize("who", ["member", "leader", "admin"])
def test_every_url_refuses_a_post_without_a_csrf_token(people, who):
    client = csrf_client(people[who])
    checked, accepted = 0, []
    for route in routes():
        for values in combinations(route, lambda *args: None, limit=1):
            path = route.build(values)
            assert path is not None and route.resolves_here(path), route.label
            response = client.post(path, {"title": "x", "size": "large", "answer": "1"})
            checked += 1
            if route.csrf_exempt and _sent_to_admin_sign_in(response):
                continue  # the admin API refused her before its own CSRF check: no write
            if response.status_code != 403:
                accepted.append((route.label, path, response.status_code))
    assert checked > 250  # lms, courses, quizzes, Wagtail's admin and pages
    assert accepted == []
    # Still signed in: the POSTs did not sign her out half-way (which would make 403s cheap).
    assert client.get(reverse("lms:account")).status_code == 200


# With the token, the same POSTs reach the views ------------------------------------------------


@pytest.fixture
def lesson(home):
    _course, lessons = course_with_lessons(home, lessons=1)
    return lessons[0]


def test_with_a_valid_token_a_member_reaches_the_views(people, lesson):
    client = csrf_client(people["member"], with_token=True)
    quiz = QuizFactory()
    posts = [
        (done_url(lesson), {}),
        (reverse("quizzes:start", args=[quiz.pk]), {}),
        (reverse("lms:text_size"), {"size": "large"}),
    ]
    for path, data in posts:
        response = client.post(path, {**data, "csrfmiddlewaretoken": TOKEN})
        assert response.status_code in (200, 302), (path, response.status_code)
    assert LessonCompletion.objects.filter(user=people["member"], lesson=lesson).exists()
    # The same POST without the token is refused: the difference is the token alone.
    bare = csrf_client(people["member"])
    assert bare.post(reverse("lms:text_size"), {"size": "large"}).status_code == 403


def test_with_a_valid_token_a_leader_reaches_the_import(people):
    client = csrf_client(people["leader"], with_token=True)
    response = client.post(reverse("lms:member_import"), {"csrfmiddlewaretoken": TOKEN})
    assert response.status_code == 200  # the form again: "Choose the file to upload."
    assert response.context["form"].errors["file"]


def test_with_a_valid_token_an_admin_reaches_the_wagtail_admin(people):
    client = csrf_client(people["admin"], with_token=True)
    response = client.post(
        reverse("wagtailimages:add"), {"title": "", "csrfmiddlewaretoken": TOKEN}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    response = client.post(
        "/admin/api/main/pages/1/action/copy/",
        {"csrfmiddlewaretoken": TOKEN},
        HTTP_X_CSRFTOKEN=TOKEN,
    )
    assert response.status_code != 403

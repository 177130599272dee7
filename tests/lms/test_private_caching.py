"""Personal pages say ``Cache-Control: private``: no shared cache (a proxy, a CDN) keeps a
page that shows her name, her progress or her chapter's members. Pages for visitors who are
not signed in stay cacheable."""

import pytest
from django.urls import reverse

from lms.models import Certificate
from quizzes.models import Attempt
from quizzes.services import attempt_start, attempt_submit
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db


def directives(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


@pytest.fixture
def finisher(tree):
    """A member of chapter A who finished both courses: she holds two certificates."""
    return tree["members"]["a"][0]


def personal_pages(tree, finisher):
    certificate = Certificate.objects.filter(user=finisher).first()
    quiz = QuizFactory()
    attempt = attempt_start(user=finisher, quiz=quiz)
    attempt_submit(attempt_id=attempt.pk, user=finisher, answers={})
    return [
        "/me/",
        reverse("lms:account_data"),
        reverse("courses:my_learning"),
        reverse("lms:certificate", args=[certificate.code]),
        reverse("lms:certificate_pdf", args=[certificate.code]),
        reverse("quizzes:result", args=[Attempt.objects.get(user=finisher).pk]),
        tree["x"].url,  # a course page shows her ticks
        "/",  # and every page shows who is signed in
    ]


def test_every_personal_page_is_private(client, tree, finisher):
    client.force_login(finisher)
    for url in personal_pages(tree, finisher):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in directives(response), url
        assert "public" not in directives(response), url


def test_dashboards_and_exports_are_private(client, tree, people):
    client.force_login(people["leader_a"])
    for url in (
        reverse("lms:dashboard_node", args=["a"]),
        reverse("lms:dashboard_csv", args=["a"]),
        reverse("lms:dashboard_xlsx", args=["a"]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in directives(response), url


def test_certificate_pages_stay_no_store_too(client, tree, finisher):
    client.force_login(finisher)
    certificate = Certificate.objects.filter(user=finisher).first()
    response = client.get(reverse("lms:certificate", args=[certificate.code]))
    assert {"private", "no-store"} <= directives(response)


def test_pages_for_visitors_are_not_marked_private(client, tree):
    for url in ("/", tree["x"].url):
        response = client.get(url)
        assert response.status_code == 200
        assert "private" not in directives(response)

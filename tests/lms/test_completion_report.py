"""The officials' completion report in the Wagtail admin shares the dashboard's figures."""

import pytest
from django.urls import reverse

from lms.dashboards import reports
from tests.lms.conftest import ALLOWED_ON_A, EVERYONE

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("who", EVERYONE)
def test_report_of_chapter_a_is_open_only_to_those_who_may_see_it(client, tree, people, who):
    if people[who] is not None:
        client.force_login(people[who])
    response = client.get(reverse("lms_completion_report", args=[tree["a"].code]))
    if who in ALLOWED_ON_A:
        assert response.status_code == 200
    else:
        # Wagtail answers with a redirect: to its sign-in, or to its home with a message.
        assert response.status_code == 302


def test_report_shows_the_same_numbers_as_the_dashboard(client, tree, people):
    client.force_login(people["official_d1"])
    response = client.get(reverse("lms_completion_report", args=["d1"]))
    dashboard = reports.node_dashboard(tree["d1"])
    assert response.context["dashboard"].total.members == dashboard.total.members == 6
    body = response.content.decode()
    assert "Xã 1" in body and "50,0%" in body  # course X in commune 1: 3 of 6
    assert "Huyện 2" not in body


def test_report_menu_item_shows_for_officials_only(client, tree, people):
    client.force_login(people["official_d1"])
    assert client.get(reverse("lms_completion_home"))["Location"] == reverse(
        "lms_completion_report", args=["d1"]
    )
    client.force_login(people["trainer"])
    response = client.get(reverse("lms_completion_home"))
    assert response.status_code == 302
    assert not response["Location"].startswith("/admin/union/completion/")

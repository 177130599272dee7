"""The apps above lms (contests, classes) add panels to the member's home page and to a
node's dashboard through hooks: what they answer is shown, and who is asking is passed on."""

import pytest
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks

from courses.hooks import HOME_PANELS
from lms.hooks import DASHBOARD_PANELS

pytestmark = pytest.mark.django_db


def test_home_page_shows_each_panel_a_hook_answers_in_order(client, home, tree):
    member = tree["members"]["a"][0]
    asked = []

    def first(request):
        asked.append(request.user)
        return [format_html("<section id='first'>{}</section>", "Lớp học thứ Bảy")]

    def second(request):
        return [format_html("<section id='second'>{}</section>", "Cuộc thi")]

    client.force_login(member)
    with (
        hooks.register_temporarily(HOME_PANELS, first),
        hooks.register_temporarily(HOME_PANELS, second),
    ):
        html = client.get(home.url).content.decode()
    assert asked == [member]
    assert "<section id='first'>Lớp học thứ Bảy</section>" in html
    assert html.index("id='first'") < html.index("id='second'") < html.index("card-list")


def test_dashboard_shows_the_panels_for_the_node_asked_about(client, tree, people):
    seen = []

    def panel(request, node):
        seen.append((request.user, node.code))
        return [format_html("<section id='classes'>{}</section>", node.name)]

    client.force_login(people["official_d1"])
    with hooks.register_temporarily(DASHBOARD_PANELS, panel):
        html = client.get(reverse("lms:dashboard_node", args=["c1"])).content.decode()
    assert seen == [(people["official_d1"], "c1")]
    assert "<section id='classes'>Xã 1</section>" in html


def test_a_panel_is_never_shown_to_someone_the_dashboard_refuses(client, tree, people):
    def panel(request, node):
        raise AssertionError("asked for a node she may not see")

    client.force_login(people["official_d2"])
    with hooks.register_temporarily(DASHBOARD_PANELS, panel):
        assert client.get(reverse("lms:dashboard_node", args=["c1"])).status_code == 403

"""The contests section of a node's completion dashboard (lms.hooks.DASHBOARD_PANELS)."""

import re

from django.urls import reverse

from contests import rankings
from tests.contests.factories import ContestFactory, closed_round


def test_dashboard_shows_the_contest_above_the_node_with_its_participation(
    client, contest_world, officials
):
    client.force_login(officials["d1"])
    html = client.get(reverse("lms:dashboard_node", args=["c1"])).content.decode()
    panel = html[html.index('class="contest-panel"') :]
    assert contest_world["contest"].title in panel
    # Round 3 is open: 1 contestant (Nga) of commune 1's 7 members.
    assert "1 người dự thi trên 7 hội viên" in panel
    assert "14,3%" in panel
    link = reverse(
        "contests:round_rankings", args=[contest_world["contest"].slug, contest_world["r3"].pk]
    )
    assert f'href="{link}?unit=c1"' in panel
    assert client.get(f"{link}?unit=c1").status_code == 200


def test_contests_elsewhere_or_long_closed_are_not_shown(contest_world, tree):
    ContestFactory(node=tree["d2"], title="Cuộc thi của huyện 2")  # not above commune 1
    old = ContestFactory(node=tree["p"], title="Cuộc thi năm ngoái")
    closed_round(old, days_ago=60)
    titles = [item.contest.title for item in rankings.dashboard_participation(tree["c1"])]
    assert titles == [contest_world["contest"].title]


def test_no_section_without_contests(client, tree, officials):
    client.force_login(officials["d2"])
    html = client.get(reverse("lms:dashboard_node", args=["d2"])).content.decode()
    assert not re.search(r'class="contest-panel"', html)

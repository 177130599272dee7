"""Big nodes (a nation, a big province) show sums kept for a few minutes, and say from when;
smaller nodes stay live. The tree fixture (tests/lms/conftest.py) has 3 chapters under the
province and 2 under district D1: with SEN_BIG_NODE_CHAPTERS = 3 the province is big, D1 not.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from freezegun import freeze_time

from courses.services import lesson_complete
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 11, 16, 9, 0, tzinfo=datetime.UTC)  # 16:00 in Hà Nội


@pytest.fixture
def big(settings):
    settings.SEN_BIG_NODE_CHAPTERS = 3
    settings.SEN_BIG_NODE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def card(client, code, title):
    """(completed, members) of the course card ``title`` on the node's page, and the note
    saying from when the figures are (None when live)."""
    response = client.get(reverse("lms:dashboard_node", args=[code]))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    for item in page.select("#completion-cards .stat-card"):
        if item.select_one(".stat-title").get_text(strip=True) == title:
            detail = item.select_one(".stat-detail").get_text(" ", strip=True)
            done, members = detail.split()[0].split("/")  # "3/8 hội viên đã học xong"
            note = page.select_one("#figures-as-of")
            return int(done), int(members), note and note.get_text(" ", strip=True)
    raise AssertionError(f"no card {title}")


def test_a_big_node_shows_kept_sums_with_their_time_and_catches_up(client, tree, big):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    late = tree["members"]["a"][3]  # in chapter A, had done nothing
    with freeze_time(START) as clock:
        # By hand from the tree: X done by 2 in A and 1 in B; 8 members.
        done, members, note = card(client, "p", "Khóa X")
        assert (done, members) == (3, 8)
        assert "16:00" in note and "5" in note  # Hà Nội time, every 5 minutes

        clock.tick(datetime.timedelta(minutes=2))
        for lesson in tree["x"].get_children().live().specific():
            lesson_complete(user=late, lesson=lesson)
        MemberFactory(chapter=tree["e"])
        # The province (3 chapters) is big: still the sums of 16:00.
        assert card(client, "p", "Khóa X") == (3, 8, note)
        # District D1 (2 chapters) is small: live, and says nothing of a time.
        assert card(client, "d1", "Khóa X") == (4, 6, None)

        clock.tick(datetime.timedelta(minutes=4))  # 6 minutes after the sums were made
        done, members, note = card(client, "p", "Khóa X")
        assert (done, members) == (4, 9)
        assert "16:06" in note


def test_a_big_node_skips_its_sums_while_they_are_kept(client, tree, big, settings):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = reverse("lms:dashboard_node", args=["p"])

    def queries_of_second_request():
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts.append(len(queries))
        return counts[1]

    kept = queries_of_second_request()
    settings.SEN_BIG_NODE_CHAPTERS = 2000
    live = queries_of_second_request()
    # Kept: the member and course sums, the weekly chart, and the class panel's two sums.
    assert live - kept == 5, (live, kept)


def test_the_kept_sums_are_per_course_choice(client, tree, big):
    """The same node asked for another set of courses is summed anew."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    with freeze_time(START):
        assert card(client, "p", "Khóa X")[:2] == (3, 8)  # every course: X and Y
        for lesson in tree["x"].get_children().live().specific():
            lesson_complete(user=tree["members"]["a"][3], lesson=lesson)
        assert card(client, "p", "Khóa X")[:2] == (3, 8)  # kept
        only_x = f"{reverse('lms:dashboard_node', args=['p'])}?courses={tree['x'].pk}"
        page = BeautifulSoup(client.get(only_x).content, "html.parser")
        detail = page.select_one("#completion-cards .stat-detail").get_text(" ", strip=True)
        assert detail.split()[0] == "4/8"  # one course asked: summed anew


def test_small_nodes_never_keep_anything(client, tree, settings):
    settings.SEN_BIG_NODE_CHAPTERS = 2000
    cache.clear()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert card(client, "p", "Khóa X") == (3, 8, None)
    for lesson in tree["x"].get_children().live().specific():
        lesson_complete(user=tree["members"]["b"][1], lesson=lesson)
    assert card(client, "p", "Khóa X") == (4, 8, None)


def test_the_admin_report_of_a_big_node_says_from_when_its_figures_are(client, tree, big):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    with freeze_time(START):
        big_page = client.get(reverse("lms_completion_report", args=["p"]))
        small_page = client.get(reverse("lms_completion_report", args=["d1"]))
    assert big_page.status_code == small_page.status_code == 200
    note = BeautifulSoup(big_page.content, "html.parser").select_one("#figures-as-of")
    assert "16:00" in note.get_text()
    assert 'id="figures-as-of"' not in small_page.content.decode()

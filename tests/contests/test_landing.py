"""The shareable landing page, its share picture, and the panel on her home page."""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse
from django.utils import timezone

from contests.models import ContestEntry, Round
from tests.contests.factories import ContestFactory, contest_with_round

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


def meta(page, prop):
    match = re.search(rf'<meta property="{prop}" content="([^"]*)"', page)
    return unescape(match.group(1)) if match else None


def test_signed_out_visitor_sees_the_contest_and_its_share_tags(client, places, contest):
    contest, round_ = contest
    response = client.get(reverse("contests:landing", args=[contest.slug]))
    assert response.status_code == 200
    page = html(response)
    assert contest.title in page and contest.intro in page
    assert "Mỗi lượt thi có 10 phút." in page  # the rules (rich text)
    assert "Giải nhất: một điện thoại." in page  # the prizes
    assert "Vòng 1" in page and "Đang mở" in page
    assert meta(page, "og:title") == contest.title
    assert meta(page, "og:description") == contest.intro
    image = meta(page, "og:image")
    assert image == f"http://testserver/contests/{contest.slug}/share.png"
    # The countdown to the round's close, counted by the server (six days ahead).
    seconds = int(re.search(r'data-countdown="(\d+)"', page).group(1))
    assert 6 * 86400 - 60 <= seconds <= 6 * 86400
    assert re.search(r">5 ngày 23:5\d:\d\d</strong>", page)


def test_take_part_leads_a_visitor_to_sign_in_and_back_to_the_start(client, places, contest):
    contest, _round = contest
    page = html(client.get(reverse("contests:landing", args=[contest.slug])))
    link = unescape(re.search(r'<a class="button button-block" href="([^"]+)"', page).group(1))
    url = urlparse(link)
    assert url.path == reverse("lms:signin")
    assert parse_qs(url.query)["next"] == [reverse("contests:start", args=[contest.slug])]


def test_shared_with_a_chapter_invite_take_part_leads_through_joining(client, places, contest):
    contest, _round = contest
    page = html(client.get(reverse("contests:landing", args=[contest.slug]) + "?invite=ABCD2345"))
    link = unescape(re.search(r'<a class="button button-block" href="([^"]+)"', page).group(1))
    url = urlparse(link)
    assert url.path == reverse("lms:join", args=["abcd2345"])
    assert parse_qs(url.query)["next"] == [reverse("contests:start", args=[contest.slug])]
    # The join page (sign-up into chapter A) keeps where she is going.
    join = html(client.get(link))
    assert f'value="{reverse("contests:start", args=[contest.slug])}"' in join


def test_an_unknown_invite_code_falls_back_to_sign_in(client, places, contest):
    contest, _round = contest
    page = html(client.get(reverse("contests:landing", args=[contest.slug]) + "?invite=nope"))
    link = unescape(re.search(r'<a class="button button-block" href="([^"]+)"', page).group(1))
    assert urlparse(link).path == reverse("lms:signin")


def test_a_contest_not_open_to_members_is_not_found(client, places):
    hidden = ContestFactory(node=places["p"], live=False)
    for name in ("contests:landing", "contests:start", "contests:share_picture"):
        assert client.get(reverse(name, args=[hidden.slug])).status_code == 404
    assert client.get("/contests/no-such-contest/").status_code == 404


def test_the_share_picture_is_a_1200_by_630_png(client, places, contest):
    from io import BytesIO

    from PIL import Image

    contest, _round = contest
    response = client.get(reverse("contests:share_picture", args=[contest.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"]
    with Image.open(BytesIO(response.content)) as picture:
        assert picture.size == (1200, 630)


def test_a_contest_picture_is_the_share_picture_when_there_is_one(client, places, contest):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    contest, _round = contest
    contest.picture = get_image_model().objects.create(
        title="Áp phích", file=get_test_image_file("poster.png", size=(1600, 900))
    )
    contest.save()
    page = html(client.get(reverse("contests:landing", args=[contest.slug])))
    image = meta(page, "og:image")
    assert image.startswith("http://testserver/") and "fill-1200x630" in image


def test_member_sees_her_attempts_and_how_many_are_left(client, places, contest):
    contest, _round = contest
    member = places["members"]["a"][0]
    client.force_login(member)
    page = html(client.get(reverse("contests:landing", args=[contest.slug])))
    assert "Chị còn 2 lượt thi trong vòng này." in page
    assert "Các lượt thi của tôi" not in page
    client.post(reverse("contests:start", args=[contest.slug]), {"prediction": "3"})
    entry = ContestEntry.objects.get()
    client.post(reverse("contests:submit", args=[entry.pk]), {})
    page = html(client.get(reverse("contests:landing", args=[contest.slug])))
    assert "Các lượt thi của tôi" in page
    assert "Vòng 1, lượt 1" in page and "đúng 0/3 câu" in page
    assert reverse("contests:result", args=[entry.pk]) in page
    assert "Chị còn 1 lượt thi trong vòng này." in page


def test_an_outsider_sees_who_the_contest_is_for(client, places, contest):
    contest, _round = contest
    client.force_login(places["members"]["z"][0])
    page = html(client.get(reverse("contests:landing", args=[contest.slug])))
    assert "Cuộc thi này dành cho hội viên thuộc Tỉnh P." in page
    assert reverse("contests:start", args=[contest.slug]) not in page


def test_an_upcoming_round_counts_down_to_its_opening(client, places):
    contest = ContestFactory(node=places["p"])
    now = timezone.now()
    Round.objects.create(
        contest=contest,
        starts_at=now + timedelta(hours=3),
        ends_at=now + timedelta(days=7),
        sort_order=0,
    )
    page = html(client.get(reverse("contests:landing", args=[contest.slug])))
    assert "Mở sau" in page and "Chưa mở" in page
    assert re.search(r">2:5\d:\d\d</strong>", page)
    assert "Tham gia thi" not in page


def test_the_landing_page_makes_the_same_queries_for_any_number_of_attempts(
    client, places, contest, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    contest, round_ = contest
    member = places["members"]["a"][0]
    client.force_login(member)
    url = reverse("contests:landing", args=[contest.slug])
    client.get(url)  # sessions, caches
    with django_assert_max_num_queries(8):
        client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    queries = len(one)
    for _ in range(2):
        client.post(reverse("contests:start", args=[contest.slug]), {"prediction": "1"})
        entry = ContestEntry.objects.get(submitted_at__isnull=True)
        client.post(reverse("contests:submit", args=[entry.pk]), {})
    with django_assert_max_num_queries(queries):
        client.get(url)


def _home(client):
    from courses.models import CourseIndexPage

    return html(client.get(CourseIndexPage.objects.get().url))


def test_home_panel_shows_contests_open_to_her_with_their_close(client, home, places):
    mine, _r = contest_with_round(node=places["d1"], title="Thi huyện D1")
    contest_with_round(node=places["d2"], title="Thi huyện D2")  # not above her chapter
    contest_with_round(node=places["p"], title="Thi tỉnh P chưa mở", live=False)
    closed, closed_round = contest_with_round(node=places["p"], title="Thi tỉnh P đã đóng")
    Round.objects.filter(pk=closed_round.pk).update(
        starts_at=timezone.now() - timedelta(days=8), ends_at=timezone.now() - timedelta(days=1)
    )
    client.force_login(places["members"]["a"][0])
    page = _home(client)
    assert "Cuộc thi đang mở cho chị" in page
    assert "Thi huyện D1" in page
    assert reverse("contests:start", args=[mine.slug]) in page
    assert "Vòng này đóng lúc" in page
    for absent in ("Thi huyện D2", "Thi tỉnh P chưa mở", "Thi tỉnh P đã đóng"):
        assert absent not in page


def test_home_panel_is_absent_for_visitors_and_outsiders(client, home, places, contest):
    assert "Cuộc thi đang mở cho chị" not in _home(client)
    client.force_login(places["members"]["z"][0])
    assert "Cuộc thi đang mở cho chị" not in _home(client)


def test_home_panel_queries_do_not_grow_with_contests(
    client, home, places, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    contest_with_round(node=places["p"], title="Cuộc thi 1")
    client.force_login(places["members"]["b"][0])
    _home(client)  # warm caches
    with CaptureQueriesContext(connection) as one:
        page = _home(client)
    queries = len(one)
    contest_queries = [q["sql"] for q in one.captured_queries if "contests_" in q["sql"]]
    assert len(contest_queries) == 1  # the rounds open to her (her chapter is the other)
    assert page.count("contest-panel-item") == 1
    contest_with_round(node=places["d1"], title="Cuộc thi 2")
    contest_with_round(node=places["b"], title="Cuộc thi 3")
    with django_assert_max_num_queries(queries):
        page = _home(client)
    assert page.count("contest-panel-item") == 3


def test_a_guest_joins_through_the_chapter_invite_and_comes_back_to_start(client, places, contest):
    contest, _round = contest
    start_url = reverse("contests:start", args=[contest.slug])
    page = html(client.get(reverse("contests:landing", args=[contest.slug]) + "?invite=abcd2345"))
    join = unescape(re.search(r'<a class="button button-block" href="([^"]+)"', page).group(1))
    password = "mat-khau-cuoc-thi-2026"
    done = client.post(
        join,
        {
            "full_name": "Lê Thị Hồng",
            "phone": "0912 345 678",
            "password1": password,
            "password2": password,
            "consent": "on",
            "next": start_url,
        },
    )
    assert f'value="{start_url}"' in html(done)
    signed_in = client.post(
        reverse("lms:signin"),
        {"username": "0912 345 678", "password": password, "next": start_url},
    )
    assert signed_in["Location"] == start_url
    # A member of chapter A now, beneath the contest's province: she may start.
    started = client.post(start_url, {"prediction": "40"})
    entry = ContestEntry.objects.get()
    assert started["Location"] == reverse("contests:take", args=[entry.pk])
    assert entry.chapter == places["a"] and entry.user.member.full_name == "Lê Thị Hồng"

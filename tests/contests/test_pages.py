"""The officials' rankings pages and the public results page, through the test client."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contests.services import round_results_publish
from tests.contests.factories import ContestFactory, closed_round, submit
from tests.contests.pages import table_rows
from tests.lms.factories import ChapterFactory, MemberFactory


def _round_url(world, key="r1", **query):
    url = reverse("contests:round_rankings", args=[world["contest"].slug, world[key].pk])
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return url


def _names(html):
    return [row[1].split("\n")[0] for row in table_rows(html, "members")]


def test_province_official_sees_every_member_and_the_districts(client, published, officials):
    client.force_login(officials["province"])
    response = client.get(_round_url(published))
    assert response.status_code == 200
    html = response.content.decode()
    assert _names(html) == [
        "Lê Thị Mai",
        "Nguyễn Thị Lan",
        "Trần Thị Hoa",
        "Phạm Thị Thu",
        "Đỗ Thị Hằng",
        "Bùi Thị Nga",
        "Võ Thị Ngọc",
    ]
    assert [row[1] for row in table_rows(html, "units")] == ["Huyện 1", "Huyện 2"]


def test_district_official_sees_her_district_only(client, published, officials):
    client.force_login(officials["d2"])
    html = client.get(_round_url(published)).content.decode()
    assert _names(html) == ["Phạm Thị Thu", "Đỗ Thị Hằng"]
    assert [row[1] for row in table_rows(html, "units")] == ["Xã 2"]


@pytest.mark.parametrize("who", ["d2", "other", "member"])
def test_a_unit_outside_her_node_is_refused(client, published, officials, who):
    client.force_login(officials[who])
    assert client.get(_round_url(published, unit="d1")).status_code == 403


@pytest.mark.parametrize("who", ["other", "member"])
def test_nobody_over_the_contest_sees_no_live_rankings(client, published, officials, who):
    client.force_login(officials[who])
    assert client.get(_round_url(published)).status_code == 403
    overall = reverse("contests:overall_rankings", args=[published["contest"].slug])
    assert client.get(overall).status_code == 403


def test_official_of_another_district_is_refused_a_district_contest(client, tree, officials):
    contest = ContestFactory(node=tree["d1"])
    round_ = closed_round(contest)
    client.force_login(officials["d2"])
    url = reverse("contests:round_rankings", args=[contest.slug, round_.pk])
    assert client.get(url).status_code == 403
    client.force_login(officials["province"])
    assert client.get(url).status_code == 200


def test_anonymous_is_sent_to_sign_in(client, published):
    response = client.get(_round_url(published))
    assert response.status_code == 302
    assert "/signin" in response["Location"] or "next=" in response["Location"]


def test_unit_drill_down_by_child(client, published, officials):
    client.force_login(officials["province"])
    html = client.get(_round_url(published, unit="c1")).content.decode()
    assert table_rows(html, "units") == [
        ["1", "Chi hội F", "1", "1", "100,0%"],
        ["2", "Chi hội A", "4", "3", "75,0%"],
        ["3", "Chi hội B", "2", "1", "50,0%"],
    ]
    assert _names(html) == [
        "Lê Thị Mai",
        "Nguyễn Thị Lan",
        "Trần Thị Hoa",
        "Bùi Thị Nga",
        "Võ Thị Ngọc",
    ]


def test_live_round_is_shown_to_officials_before_it_closes(client, contest_world, officials):
    client.force_login(officials["province"])
    html = client.get(_round_url(contest_world, "r3")).content.decode()
    assert _names(html) == ["Bùi Thị Nga"]
    assert "Distance" not in html and "Khoảng cách" not in html  # no prediction ranking yet


def test_overall_page(client, published, officials):
    client.force_login(officials["province"])
    url = reverse("contests:overall_rankings", args=[published["contest"].slug])
    html = client.get(url).content.decode()
    assert _names(html)[:3] == ["Lê Thị Mai", "Phạm Thị Thu", "Nguyễn Thị Lan"]


def test_public_results_wait_for_the_round_to_close(client, contest_world):
    url = reverse(
        "contests:round_results", args=[contest_world["contest"].slug, contest_world["r1"].pk]
    )
    html = client.get(url).content.decode()
    assert "Mai" not in html and "Chi hội" not in html
    assert "Vòng thi đã kết thúc. Kết quả sẽ được công bố sau ít phút." in html  # closed
    url = reverse(
        "contests:round_results", args=[contest_world["contest"].slug, contest_world["r3"].pk]
    )
    html = client.get(url).content.decode()
    assert "Nga" not in html and "khi vòng thi kết thúc" in html  # open: when it closes


def test_public_results_show_given_names_and_units_only(client, published):
    url = reverse("contests:results", args=[published["contest"].slug])
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    top = re.findall(r"<li><strong>([^<]+)</strong> · ([^<]+)</li>", html)
    # Round 2 is the latest published round: Thu, Mai, Lan.
    assert top == [("Thu", "Chi hội E"), ("Mai", "Chi hội B"), ("Lan", "Chi hội A")]
    for person in published["people"].values():
        assert person.member.full_name not in html
        assert person.phone not in html and person.phone[3:] not in html
    first = reverse("contests:round_results", args=[published["contest"].slug, published["r1"].pk])
    html = client.get(first).content.decode()
    assert [
        name for name, _unit in re.findall(r"<li><strong>([^<]+)</strong> · ([^<]+)</li>", html)
    ] == ["Mai", "Lan", "Hoa", "Thu", "Hằng", "Nga", "Ngọc"]
    assert [row[1:] for row in table_rows(html, "public-units")] == [
        ["Huyện 1", "5", "71,4%"],
        ["Huyện 2", "2", "50,0%"],
    ]


def _world(tree, chapters, contestants):
    contest = ContestFactory(node=tree["p"])
    round_ = closed_round(contest)
    made = [ChapterFactory(parent=tree["c1"]) for _ in range(chapters)]
    for i in range(contestants):
        user = MemberFactory(chapter=made[i % chapters]).user
        submit(round_, user, correct=i % 10, duration_ms=1000 + i, prediction=i)
    round_results_publish(round=round_)
    return contest, round_


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_pages_take_the_same_queries_with_more_chapters_and_contestants(
    client, tree, officials, django_assert_max_num_queries
):
    client.force_login(officials["province"])
    counts = []
    for chapters, contestants in ((2, 5), (20, 50)):
        contest, round_ = _world(tree, chapters, contestants)
        urls = [
            reverse("contests:round_rankings", args=[contest.slug, round_.pk]) + "?unit=c1",
            reverse("contests:overall_rankings", args=[contest.slug]),
            reverse("contests:round_results", args=[contest.slug, round_.pk]),
            reverse("contests:round_export", args=[contest.slug, round_.pk]),
        ]
        counts.append([_queries(client, url) for url in urls])
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(16):
        client.get(urls[0])


def test_certificates_for_the_first_two_and_for_ticked_winners(client, published, officials):
    client.force_login(officials["province"])
    slug, round_id = published["contest"].slug, published["r1"].pk
    pick = client.get(reverse("contests:certificates_pick", args=[slug, round_id]))
    assert pick.status_code == 200
    url = reverse("contests:certificates_print", args=[slug, round_id])
    html = client.get(url, {"top": 2}).content.decode()
    assert html.count('class="certificate"') == 2
    assert "Lê Thị Mai" in html and "Nguyễn Thị Lan" in html and "Trần Thị Hoa" not in html
    hoa = published["people"]["hoa"]
    html = client.get(url, {"winner": [hoa.pk]}).content.decode()
    assert html.count('class="certificate"') == 1 and "Trần Thị Hoa" in html
    # The rank, then the contest's own title on its line: titles begin "Cuộc thi ...", so
    # "of the contest “…”" read "cuộc thi “Cuộc thi …”".
    assert "Đạt hạng 3, vòng 1" in html
    assert html.count("Cuộc thi Phụ nữ với chuyển đổi số") == 2  # the page's title and hers
    assert "cuộc thi “" not in html
    # One form: ticked winners win over "the first N" sent with them; an empty top is ignored.
    html = client.get(url, {"top": "", "winner": [hoa.pk]}).content.decode()
    assert html.count('class="certificate"') == 1 and "Trần Thị Hoa" in html
    html = client.get(url, {"top": 2, "winner": [hoa.pk]}).content.decode()
    assert html.count('class="certificate"') == 1 and "Trần Thị Hoa" in html
    response = client.get(url)
    assert response.status_code == 302 and "missing=1" in response["Location"]
    response = client.get(url, {"top": "", "winner": ["x"]})
    assert response.status_code == 302 and "missing=1" in response["Location"]


def test_no_certificates_before_the_results(client, contest_world, officials):
    client.force_login(officials["province"])
    url = reverse(
        "contests:certificates_print",
        args=[contest_world["contest"].slug, contest_world["r1"].pk],
    )
    assert client.get(url, {"top": 3}).status_code == 404


def test_rankings_lead_to_the_open_round_at_her_unit(client, contest_world, officials):
    client.force_login(officials["d2"])
    response = client.get(reverse("contests:rankings", args=[contest_world["contest"].slug]))
    assert response.status_code == 302
    assert response["Location"] == _round_url(contest_world, "r3")


def test_no_public_results_for_a_contest_not_open_to_members(client, published):
    published["contest"].live = False
    published["contest"].save()
    url = reverse("contests:results", args=[published["contest"].slug])
    assert client.get(url).status_code == 404

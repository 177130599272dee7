"""Completion dashboards: the maths on a hand-computed tree, scope, exports, query counts."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.services import lesson_complete
from lms.dashboards import reports
from lms.dashboards.selection import ALL, CAMPAIGN, CourseChoice
from lms.models import Campaign, Chapter
from lms.stats import recompute
from tests.courses.factories import course_with_lessons
from tests.lms.conftest import ALLOWED_ON_A, EVERYONE
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_province_figures_match_the_hand_computed_tree(tree):
    dashboard = reports.node_dashboard(tree["province"])
    x, y = tree["x"].pk, tree["y"].pk
    total = dashboard.total
    assert total.members == 8
    assert (total.figures(x).started, total.figures(x).completed) == (4, 3)
    assert (total.figures(y).started, total.figures(y).completed) == (3, 3)
    assert str(total.rate(x)) == "37.5"
    assert str(total.overall([x, y])) == "37.5"  # 6 completions of 16 possible
    d1, d2 = dashboard.rows
    assert (d1.node.name, d1.members, d1.figures(x).completed, d1.figures(y).completed) == (
        "Huyện 1",
        6,
        3,
        1,
    )
    assert str(d1.rate(x)) == "50.0" and str(d1.overall([x, y])) == "33.3"
    assert (d2.members, d2.figures(x).completed, str(d2.rate(y))) == (2, 0, "100.0")


def test_campaign_courses_come_first_then_every_other_live_course(tree):
    today = timezone.localdate()
    campaign = Campaign.objects.create(
        name="Tháng an toàn số",
        node=tree["d1"],
        starts_on=today - datetime.timedelta(days=3),
        due_on=today + datetime.timedelta(days=30),
    )
    campaign.courses.set([tree["y"]])
    campaign.save()
    assert [c.title for c in reports.node_dashboard(tree["c1"]).courses] == ["Khóa Y", "Khóa X"]
    campaign_only = reports.node_dashboard(tree["c1"], choice=CourseChoice(CAMPAIGN))
    assert [c.title for c in campaign_only.courses] == ["Khóa Y"]
    # above the campaign's node, no course is a campaign course
    province = reports.node_dashboard(tree["province"], choice=CourseChoice(CAMPAIGN))
    assert [c.title for c in province.courses] == ["Khóa X", "Khóa Y"]
    assert province.choice == CourseChoice(ALL)


def test_counters_agree_with_a_full_recount(tree):
    assert recompute.recompute() == {}


# --- who may see what -------------------------------------------------------------------


PAGES = ["lms:dashboard_node", "lms:dashboard_csv", "lms:dashboard_xlsx"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("who", EVERYONE)
def test_chapter_a_pages_are_open_only_to_its_leader_and_those_above(
    client, tree, people, who, page
):
    person = people[who]
    if person is not None:
        client.force_login(person)
    response = client.get(reverse(page, args=[tree["a"].code]))
    if who == "anonymous":
        assert response.status_code == 302 and reverse("lms:signin") in response["Location"]
    elif who in ALLOWED_ON_A:
        assert response.status_code == 200
    else:
        assert response.status_code == 403


@pytest.mark.parametrize(
    ("who", "expected"),
    [("official_d1", "d1"), ("leader_a", "a"), ("superuser", "p")],
)
def test_dashboard_home_starts_at_her_own_node(client, tree, people, who, expected):
    client.force_login(people[who])
    response = client.get(reverse("lms:dashboard"))
    assert response["Location"] == reverse("lms:dashboard_node", args=[expected])


def test_people_without_a_role_have_no_dashboard(client, tree):
    client.force_login(tree["members"]["a"][0])
    assert client.get(reverse("lms:dashboard")).status_code == 403


def test_an_official_sees_only_her_districts_units(client, tree, people):
    client.force_login(people["official_d1"])
    body = client.get(reverse("lms:dashboard_node", args=["d1"])).content.decode()
    assert "Xã 1" in body and "Huyện 2" not in body and "Chi hội E" not in body
    assert client.get(reverse("lms:dashboard_node", args=["e"])).status_code == 403
    assert client.get(reverse("lms:dashboard_node", args=["p"])).status_code == 403


def test_leader_sees_full_phones_of_her_members_officials_see_them_masked(client, tree, people):
    phone = tree["members"]["a"][0].phone  # +8491xxxxxxx
    local = "0" + phone[3:]
    client.force_login(people["leader_a"])
    body = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()
    assert f"{local[:4]} {local[4:7]} {local[7:]}" in body
    client.force_login(people["official_d1"])
    body = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()
    assert f"{local[:4]} *** {local[7:]}" in body
    assert f"{local[:4]} {local[4:7]} {local[7:]}" not in body


# --- exports ----------------------------------------------------------------------------


def test_exports_carry_the_dashboards_numbers(client, tree, people):
    """Hand-computed (see the ``tree`` fixture): X then Y in tree order, no campaign."""
    client.force_login(people["superuser"])
    # unit, members, X started, X completed, X rate, Y started, Y completed, Y rate, overall
    expected = [
        ["Tỉnh", 8, 4, 3, "37.5", 3, 3, "37.5", "37.5"],
        ["Huyện 1", 6, 4, 3, "50.0", 1, 1, "16.7", "33.3"],
        ["Huyện 2", 2, 0, 0, "0.0", 2, 2, "100.0", "50.0"],
    ]
    workbook = load_workbook(
        io.BytesIO(client.get(reverse("lms:dashboard_xlsx", args=["p"])).content)
    )
    sheet = list(workbook.active.iter_rows(values_only=True))
    assert sheet[0][0] == "Đơn vị"

    def as_fraction(text):
        return round(float(text) / 100, 3)

    assert [[r[0], r[2], *r[3:]] for r in sheet[1:]] == [
        [n, m, xs, xc, as_fraction(xr), ys, yc, as_fraction(yr), as_fraction(o)]
        for n, m, xs, xc, xr, ys, yc, yr, o in expected
    ]

    text = client.get(reverse("lms:dashboard_csv", args=["p"])).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Đơn vị"
    assert [[r[0], *r[2:]] for r in rows[1:]] == [[str(v) for v in line] for line in expected]


def test_exports_of_a_district_leave_out_other_districts(client, tree, people):
    client.force_login(people["official_d1"])
    text = client.get(reverse("lms:dashboard_csv", args=["d1"])).content.decode("utf-8-sig")
    assert "Xã 1" in text and "Huyện 2" not in text and "Chi hội E" not in text


def test_spreadsheet_formulas_in_names_are_written_as_text(client, tree, people):
    tree["a"].name = '=HYPERLINK("http://evil")'
    tree["a"].save()
    client.force_login(people["superuser"])
    text = client.get(reverse("lms:dashboard_csv", args=["c1"])).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    response = client.get(reverse("lms:dashboard_xlsx", args=["c1"]))
    cells = [cell for row in load_workbook(io.BytesIO(response.content)).active for cell in row]
    link = next(cell for cell in cells if "HYPERLINK" in str(cell.value))
    assert (link.data_type, link.value) == ("s", '=HYPERLINK("http://evil")')


@pytest.mark.parametrize("name", ["Khu phố 30/4", "Tổ [1]: *?", "'Ấp Mới'", "\\"])
def test_units_with_any_name_export_to_excel(client, tree, people, name):
    tree["c1"].name = name
    tree["c1"].save()
    client.force_login(people["superuser"])
    response = client.get(reverse("lms:dashboard_xlsx", args=["c1"]))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert list(workbook.active.iter_rows(values_only=True))[1][0] == name


# --- cost ---------------------------------------------------------------------------------


def test_dashboard_queries_do_not_grow_with_child_nodes(client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    counts = []
    for size in (3, 30):
        commune = ChapterFactory(kind=Chapter.Kind.COMMUNE)
        for _ in range(size):
            chapter = ChapterFactory(parent=commune)
            member = MemberFactory(chapter=chapter).user
            lesson_complete(user=member, lesson=lessons[0])
        url = reverse("lms:dashboard_node", args=[commune.code])
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


def test_chapter_page_queries_do_not_grow_with_members(client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    counts = []
    for size in (2, 20):
        chapter = ChapterFactory()
        for _ in range(size):
            lesson_complete(user=MemberFactory(chapter=chapter).user, lesson=lessons[0])
        url = reverse("lms:dashboard_node", args=[chapter.code])
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


# --- campaigns on the member's home page -------------------------------------------------


def test_assigned_courses_come_first_with_their_due_date(client, tree):
    campaign = Campaign.objects.create(
        name="Tháng an toàn số",
        node=tree["d1"],
        starts_on=datetime.date(2020, 1, 1),
        due_on=datetime.date(2030, 12, 31),
    )
    campaign.courses.set([tree["y"]])
    campaign.save()
    member = tree["members"]["b"][1]
    client.force_login(member)
    cards = client.get("/").context["course_cards"]
    assert [c.course.title for c in cards] == ["Khóa Y", "Khóa X"]
    assert cards[0].due_on == datetime.date(2030, 12, 31)
    # a member of another district is not assigned it
    client.force_login(tree["members"]["e"][0])
    cards = client.get("/").context["course_cards"]
    assert all(c.due_on is None for c in cards)


def test_weekly_completions_count_the_weeks_completions_beneath_the_node(tree):
    today = timezone.localdate()
    courses = [tree["x"], tree["y"]]
    weeks = reports.weekly_completions(
        tree["province"], courses, since=today - datetime.timedelta(days=20), until=today
    )
    assert sum(n for _monday, n in weeks) == 6
    assert all(monday.weekday() == 0 for monday, _n in weeks)
    district = reports.weekly_completions(tree["d2"], courses, since=today, until=today)
    assert sum(n for _monday, n in district) == 2


def test_the_weekly_chart_counts_whole_weeks_from_the_monday_of_the_first(tree):
    # A window starting on this week's Sunday still counts today's completions: the chart
    # covers whole weeks (docs/dashboards.md), read from the counters only.
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    sunday = monday + datetime.timedelta(days=6)
    courses = [tree["x"], tree["y"]]
    weeks = reports.weekly_completions(tree["province"], courses, since=sunday, until=sunday)
    assert weeks == [(monday, 6)]


def test_whole_weeks_widen_the_window_to_mondays_and_sundays_never_past_today():
    wed, next_wed = datetime.date(2026, 12, 2), datetime.date(2026, 12, 9)
    mon, next_sun = datetime.date(2026, 11, 30), datetime.date(2026, 12, 13)
    assert reports.whole_weeks(wed, next_wed, today=datetime.date(2026, 12, 20)) == (
        mon,
        next_sun,
    )
    thursday = datetime.date(2026, 12, 10)
    assert reports.whole_weeks(wed, next_wed, today=thursday) == (mon, thursday)
    # a campaign not begun yet: its first week, from its Monday
    assert reports.whole_weeks(wed, wed, today=datetime.date(2026, 11, 1)) == (mon, mon)

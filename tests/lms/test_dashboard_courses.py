"""Every live course on the dashboards and exports, and the switch between the campaign's
courses, all courses and one course: hand-computed figures, recounts from the facts, scope
of the switch's parameters, and query budgets with 3 and 30 courses."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Enrollment
from courses.services import lesson_complete
from lms.dashboards.rates import rate
from lms.models import Campaign, Chapter, Member
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign_tree(tree, home):
    """The ``tree`` fixture (see tests/lms/conftest.py) with a campaign for course Y over
    district D1, and course Z, which a member of chapter A finished before it was unpublished.
    """
    today = timezone.localdate()
    due = today + datetime.timedelta(days=30)
    campaign = Campaign.objects.create(
        name="Tháng an toàn số",
        node=tree["d1"],
        starts_on=today - datetime.timedelta(days=7),
        due_on=due,
    )
    campaign.courses.set([tree["y"]])
    campaign.save()
    z, z_lessons = course_with_lessons(home, lessons=1, title="Khóa Z")
    lesson_complete(user=tree["members"]["a"][0], lesson=z_lessons[0])
    z.unpublish()
    return {**tree, "z": z, "due": due}


def _csv(client, code, query=""):
    response = client.get(reverse("lms:dashboard_csv", args=[code]) + query)
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    return rows[0], [[row[0], *row[2:]] for row in rows[1:]]  # without the "Level" column


# The figures by hand, from the tree fixture's story. Columns: unit, members, then started,
# completed, rate (%) per course shown, then the overall rate (completions over members x
# courses shown).
COMMUNE_ALL = [  # Y first (campaign course), then X
    ["Xã 1", "6", "1", "1", "16.7", "4", "3", "50.0", "33.3"],
    ["Chi hội A", "4", "1", "1", "25.0", "3", "2", "50.0", "37.5"],
    ["Chi hội B", "2", "0", "0", "0.0", "1", "1", "50.0", "25.0"],
]
COMMUNE_CAMPAIGN = [
    ["Xã 1", "6", "1", "1", "16.7", "16.7"],
    ["Chi hội A", "4", "1", "1", "25.0", "25.0"],
    ["Chi hội B", "2", "0", "0", "0.0", "0.0"],
]
COMMUNE_X = [
    ["Xã 1", "6", "4", "3", "50.0", "50.0"],
    ["Chi hội A", "4", "3", "2", "50.0", "50.0"],
    ["Chi hội B", "2", "1", "1", "50.0", "50.0"],
]
CHAPTER_A_ALL = [["Chi hội A", "4", "1", "1", "25.0", "3", "2", "50.0", "37.5"]]
CHAPTER_A_CAMPAIGN = [["Chi hội A", "4", "1", "1", "25.0", "25.0"]]
CHAPTER_A_X = [["Chi hội A", "4", "3", "2", "50.0", "50.0"]]


@pytest.mark.parametrize(
    ("code", "switch", "titles", "expected"),
    [
        ("c1", "", ["Khóa Y", "Khóa X"], COMMUNE_ALL),
        ("c1", "all", ["Khóa Y", "Khóa X"], COMMUNE_ALL),
        ("c1", "campaign", ["Khóa Y"], COMMUNE_CAMPAIGN),
        ("c1", "x", ["Khóa X"], COMMUNE_X),
        ("a", "all", ["Khóa Y", "Khóa X"], CHAPTER_A_ALL),
        ("a", "campaign", ["Khóa Y"], CHAPTER_A_CAMPAIGN),
        ("a", "x", ["Khóa X"], CHAPTER_A_X),
    ],
)
def test_exports_hold_the_hand_computed_figures_of_the_courses_the_switch_shows(
    client, campaign_tree, people, code, switch, titles, expected
):
    client.force_login(people["official_d1"])
    query = f"?courses={campaign_tree['x'].pk}" if switch == "x" else f"?courses={switch}"
    header, rows = _csv(client, code, query)
    assert [h.split(":")[0] for h in header[3::3]][: len(titles)] == titles
    assert header[-1] == "Tỷ lệ hoàn thành chung (%)"
    assert rows == expected
    assert "Khóa Z" not in ",".join(header)


def _recount(node, courses):
    """[members, then started, completed, rate per course, then the overall rate] beneath
    ``node``, counted from the member and enrollment rows (not from the counters the
    dashboard reads)."""
    beneath = Member.objects.filter(chapter__path__startswith=node.path)
    members = beneath.count()
    figures, all_completed = [], 0
    for course in courses:
        enrollments = Enrollment.objects.filter(course=course, user__member__in=beneath)
        started = enrollments.count()
        completed = enrollments.filter(completed_at__isnull=False).count()
        all_completed += completed
        figures += [str(started), str(completed), str(rate(completed, members))]
    return [str(members), *figures, str(rate(all_completed, members * len(courses)))]


# The courses each position of the switch shows, by hand: the campaign for Y is set on
# district D1, so it applies at D1 and beneath; above it and in D2 no campaign applies.
UNDER_CAMPAIGN = {"d1", "c1", "a"}


def _shown(tree, code, switch):
    if switch == "x":
        return [tree["x"]]
    if code in UNDER_CAMPAIGN:
        return [tree["y"]] if switch == "campaign" else [tree["y"], tree["x"]]
    return [tree["x"], tree["y"]]


@pytest.mark.parametrize("switch", ["all", "campaign", "x"])
@pytest.mark.parametrize("code", ["p", "d1", "c1", "a", "e"])
def test_every_row_equals_a_recount_of_the_enrollments(client, campaign_tree, people, code, switch):
    client.force_login(people["superuser"])
    value = campaign_tree["x"].pk if switch == "x" else switch
    _header, rows = _csv(client, code, f"?courses={value}")
    courses = _shown(campaign_tree, code, switch)
    node = Chapter.objects.get(code=code)
    expected_names = [node.name, *(child.name for child in node.get_children())]
    assert [row[0] for row in rows] == expected_names
    for row in rows:
        unit = Chapter.objects.get(name=row[0])
        assert row[1:] == _recount(unit, courses), (row[0], switch)


def _member_states(body):
    """{member name: [(state, course title)]} from the chapter's member list."""
    states = {}
    for card in body.split('<li class="card">')[1:]:
        card = card.split("</ul>")[0]
        name = re.search(r"<strong>(.*?)</strong>", card).group(1)
        states[name] = re.findall(r'<li class="state-(\w+)">[^<]*: ([^<]+)</li>', card)
    return states


def test_the_member_list_follows_the_switch(client, campaign_tree, people):
    """A member who finished course X is no longer "not started" for it while a campaign for
    Y runs; Z (unpublished) is never listed."""
    a = [user.member.full_name for user in campaign_tree["members"]["a"]]
    client.force_login(people["leader_a"])
    url = reverse("lms:dashboard_node", args=["a"])
    body = client.get(url).content.decode()
    assert _member_states(body) == {
        a[0]: [("completed", "Khóa Y"), ("completed", "Khóa X")],
        a[1]: [("not_started", "Khóa Y"), ("completed", "Khóa X")],
        a[2]: [("not_started", "Khóa Y"), ("started", "Khóa X")],
        a[3]: [("not_started", "Khóa Y"), ("not_started", "Khóa X")],
    }
    body = client.get(url + "?courses=campaign").content.decode()
    assert _member_states(body) == {
        a[0]: [("completed", "Khóa Y")],
        a[1]: [("not_started", "Khóa Y")],
        a[2]: [("not_started", "Khóa Y")],
        a[3]: [("not_started", "Khóa Y")],
    }
    body = client.get(url + f"?courses={campaign_tree['x'].pk}").content.decode()
    assert _member_states(body) == {
        a[0]: [("completed", "Khóa X")],
        a[1]: [("completed", "Khóa X")],
        a[2]: [("started", "Khóa X")],
        a[3]: [("not_started", "Khóa X")],
    }


def test_the_page_shows_the_campaigns_due_date_and_rates_in_her_language(
    client, campaign_tree, people
):
    client.force_login(people["official_d1"])
    url = reverse("lms:dashboard_node", args=["c1"])
    body = client.get(url).content.decode()
    due = campaign_tree["due"].strftime("%d-%m-%Y")  # SHORT_DATE_FORMAT in Vietnamese
    assert f"Thi đua, hạn {due}" in body  # on course Y's card
    assert "16,7%" in body and "33,3%" in body and "Khóa Z" not in body
    client.cookies["django_language"] = "en"
    body = client.get(url).content.decode()
    assert "16.7%" in body and "33.3%" in body


def test_switch_sort_and_export_links_keep_the_chosen_courses(client, campaign_tree, people):
    client.force_login(people["official_d1"])
    x = campaign_tree["x"].pk
    body = client.get(reverse("lms:dashboard_node", args=["c1"]) + f"?courses={x}").content
    body = body.decode()
    assert f'href="?courses={x}&amp;sort=members"' in body
    assert f'href="?courses={x}&amp;sort=course-{x}"' in body
    assert f'href="/dashboard/c1/export.csv?courses={x}"' in body
    assert f'href="/dashboard/c1/export.xlsx?courses={x}"' in body
    assert f'href="/dashboard/a/?courses={x}"' in body  # a unit below keeps it too
    assert 'href="?courses=campaign&amp;sort=overall">' in body
    assert 'href="?courses=all&amp;sort=overall">' in body
    assert f'href="?courses={x}&amp;sort=overall" aria-current="page"' in body


def test_each_pair_of_download_buttons_says_which_file_it_makes(client, campaign_tree, people):
    client.force_login(people["official_d1"])
    body = client.get(reverse("lms:dashboard_node", args=["c1"])).content.decode()
    downloads = body[body.index("<h2>Tải về</h2>") :]
    figures = downloads.index("<h3>Bảng tỷ lệ hoàn thành</h3>")
    members = downloads.index("<h3>Bảng từng hội viên")
    assert figures < downloads.index("/dashboard/c1/export.xlsx") < members
    assert members < downloads.index("/dashboard/c1/members.xlsx")


def test_the_admin_report_has_the_switch_and_its_export_buttons_keep_it(
    client, campaign_tree, people
):
    client.force_login(people["official_d1"])
    response = client.get(reverse("lms_completion_report", args=["c1"]) + "?courses=campaign")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/dashboard/c1/export.xlsx?courses=campaign" in body
    assert "/dashboard/c1/export.csv?courses=campaign" in body
    assert "1 / 1 / 16,7%" in body  # course Y in commune 1: started / completed / rate
    table = body.split('<table class="listing">')[1].split("</table>")[0]
    assert "Khóa Y" in table and "Khóa X" not in table  # X is in the switch only
    assert "Khóa Z" not in body


def test_the_weekly_chart_counts_the_courses_shown_over_their_weeks(client, campaign_tree, people):
    """Everything in the tree was completed today: in chapter A, Y once (the campaign's
    course, since a week ago), X twice. Only campaign courses: the campaign's weeks; any
    other choice: the last 12 weeks. Whole weeks: the label starts on the first week's
    Monday and ends today (docs/dashboards.md)."""
    today = timezone.localdate()

    def monday(value):
        return value - datetime.timedelta(days=value.weekday())

    twelve_weeks = monday(today - datetime.timedelta(weeks=11))
    started = monday(today - datetime.timedelta(days=7))

    def day(value):
        return value.strftime("%d-%m-%Y")

    client.force_login(people["leader_a"])
    url = reverse("lms:dashboard_node", args=["a"])
    for query, expected in (
        ("?courses=all", f"3 lượt hoàn thành khóa học từ {day(twelve_weeks)} đến {day(today)}"),
        ("?courses=campaign", f"1 lượt hoàn thành khóa học từ {day(started)} đến {day(today)}"),
        (f"?courses={campaign_tree['y'].pk}", f"1 lượt hoàn thành khóa học từ {day(started)}"),
        (f"?courses={campaign_tree['x'].pk}", f"2 lượt hoàn thành khóa học từ {day(twelve_weeks)}"),
    ):
        assert expected in client.get(url + query).content.decode(), query


@pytest.mark.parametrize("page", ["lms:dashboard_node", "lms:dashboard_csv", "lms:dashboard_xlsx"])
def test_tampered_switches_show_every_live_course_and_never_fail(
    client, campaign_tree, people, page
):
    client.force_login(people["leader_a"])
    lesson = campaign_tree["x"].get_children().first()
    url = reverse(page, args=["a"])
    for query in (
        f"?courses={campaign_tree['z'].pk}",  # unpublished
        f"?courses={lesson.pk}",  # a page that is no course
        "?courses=999999999",
        "?courses=" + "9" * 400,
        "?courses=%D9%A1",
        "?courses=campaign&courses=1&sort=course-" + "9" * 50,
        "?sort=course-abc&dir=sideways",
    ):
        response = client.get(url + query)
        assert response.status_code == 200, query
        assert b"Kh\xc3\xb3a Z" not in response.content, query
    assert client.get(url + "?courses=%00").status_code == 400


def test_the_switch_opens_no_other_unit(client, campaign_tree, people):
    client.force_login(people["leader_a"])
    for page in ("lms:dashboard_node", "lms:dashboard_csv", "lms:dashboard_xlsx"):
        response = client.get(reverse(page, args=["b"]) + "?courses=campaign")
        assert response.status_code == 403


def test_excel_rates_are_numbers_with_a_percent_format(client, campaign_tree, people):
    client.force_login(people["official_d1"])
    response = client.get(reverse("lms:dashboard_xlsx", args=["c1"]) + "?courses=all")
    sheet = load_workbook(io.BytesIO(response.content)).active
    # By hand: header, then commune 1, chapter A, chapter B; Y's columns, then X's, overall.
    assert [cell.value for cell in sheet[1]] == [
        "Đơn vị",
        "Cấp",
        "Hội viên",
        "Khóa Y: đã bắt đầu",
        "Khóa Y: đã hoàn thành",
        "Khóa Y: tỷ lệ hoàn thành (%)",
        "Khóa X: đã bắt đầu",
        "Khóa X: đã hoàn thành",
        "Khóa X: tỷ lệ hoàn thành (%)",
        "Tỷ lệ hoàn thành chung (%)",
    ]
    expected = [
        ("Xã 1", 6, 1, 1, 0.167, 4, 3, 0.5, 0.333),
        ("Chi hội A", 4, 1, 1, 0.25, 3, 2, 0.5, 0.375),
        ("Chi hội B", 2, 0, 0, 0.0, 1, 1, 0.5, 0.25),
    ]
    for line, row in zip(expected, sheet.iter_rows(min_row=2), strict=True):
        values = [cell.value for cell in row]
        assert [values[0], *values[2:]] == list(line)
        for column in (5, 8, 9):  # the rates: numbers shown as percents
            assert row[column].data_type == "n"
            assert row[column].number_format == "0.0%"
        for column in (2, 3, 4):  # counts stay plain numbers
            assert row[column].number_format == "General"


def test_a_unit_without_members_exports_empty_rates_not_zero(client, campaign_tree, people):
    ChapterFactory(parent=campaign_tree["c1"], name="Chi hội mới", code="new")
    client.force_login(people["official_d1"])
    _header, rows = _csv(client, "new", "?courses=all")
    assert rows == [["Chi hội mới", "0", "0", "0", "", "0", "0", "", ""]]
    sheet = load_workbook(
        io.BytesIO(client.get(reverse("lms:dashboard_xlsx", args=["new"])).content)
    ).active
    assert [cell.value for cell in sheet[2]][5] is None


# --- cost ---------------------------------------------------------------------------------

# Measured (SQLite and PostgreSQL alike), the chapter's page being the dearest: its member list.
# The chapter page reads its member list page by page (lms.dashboards.roster: count, ids,
# members, statuses) and the breadcrumb her roles once. The page also shows the panels of the
# apps above lms (lms.hooks): the classes panel reads at most 5 (classes.reports.class_report).
BUDGETS = {"lms:dashboard_node": 17 + 5, "lms_completion_report": 19, "lms:dashboard_csv": 9}


def _world(home):
    """A commune with three chapters of one member each; the first one's member finishes
    every course (so each course's rate at the commune is 1 of 3)."""
    commune = ChapterFactory(kind=Chapter.Kind.COMMUNE, code="cq")
    chapters = [ChapterFactory(parent=commune, code=f"cq{i}") for i in range(3)]
    members = [MemberFactory(chapter=chapter).user for chapter in chapters]
    return commune, chapters, members


def _add_courses(home, n, finisher, starter):
    courses = []
    for _ in range(n):
        course, lessons = course_with_lessons(home, lessons=2)
        lesson_complete(user=finisher, lesson=lessons[0])
        lesson_complete(user=finisher, lesson=lessons[1])
        lesson_complete(user=starter, lesson=lessons[0])
        courses.append(course)
    return courses


def test_dashboard_queries_are_the_same_with_3_and_30_courses(
    client, home, django_assert_max_num_queries
):
    commune, chapters, (finisher, starter, _nobody) = _world(home)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    courses = _add_courses(home, 3, finisher, starter)
    campaign = Campaign.objects.create(
        name="Thi đua",
        node=commune,
        starts_on=timezone.localdate(),
        due_on=timezone.localdate() + datetime.timedelta(days=9),
    )
    campaign.courses.set(courses[:2])
    campaign.save()
    counts = {}
    for size in (3, 30):
        if size == 30:
            courses += _add_courses(home, 27, finisher, starter)
        switches = {"all": "all", "campaign": "campaign", "one": str(courses[-1].pk)}
        for node, shown in ((commune, "33,3%"), (chapters[0], "100,0%")):
            for switch, value in switches.items():
                for page, budget in BUDGETS.items():
                    url = reverse(page, args=[node.code]) + f"?courses={value}"
                    client.get(url)  # per-process caches filled, as in a running server
                    with (
                        CaptureQueriesContext(connection) as ctx,
                        django_assert_max_num_queries(budget),
                    ):
                        response = client.get(url)
                    assert response.status_code == 200
                    body = response.content.decode("utf-8-sig")
                    expected = shown
                    if page == "lms:dashboard_csv":  # the CSV's own format (docs/dashboards.md)
                        expected = shown[:-1].replace(",", ".")
                    assert expected in body, (page, node.code, switch)
                    key = (page, node.code, switch)
                    counts.setdefault(key, []).append(len(ctx.captured_queries))
    assert all(first == second for first, second in counts.values()), counts

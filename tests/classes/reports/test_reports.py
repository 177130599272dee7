"""The class panel on a node's dashboard, the sessions held beneath it, a session's attendance
list and the Excel file: figures against hand-counted tables, scope, query budgets."""

import io
from datetime import date, datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from freezegun import freeze_time
from openpyxl import load_workbook

from classes import reports
from courses.models import Enrollment
from courses.services import lesson_complete
from lms.stats import recompute as lms_recompute
from tests.classes.factories import HANOI, closed_session
from tests.classes.reports.test_stats import close_story
from tests.lms.factories import ChapterFactory, MemberFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 15, 10, 0, tzinfo=HANOI)  # window: June to November 2026
MONTHS = ["06/2026", "07/2026", "08/2026", "09/2026", "10/2026", "11/2026"]


@pytest.fixture
def frozen():
    with freeze_time(NOW):
        yield


def online(tree):
    """Online completions: X by a1 on Wednesday 30 Sep (a week of 28 Sep-4 Oct: four of its
    days in October, so counted in October), by b1 on 2 Oct,
    by e1 on 14 Oct, by a2 on 20 May (before the window); Y by e2 on 3 Nov."""
    who = tree["people"]
    plan = [
        ("a1", "x", "2026-09-30"),
        ("b1", "x", "2026-10-02"),
        ("e1", "x", "2026-10-14"),
        ("a2", "x", "2026-05-20"),
        ("e2", "y", "2026-11-03"),
    ]
    for name, course, day in plan:
        for lesson in tree[f"{course}_lessons"]:
            lesson_complete(user=who[name], lesson=lesson)
        Enrollment.objects.filter(user=who[name], course=tree[course]).update(
            completed_at=datetime.fromisoformat(day).replace(hour=21, tzinfo=HANOI)
        )
    lms_recompute.recompute()  # the weekly counters follow the dates set above


@pytest.fixture
def story(tree, frozen):
    """close_story (Sep and Oct), one session in May (before the window), and online()."""
    close_story(tree)
    closed_session(
        host=tree["a"], course=tree["x"], day="2026-05-10", attendees=[tree["people"]["a3"]]
    )
    online(tree)
    return tree


def figures(rows):
    return {(row.node.code + ("*" if row.is_self else "")): row.figures.as_tuple() for row in rows}


# (sessions, attendances, trained in class, online completions), counted by hand
BY_UNIT = {
    ("p", None): {"d1": (3, 6, 4, 2), "d2": (2, 4, 3, 2)},
    ("p", "x"): {"d1": (3, 6, 4, 2), "d2": (1, 2, 1, 1)},
    ("p", "y"): {"d1": (0, 0, 0, 0), "d2": (1, 2, 2, 1)},
    ("d1", None): {"c1": (3, 6, 4, 2)},
    ("d2", None): {"c2": (1, 4, 3, 2), "d2*": (1, 0, 0, 0)},
    ("c1", None): {"a": (1, 3, 2, 1), "b": (1, 3, 2, 1), "c1*": (1, 0, 0, 0)},
    ("e", None): {"e*": (1, 4, 3, 2)},
}
BY_MONTH_P = {
    "06/2026": (0, 0, 0, 0),
    "07/2026": (0, 0, 0, 0),
    "08/2026": (0, 0, 0, 0),
    "09/2026": (2, 4, 4, 0),
    "10/2026": (3, 6, 3, 3),  # a1's 30 Sep counts in October, with most of its week
    "11/2026": (0, 0, 0, 1),
}


@pytest.mark.parametrize(("code", "course"), list(BY_UNIT))
def test_each_level_sums_its_subtree_per_unit(story, code, course):
    course_id = story[course].pk if course else None
    report = reports.class_report(story[code], course_id=course_id)
    assert figures(report.rows) == BY_UNIT[(code, course)]
    total = tuple(sum(column) for column in zip(*BY_UNIT[(code, course)].values(), strict=True))
    assert report.total.as_tuple() == total


def test_months_and_courses_at_the_province(story):
    report = reports.class_report(story["p"])
    assert {m.strftime("%m/%Y"): f.as_tuple() for m, f in report.by_month} == BY_MONTH_P
    assert {c.title: f.as_tuple() for c, f in report.by_course} == {
        "Khóa X": (4, 8, 5, 3),
        "Khóa Y": (1, 2, 2, 1),
    }


def table(html, table_id):
    soup = BeautifulSoup(html, "html.parser")
    return {
        tr.find("th").get_text(" ", strip=True): tuple(
            int(td.get_text(strip=True).replace(".", "")) for td in tr.find_all("td")
        )
        for tr in soup.select(f"#{table_id} tbody tr")
    }


def test_the_dashboard_page_shows_the_hand_counted_figures(client, story, viewers):
    client.force_login(viewers["official_p"])
    html = client.get(reverse("lms:dashboard_node", args=["p"])).content.decode()
    assert table(html, "classes-by-unit") == {"Huyện 1": (3, 6, 4, 2), "Huyện 2": (2, 4, 3, 2)}
    assert table(html, "classes-by-month") == BY_MONTH_P
    html = client.get(
        reverse("lms:dashboard_node", args=["c1"]) + f"?class_course={story['x'].pk}"
    ).content.decode()
    assert table(html, "classes-by-unit") == {
        "Chi hội A": (1, 3, 2, 1),
        "Chi hội B": (1, 3, 2, 1),
        "Xã 1 (tổ chức tại cấp này)": (1, 0, 0, 0),
    }


@pytest.mark.parametrize(
    ("who", "code", "status"),
    [
        ("official_d2", "c1", 403),
        ("leader_a", "b", 403),
        ("leader_a", "c1", 403),
        ("member", "a", 403),
        ("trainer", "a", 403),
        ("official_d1", "c1", 200),
        ("leader_a", "a", 200),
        ("superuser", "p", 200),
    ],
)
def test_reports_are_refused_outside_her_area(client, story, viewers, who, code, status):
    client.force_login(viewers[who])
    for name in ("classes:report_sessions", "classes:report_xlsx"):
        assert client.get(reverse(name, args=[code])).status_code == status


def test_anonymous_visitors_are_sent_to_sign_in(client, story):
    response = client.get(reverse("classes:report_sessions", args=["p"]))
    assert response.status_code == 302
    assert "next=" in response["Location"]


def _session(tree, host, day):
    return reports.sessions_held_beneath(tree[host]).get(starts_at__date=date.fromisoformat(day))


def test_a_session_outside_the_node_is_not_found(client, story, viewers):
    s2 = _session(story, "c1", "2026-10-05")  # held by the commune, above chapter A
    client.force_login(viewers["leader_a"])
    url = reverse("classes:report_attendance", args=["a", s2.pk])
    assert client.get(url).status_code == 404
    assert client.get(reverse("classes:report_attendance", args=["c1", s2.pk])).status_code == 403


def test_sessions_held_are_listed_beneath_the_node_and_paged(client, story, viewers):
    client.force_login(viewers["official_d1"])
    html = client.get(reverse("classes:report_sessions", args=["d1"])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    items = [li.get_text(" ", strip=True) for li in soup.select(".session-list li")]
    # S5 (30 Oct, B), S2 (5 Oct, commune), S1 (10 Sep, A), May (A); newest first
    assert [item.split(" · ")[0] for item in items] == [
        "30-10-2026",
        "05-10-2026",
        "10-09-2026",
        "10-05-2026",
    ]
    assert "4 hội viên đến" in items[1]
    for i in range(25):
        closed_session(host=story["a"], course=story["y"], day=f"2026-08-{1 + i % 28:02d}")
    page2 = client.get(reverse("classes:report_sessions", args=["d1"]) + "?page=2").content.decode()
    assert len(BeautifulSoup(page2, "html.parser").select(".session-list li")) == 9


def test_attendance_list_names_her_area_and_masks_phones(client, story, viewers):
    s1 = _session(story, "a", "2026-09-10")  # a1, a2 (chapter A), b1 (chapter B)
    who = story["people"]
    client.force_login(viewers["leader_a"])
    html = client.get(reverse("classes:report_attendance", args=["a", s1.pk])).content.decode()
    rows = BeautifulSoup(html, "html.parser").select("#attendance li")
    names = [row.find("strong").get_text(strip=True) for row in rows]
    assert names == ["Hội viên A1", "Hội viên A2"]
    assert "Hội viên B1" not in html
    assert "1 hội viên của đơn vị ngoài phạm vi" in html
    a1_phone = who["a1"].phone  # +8491xxxxxxx, shown in full to her own leader
    full = f"0{a1_phone[3:6]} {a1_phone[6:9]} {a1_phone[9:]}"
    assert full in html
    client.force_login(viewers["official_d1"])
    html = client.get(reverse("classes:report_attendance", args=["c1", s1.pk])).content.decode()
    assert "Hội viên B1" in html
    assert full not in html
    assert f"0{a1_phone[3:6]} *** {a1_phone[-3:]}" in html
    assert "Quét mã" in html or "Scanned" in html


def test_export_equals_the_page_and_the_hand_table(client, story, viewers):
    client.force_login(viewers["official_p"])
    response = client.get(reverse("classes:report_xlsx", args=["p"]))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    sessions, attendance, totals = workbook.worksheets
    held = [
        (row[0].strftime("%Y-%m-%d"), row[1], row[7])
        for row in sessions.iter_rows(min_row=2, values_only=True)
    ]
    assert held == [
        ("2026-09-10", "Chi hội A", 3),
        ("2026-09-25", "Huyện 2", 1),
        ("2026-10-05", "Xã 1", 4),
        ("2026-10-20", "Chi hội E", 2),
        ("2026-10-30", "Chi hội B", 0),
    ]
    assert attendance.max_row - 1 == 10  # every attendance of the window: her area is all
    per_unit = {}
    per_month = {}
    for unit, month, *numbers in totals.iter_rows(min_row=2, values_only=True):
        if unit is None or month not in MONTHS:
            continue
        if unit.startswith("Tổng"):
            per_month[month] = tuple(numbers)
        else:
            per_unit.setdefault(unit, [0, 0, 0, 0])
            per_unit[unit] = [a + b for a, b in zip(per_unit[unit], numbers, strict=True)]
    hand = {"Huyện 1": (3, 6, 4, 2), "Huyện 2": (2, 4, 3, 2)}
    assert {unit: tuple(n) for unit, n in per_unit.items()} == hand
    assert per_month == BY_MONTH_P
    page = client.get(reverse("lms:dashboard_node", args=["p"])).content.decode()
    assert table(page, "classes-by-unit") == hand
    assert table(page, "classes-by-month") == per_month


def test_export_of_a_leader_keeps_other_units_members_out(client, story, viewers):
    client.force_login(viewers["leader_a"])
    workbook = load_workbook(
        io.BytesIO(client.get(reverse("classes:report_xlsx", args=["a"])).content)
    )
    names = [row[3] for row in workbook.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == ["Hội viên A1", "Hội viên A2"]  # S1 only: b1 is not hers


def _grow(tree, n, start=0):
    """n more chapters under commune C2, each with a member at a closed session and an
    online completion."""
    for i in range(start, start + n):
        chapter = ChapterFactory(parent=tree["c2"], code=f"g{i}")
        user = MemberFactory(chapter=chapter).user
        closed_session(host=chapter, course=tree["y"], day="2026-10-10", attendees=[user])
        lesson_complete(user=user, lesson=tree["y_lessons"][0])


def test_query_counts_do_not_grow_with_the_tree(
    client, story, viewers, django_assert_max_num_queries
):
    client.force_login(viewers["superuser"])
    s1 = _session(story, "a", "2026-09-10")
    urls = [
        reverse("lms:dashboard_node", args=["p"]),
        reverse("lms:dashboard_node", args=["d2"]),
        reverse("classes:report_sessions", args=["p"]),
        reverse("classes:report_attendance", args=["p", s1.pk]),
        reverse("classes:report_xlsx", args=["p"]),
    ]
    counts = {}
    grown = 0
    for size in (2, 20):  # chapters added under commune C2, with classes and completions
        _grow(story, size - grown, start=grown)
        grown = size
        for url in urls:
            client.get(url)
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            counts.setdefault(url, []).append(len(ctx.captured_queries))
    assert all(small == big for small, big in counts.values()), counts
    with django_assert_max_num_queries(5):
        reports.class_report(story["p"])


@pytest.mark.parametrize(
    ("monday", "month"),
    [
        (date(2026, 6, 1), date(2026, 6, 1)),  # all seven days in June
        (date(2026, 6, 29), date(2026, 7, 1)),  # 29-30 June, 1-5 July: July
        (date(2026, 9, 28), date(2026, 10, 1)),  # 28-30 Sep, 1-4 Oct: October
        (date(2026, 10, 26), date(2026, 10, 1)),  # 26-31 Oct, 1 Nov: October
        (date(2026, 11, 30), date(2026, 12, 1)),  # 30 Nov, 1-6 Dec: December
        (date(2026, 12, 28), date(2026, 12, 1)),  # 28-31 Dec, 1-3 Jan 2027: December
        (date(2025, 12, 29), date(2026, 1, 1)),  # 29-31 Dec, 1-4 Jan 2026: January
    ],
)
def test_a_week_counts_in_the_month_that_holds_most_of_its_days(monday, month):
    assert reports.month_of_week(monday) == month

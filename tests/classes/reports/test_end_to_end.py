"""A class run from the organiser's phone, from scheduling to closing, then seen on the
dashboards: the panel's figures equal a recount from the sessions, attendances and
enrollments."""

from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from freezegun import freeze_time

from classes import stats
from classes.models import Attendance, TrainingSession
from courses.models import Enrollment, LessonCompletion
from tests.classes.factories import HANOI

pytestmark = pytest.mark.django_db


def _panel_by_unit(html):
    soup = BeautifulSoup(html, "html.parser")
    return {
        tr.find("th").get_text(" ", strip=True): tuple(
            int(td.get_text(strip=True)) for td in tr.find_all("td")
        )
        for tr in soup.select("#classes-by-unit tbody tr")
    }


def _recount(parent):
    """Per child of ``parent``: (sessions held, attendances, members trained, completions),
    from the facts: closed sessions by host, attendances and first sessions by her chapter,
    enrollments completed by her chapter."""
    figures = {}
    for child in parent.get_children():
        beneath = child.path
        sessions = TrainingSession.objects.filter(
            closed_at__isnull=False, host__path__startswith=beneath
        ).count()
        came = Attendance.objects.filter(
            session__closed_at__isnull=False, user__member__chapter__path__startswith=beneath
        )
        trained = came.values("user_id", "session__course_id").distinct().count()
        done = Enrollment.objects.filter(
            completed_at__isnull=False, user__member__chapter__path__startswith=beneath
        ).count()
        figures[child.name] = (sessions, came.count(), trained, done)
    return figures


def test_a_class_scheduled_checked_in_and_closed_shows_on_every_dashboard(client, tree, viewers):
    who = tree["people"]
    organiser = viewers["official_d1"]
    with freeze_time(datetime(2026, 11, 10, 7, 0, tzinfo=HANOI)):
        client.force_login(organiser)
        response = client.post(
            reverse("classes:new"),
            {
                "course": tree["x"].pk,
                "lessons": [lesson.pk for lesson in tree["x_lessons"]],
                "date": "2026-11-10",
                "start": "08:00",
                "end": "10:00",
                "place": "Hội trường xã 1",
                "trainer_name": "Chị Lê Thị Hoa",
                "host": tree["c1"].pk,
                "invited": [tree["c1"].pk],
            },
        )
        assert response.status_code == 302
    session = TrainingSession.objects.get()
    with freeze_time(datetime(2026, 11, 10, 8, 5, tzinfo=HANOI)):
        for name in ("a1", "b1", "b1"):  # b1 scans twice: checked in once
            client.force_login(who[name])
            client.post(reverse("classes:check_in", args=[session.code]))
        client.force_login(organiser)
        client.post(reverse("classes:tick", args=[session.pk, who["a2"].pk]))
        client.post(reverse("classes:tick", args=[session.pk, who["a3"].pk]))
        client.post(reverse("classes:untick", args=[session.pk, who["a3"].pk]))
    with freeze_time(datetime(2026, 11, 10, 10, 5, tzinfo=HANOI)):
        client.force_login(organiser)
        client.post(reverse("classes:close", args=[session.pk]))
        # a second close (a double tap) changes nothing
        client.post(reverse("classes:close", args=[session.pk]))
    session.refresh_from_db()
    assert session.closed_at is not None and session.counted_at is not None
    came = {who[n].pk for n in ("a1", "a2", "b1")}
    assert set(Attendance.objects.values_list("user_id", flat=True)) == came
    assert LessonCompletion.objects.filter(in_class=True).count() == 3 * 2

    with freeze_time(datetime(2026, 11, 20, 9, 0, tzinfo=HANOI)):
        client.force_login(viewers["official_p"])
        for code, expected in (
            ("p", {"Huyện 1": (1, 3, 3, 3), "Huyện 2": (0, 0, 0, 0)}),
            (
                "c1",
                {
                    "Chi hội A": (0, 2, 2, 2),
                    "Chi hội B": (0, 1, 1, 1),
                    "Xã 1 (tổ chức tại cấp này)": (1, 0, 0, 0),
                },
            ),
        ):
            html = client.get(reverse("lms:dashboard_node", args=[code])).content.decode()
            shown = _panel_by_unit(html)
            assert shown == expected
            recount = _recount(tree[code])
            for name, figures in recount.items():
                assert shown[name][1:] == figures[1:]
            held_here = sum(f[0] for f in recount.values()) + (1 if code == "c1" else 0)
            assert sum(f[0] for f in shown.values()) == held_here
    assert stats.recompute() == {}

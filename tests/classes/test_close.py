"""Closing a class completes the lessons it covered for those who came, through the
completion path of online learning, marked "completed in class"; nothing else moves."""

from datetime import timedelta

import pytest
from django.urls import reverse

from classes import stats
from classes.models import Attendance
from courses.models import Enrollment, LessonCompletion
from lms.models import Certificate, ChapterCourseStats
from tests.classes.factories import schedule

pytestmark = pytest.mark.django_db


def _facts(users, course):
    """Every completion and enrollment of ``users`` in ``course``, as plain values."""
    return (
        sorted(
            LessonCompletion.objects.filter(user__in=users, course=course).values_list(
                "user_id", "lesson_id", "in_class", "completed_at"
            )
        ),
        sorted(
            Enrollment.objects.filter(user__in=users, course=course).values_list(
                "user_id", "lessons_done", "completed_at"
            )
        ),
    )


def _close(client, session):
    return client.post(reverse("classes:close", args=[session.pk]))


@pytest.fixture
def counted(monkeypatch):
    calls = []
    monkeypatch.setattr(stats, "session_counted", lambda *, session: calls.append(session.pk))
    return calls


def test_closing_completes_the_taught_lessons_in_class_for_those_who_came(
    client, tree, people, session, x_lessons, counted
):
    a = tree["members"]["a"]
    first_before = LessonCompletion.objects.get(user=a[2], lesson=x_lessons[0])
    a0_before = _facts([a[0]], tree["x"])
    client.force_login(a[2])
    client.post(reverse("classes:check_in", args=[session.code]))
    client.force_login(people["leader_a"])
    client.post(reverse("classes:tick", args=[session.pk, a[3].pk]))
    client.post(reverse("classes:tick", args=[session.pk, a[0].pk]))

    response = _close(client, session)

    assert response.status_code == 302
    # a[2] had done lesson 1 online: it stays as it was; lesson 2 is completed in class.
    assert (
        LessonCompletion.objects.get(pk=first_before.pk).completed_at == first_before.completed_at
    )
    in_class = set(
        LessonCompletion.objects.filter(in_class=True).values_list("user_id", "lesson_id")
    )
    assert in_class == {
        (a[2].pk, x_lessons[1].pk),
        (a[3].pk, x_lessons[0].pk),
        (a[3].pk, x_lessons[1].pk),
    }
    # a[0] had finished the course online: nothing of hers changes.
    assert _facts([a[0]], tree["x"]) == a0_before
    # The course rule, the counters and the certificates follow, as for online completion.
    for user in (a[2], a[3]):
        enrollment = Enrollment.objects.get(user=user, course=tree["x"])
        assert (enrollment.lessons_done, enrollment.is_completed) == (2, True)
        assert Certificate.objects.filter(user=user, course=tree["x"]).exists()
    assert not Enrollment.objects.filter(user=a[1], course=tree["x"], lessons_done__lt=2).exists()
    stats_a = ChapterCourseStats.objects.get(chapter=tree["a"], course=tree["x"])
    # Before the class: started 3 (a0, a1, a2), completed 2 (a0, a1). a3 started; a2, a3 done.
    assert (stats_a.started, stats_a.completed) == (4, 4)
    assert counted == [session.pk]


def test_closing_twice_changes_nothing(client, tree, people, session, counted):
    a = tree["members"]["a"]
    client.force_login(people["leader_a"])
    client.post(reverse("classes:tick", args=[session.pk, a[3].pk]))
    _close(client, session)
    facts = _facts(tree["members"]["a"], tree["x"])
    session.refresh_from_db()
    closed_at = session.closed_at

    assert _close(client, session).status_code == 302

    session.refresh_from_db()
    assert session.closed_at == closed_at
    assert _facts(tree["members"]["a"], tree["x"]) == facts
    assert counted == [session.pk]


def test_a_tick_taken_back_before_closing_records_nothing(client, tree, people, session):
    a = tree["members"]["a"]
    client.force_login(people["leader_a"])
    client.post(reverse("classes:tick", args=[session.pk, a[3].pk]))
    client.post(reverse("classes:untick", args=[session.pk, a[3].pk]))
    _close(client, session)

    assert not Attendance.objects.filter(session=session).exists()
    assert not LessonCompletion.objects.filter(user=a[3]).exists()
    assert not Enrollment.objects.filter(user=a[3]).exists()


def test_a_class_not_started_cannot_be_closed(client, tree, people, x_lessons):
    later = schedule(
        organiser=people["leader_a"],
        course=tree["x"],
        lessons=x_lessons,
        host=tree["a"],
        invited=[tree["a"]],
        starts_in=timedelta(hours=3),
    )
    client.force_login(people["leader_a"])

    response = _close(client, later)

    assert response.status_code == 409
    assert "Chỉ đóng được lớp khi lớp đã bắt đầu." in response.content.decode()
    later.refresh_from_db()
    assert later.closed_at is None


def test_her_course_page_says_which_lessons_she_completed_in_class(
    client, tree, people, session, x_lessons
):
    a2 = tree["members"]["a"][2]
    client.force_login(a2)
    client.post(reverse("classes:check_in", args=[session.code]))
    client.force_login(people["leader_a"])
    _close(client, session)
    client.force_login(a2)

    html = client.get(tree["x"].url).content.decode()

    items = html.split('<ol class="outline"')[1].split("</ol>")[0].split("<li")[1:]
    assert "Hoàn thành tại lớp" not in items[0] and "Đã học" in items[0]
    assert "Hoàn thành tại lớp · 5 phút" in items[1]
    lesson_html = client.get(x_lessons[1].url).content.decode()
    assert "Hoàn thành tại lớp" in lesson_html.split("lesson-meta")[1].split("</p>")[0]

"""Checking in by scanning the class's QR code: once, during the window, for invited
members; a newcomer joins her chapter first and comes back."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes.models import Attendance
from lms.models import Member
from tests.classes.factories import schedule
from tests.lms.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _url(session):
    return reverse("classes:check_in", args=[session.code])


def test_opening_the_code_changes_nothing_until_she_confirms(client, tree, session):
    member = tree["members"]["a"][3]
    client.force_login(member)

    page = client.get(_url(session)).content.decode()

    assert "Điểm danh lớp Khóa X tại Nhà văn hóa thôn Bình Yên" in page
    assert '<form method="post">' in page
    assert not Attendance.objects.exists()


def test_she_is_checked_in_once_and_a_second_scan_changes_nothing(client, tree, session):
    member = tree["members"]["a"][3]
    client.force_login(member)

    first = client.post(_url(session))
    second = client.post(_url(session))
    third = client.get(_url(session))

    assert "Chị đã điểm danh" in first.content.decode()
    assert "Chị đã điểm danh rồi" in second.content.decode()
    assert "Chị đã điểm danh rồi" in third.content.decode()
    assert list(Attendance.objects.values_list("user_id", "method")) == [(member.pk, "scan")]


def test_signed_out_she_is_offered_sign_in_or_her_chapter_join_page_with_a_way_back(
    client, tree, session
):
    page = client.get(_url(session)).content.decode()

    back = "?next=" + _url(session)
    assert f'href="/signin/{back}"' in page
    assert f'href="/join/{tree["a"].invite_code}/{back}"' in page
    assert f"/join/{tree['b'].invite_code}/" not in page  # chapter B is not invited


def test_a_newcomer_joins_the_invited_chapter_then_checks_in(client, tree, session):
    back = _url(session)
    client.post(
        f"/join/{tree['a'].invite_code}/?next={back}",
        {
            "full_name": "Lò Thị Sen",
            "phone": "0987 654 321",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "consent": "on",
            "next": back,
        },
    )
    newcomer = Member.objects.get(full_name="Lò Thị Sen")
    assert newcomer.chapter == tree["a"]
    signed_in = client.post(
        "/signin/", {"username": "0987654321", "password": PASSWORD, "next": back}
    )
    assert signed_in.status_code == 302 and signed_in.url == back

    client.post(back)

    assert list(Attendance.objects.values_list("user_id", flat=True)) == [newcomer.pk]


def test_a_member_of_a_chapter_not_invited_is_refused_with_a_reason(client, tree, session):
    client.force_login(tree["members"]["b"][1])

    page = client.get(_url(session))
    posted = client.post(_url(session))

    assert page.status_code == posted.status_code == 403
    assert "Lớp này chỉ dành cho hội viên các chi hội được mời." in posted.content.decode()
    assert not Attendance.objects.exists()


def test_a_class_inviting_a_commune_takes_members_of_every_chapter_beneath(
    client, tree, people, x_lessons
):
    commune_class = schedule(
        organiser=people["official_d1"],
        course=tree["x"],
        lessons=x_lessons,
        host=tree["c1"],
        invited=[tree["c1"]],
    )
    for member in (tree["members"]["a"][3], tree["members"]["b"][1]):
        client.force_login(member)
        client.post(_url(commune_class))
    client.force_login(tree["members"]["e"][0])
    assert client.post(_url(commune_class)).status_code == 403

    assert Attendance.objects.count() == 2


@pytest.mark.parametrize(
    ("starts_in", "minutes", "message"),
    [
        (timedelta(minutes=61), 60, "Chưa đến giờ điểm danh. Điểm danh mở 60 phút trước giờ học."),
        (timedelta(minutes=-122), 60, "Đã hết giờ điểm danh cho lớp này."),
    ],
    ids=["before the window", "after the window"],
)
def test_outside_the_window_nothing_is_recorded(
    client, tree, people, x_lessons, starts_in, minutes, message
):
    outside = schedule(
        organiser=people["leader_a"],
        course=tree["x"],
        lessons=x_lessons,
        host=tree["a"],
        invited=[tree["a"]],
        starts_in=starts_in,
        minutes=minutes,
    )
    client.force_login(tree["members"]["a"][3])

    for response in (client.get(_url(outside)), client.post(_url(outside))):
        assert response.status_code == 409
        assert message in response.content.decode()
    assert not Attendance.objects.exists()


def test_within_the_margin_she_may_check_in(client, tree, people, x_lessons, settings):
    settings.SEN_CLASS_CHECKIN_MARGIN_MINUTES = 30
    early = schedule(
        organiser=people["leader_a"],
        course=tree["x"],
        lessons=x_lessons,
        host=tree["a"],
        invited=[tree["a"]],
        starts_in=timedelta(minutes=29),
    )
    client.force_login(tree["members"]["a"][3])

    assert client.post(_url(early)).status_code == 200
    assert Attendance.objects.count() == 1


def test_an_unknown_code_is_a_clear_404(client, tree, session):
    client.force_login(tree["members"]["a"][3])

    response = client.post(reverse("classes:check_in", args=["x" + session.code[1:]]))

    assert response.status_code == 404
    assert "Không nhận ra mã điểm danh này." in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("state", ["closed_at", "cancelled_at"])
def test_a_closed_or_cancelled_class_takes_no_check_in(client, tree, session, state):
    setattr(session, state, timezone.now())
    session.save()
    client.force_login(tree["members"]["a"][3])

    response = client.post(_url(session))

    assert response.status_code == 409
    text = response.content.decode()
    assert ("Lớp học đã đóng" if state == "closed_at" else "Lớp học này đã bị hủy.") in text
    assert not Attendance.objects.exists()

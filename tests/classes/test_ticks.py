"""The organiser's list: a tick per invited member (no JavaScript needed), ticks made
without signal sent later and recorded once, and every bad input refused with a reason."""

import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from classes.models import Attendance, TrainingSession
from classes.services import new_code
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def _tick(client, session, user, **data):
    return client.post(reverse("classes:tick", args=[session.pk, user.pk]), data)


def _sync(client, session, user, key):
    return client.post(
        reverse("classes:tick_sync", args=[session.pk, user.pk]),
        {"key": str(key)},
        headers={"accept": "application/json"},
    )


def test_a_tick_records_her_as_present_and_goes_back_to_the_list(client, tree, people, session):
    member = tree["members"]["a"][3]
    client.force_login(people["leader_a"])

    response = _tick(client, session, member, next=f"/classes/{session.pk}/?q=x")

    assert response.status_code == 302 and response.url == f"/classes/{session.pk}/?q=x"
    assert list(Attendance.objects.values_list("user_id", "method", "ticked_by")) == [
        (member.pk, "list", people["leader_a"].pk)
    ]
    assert _tick(client, session, member).status_code == 302
    assert Attendance.objects.count() == 1


def test_a_tick_sent_later_from_the_phone_is_recorded_once(client, tree, people, session):
    member = tree["members"]["a"][3]
    key = uuid.uuid4()
    client.force_login(people["leader_a"])

    first = _sync(client, session, member, key)
    replay = _sync(client, session, member, key)

    assert first.json()["status"] == "recorded"
    assert replay.json()["status"] == "already"
    assert list(Attendance.objects.values_list("user_id", "client_key")) == [(member.pk, key)]


def test_a_key_used_for_another_member_is_refused(client, tree, people, session):
    key = uuid.uuid4()
    client.force_login(people["leader_a"])
    _sync(client, session, tree["members"]["a"][2], key)

    response = _sync(client, session, tree["members"]["a"][3], key)

    assert response.status_code == 400 and response.json()["error"] == "key_used"
    assert Attendance.objects.count() == 1


def test_a_tick_sent_signed_out_waits_on_the_phone(client, tree, session):
    response = _sync(client, session, tree["members"]["a"][3], uuid.uuid4())

    assert response.status_code == 401
    assert not Attendance.objects.exists()


def test_a_tick_sent_after_the_class_was_closed_is_refused_with_a_reason(
    client, tree, people, session
):
    client.force_login(people["leader_a"])
    client.post(reverse("classes:close", args=[session.pk]))

    response = _sync(client, session, tree["members"]["a"][3], uuid.uuid4())

    assert response.status_code == 409
    assert response.json()["message"] == "Lớp học đã đóng: không thể thay đổi gì nữa."
    assert not Attendance.objects.exists()


def test_untick_removes_her_attendance(client, tree, people, session):
    member = tree["members"]["a"][3]
    client.force_login(people["leader_a"])
    _tick(client, session, member)

    client.post(reverse("classes:untick", args=[session.pk, member.pk]))

    assert not Attendance.objects.exists()


@pytest.mark.parametrize("state", ["closed_at", "cancelled_at"])
@pytest.mark.parametrize("action", ["tick", "untick", "edit"])
def test_a_closed_or_cancelled_class_cannot_be_changed(
    client, tree, people, session, state, action
):
    member = tree["members"]["a"][3]
    client.force_login(people["leader_a"])
    _tick(client, session, tree["members"]["a"][2])
    TrainingSession.objects.filter(pk=session.pk).update(**{state: timezone.now()})
    before = list(Attendance.objects.values_list("user_id", flat=True))

    if action == "edit":
        response = client.post(reverse("classes:edit", args=[session.pk]), {"place": "Nhà chị Mai"})
    else:
        who = member if action == "tick" else tree["members"]["a"][2]
        response = client.post(reverse(f"classes:{action}", args=[session.pk, who.pk]))

    assert response.status_code == 409
    expected = "Lớp học đã đóng" if state == "closed_at" else "Lớp học này đã bị hủy."
    assert expected in response.content.decode()
    assert list(Attendance.objects.values_list("user_id", flat=True)) == before
    session.refresh_from_db()
    assert session.place == "Nhà văn hóa thôn Bình Yên"


def test_a_member_not_invited_cannot_be_ticked(client, tree, people, x_lessons):
    # Chapter B is within the commune official's units, but this class invites chapter A only.
    official_class = TrainingSession.objects.create(
        host=tree["c1"],
        organiser=people["official_d1"],
        course=tree["x"],
        starts_at=timezone.now(),
        ends_at=timezone.now() + timezone.timedelta(hours=1),
        place="Hội trường xã",
        trainer_name="Chị Hoa",
        code=new_code(),
    )
    official_class.invited.set([tree["a"]])
    client.force_login(people["official_d1"])

    response = _tick(client, official_class, tree["members"]["b"][0])

    assert response.status_code == 403
    assert "Lớp này chỉ dành cho hội viên các chi hội được mời." in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_member_outside_her_units_cannot_be_ticked(client, tree, people, session):
    # A tampered class inviting the whole province: chapter E is still not hers.
    session.invited.set([tree["province"]])
    client.force_login(people["leader_a"])

    response = _tick(client, session, tree["members"]["e"][0])

    assert response.status_code == 403
    assert "Hội viên này không thuộc đơn vị của chị." in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_tampered_member_id_is_refused(client, tree, people, session):
    client.force_login(people["leader_a"])
    not_a_member = UserFactory()

    for user_id in (not_a_member.pk, 987654):
        response = client.post(reverse("classes:tick", args=[session.pk, user_id]))
        assert response.status_code == 404
        assert "Hội viên này không có trong danh sách." in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    ("who", "status"),
    [("leader_b", 403), ("official_d2", 403), ("member", 403), ("official_d1", 200)],
)
def test_only_those_who_run_the_host_unit_open_the_class(client, people, session, who, status):
    client.force_login(people[who])

    assert client.get(reverse("classes:detail", args=[session.pk])).status_code == status
    assert client.get(reverse("classes:qr_svg", args=[session.pk])).status_code == status


def test_another_leader_can_neither_tick_nor_close(client, tree, people, session):
    client.force_login(people["leader_b"])

    assert _tick(client, session, tree["members"]["a"][3]).status_code == 403
    assert client.post(reverse("classes:close", args=[session.pk])).status_code == 403
    assert not Attendance.objects.exists()
    session.refresh_from_db()
    assert session.closed_at is None


def test_an_unknown_class_is_404(client, people):
    client.force_login(people["leader_a"])

    assert client.get(reverse("classes:detail", args=[987654])).status_code == 404


def test_the_list_shows_invited_members_searched_with_counts(client, tree, people, session):
    client.force_login(tree["members"]["a"][1])
    client.post(reverse("classes:check_in", args=[session.code]))
    client.force_login(people["leader_a"])

    html = client.get(reverse("classes:detail", args=[session.pk])).content.decode()
    found = client.get(
        reverse("classes:detail", args=[session.pk]),
        {"q": tree["members"]["a"][2].member.full_name},
    ).content.decode()

    names = [user.member.full_name for user in tree["members"]["a"]]
    assert all(name in html for name in names)
    assert tree["members"]["b"][0].member.full_name not in html
    assert 'data-attendees="1"' in html
    assert f"/classes/check-in/{session.code}/" in html
    assert [name in found for name in names] == [False, False, True, False]


def test_the_list_pages_in_constant_queries(
    client, tree, people, session, django_assert_max_num_queries
):
    client.force_login(people["leader_a"])
    url = reverse("classes:detail", args=[session.pk])
    client.get(url)
    with django_assert_max_num_queries(14) as few:
        client.get(url)
    few = len(few.captured_queries)  # now: the connection's log is a bounded deque
    for _ in range(40):
        MemberFactory(chapter=tree["a"])
    with django_assert_max_num_queries(few):
        client.get(url, {"page": 2})

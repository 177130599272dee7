"""A class in the commune hall on 360 px phones: the leader shows the check-in QR code, a
member opens the address it carries on her own phone and checks in, the leader sees her."""

import re

import pytest
from playwright.sync_api import expect

from classes.models import Attendance
from lms.models import Role
from tests.classes.factories import schedule
from tests.courses.factories import course_with_lessons
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_member_checks_in_with_the_code_on_the_leaders_phone(new_phone, home, chapter, member):
    course, lessons = course_with_lessons(home, lessons=2, title="Bán hàng trên mạng")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    session = schedule(
        organiser=leader,
        course=course,
        lessons=lessons,
        host=chapter,
        invited=[chapter],
        place="Nhà văn hóa thôn Bình Yên",
    )

    organiser = new_phone()
    sign_in(organiser, leader.phone)
    organiser.goto(f"/classes/{session.pk}/")
    qr = organiser.locator("img#checkin-qr")
    expect(qr).to_be_visible()
    organiser.wait_for_function("document.querySelector('#checkin-qr').complete")
    assert qr.evaluate("img => img.naturalWidth") > 0  # the SVG loaded
    assert organiser.evaluate("document.documentElement.scrollWidth") <= 360
    address = organiser.locator("#checkin-url").get_attribute("href")
    assert address.endswith(f"/classes/check-in/{session.code}/")
    svg = organiser.request.get(qr.get_attribute("src"))
    assert svg.ok and f"<title>{address}</title>" in svg.text()  # what the code encodes
    expect(organiser.locator("[data-attendees]")).to_have_text("0 người đã đến")

    her_phone = new_phone()
    sign_in(her_phone, member.phone)
    her_phone.goto(address)
    her_phone.get_by_role(
        "button", name="Điểm danh lớp Bán hàng trên mạng tại Nhà văn hóa thôn Bình Yên"
    ).click()
    expect(her_phone.get_by_role("heading", name="Chị đã điểm danh")).to_be_visible()
    assert her_phone.evaluate("document.documentElement.scrollWidth") <= 360

    organiser.reload()
    expect(organiser.locator("[data-attendees]")).to_have_text("1 người đã đến")
    expect(organiser.locator(".member-list")).to_contain_text("Có mặt")
    assert list(Attendance.objects.values_list("user_id", "method")) == [(member.pk, "scan")]


def test_a_tick_made_without_signal_is_sent_when_back_online_and_recorded_once(
    new_phone, home, chapter, member
):
    course, lessons = course_with_lessons(home, lessons=1, title="An toàn trên mạng")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    session = schedule(
        organiser=leader, course=course, lessons=lessons, host=chapter, invited=[chapter]
    )
    organiser = new_phone()
    sign_in(organiser, leader.phone)
    organiser.goto(f"/classes/{session.pk}/")

    organiser.context.set_offline(True)
    organiser.get_by_role("button", name="Điểm danh Trần Thị Mai có mặt").click()
    expect(organiser.locator("[data-offline-queued]")).to_be_visible()
    assert not Attendance.objects.exists()

    organiser.context.set_offline(False)
    expect(organiser.locator("[data-attendees]")).to_have_text("1 người đã đến")
    organiser.reload()
    expect(organiser.locator("[data-attendees]")).to_have_text("1 người đã đến")
    rows = list(Attendance.objects.values_list("user_id", "method", "client_key"))
    assert len(rows) == 1 and rows[0][:2] == (member.pk, "list") and rows[0][2] is not None


def test_leader_ticks_from_a_long_list_and_stays_at_the_member_she_ticked(
    new_phone, home, chapter, member
):
    course, lessons = course_with_lessons(home, lessons=1, title="An toàn trên mạng")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    others = [
        MemberFactory(chapter=chapter, full_name=f"Võ Thị Hội Viên {n:02d}").user for n in range(12)
    ]
    session = schedule(
        organiser=leader, course=course, lessons=lessons, host=chapter, invited=[chapter]
    )
    organiser = new_phone()
    sign_in(organiser, leader.phone)
    organiser.goto("/classes/")
    problems = layout_problems(organiser, "her classes")
    # The way into a class is its title: a whole tap target, not a line of text.
    assert organiser.get_by_role("link", name="An toàn trên mạng").bounding_box()["height"] >= 44
    organiser.goto("/classes/new/")
    problems += layout_problems(organiser, "schedule a class")
    organiser.goto(f"/classes/{session.pk}/")
    problems += layout_problems(organiser, "the class, its code and list")

    last = others[-1]
    organiser.get_by_role("button", name="Điểm danh Võ Thị Hội Viên 11 có mặt").click()

    expect(organiser).to_have_url(re.compile(f"#member-{last.pk}$"))
    card = organiser.locator(f"#member-{last.pk}")
    expect(card).to_contain_text("Có mặt")
    expect(card).to_be_in_viewport()
    expect(organiser.locator("[data-attendees]")).to_have_text("1 người đã đến")
    assert list(Attendance.objects.values_list("user_id", flat=True)) == [last.pk]
    assert not problems, "Layout problems at 360 px:\n" + "\n".join(problems)


def test_cancelling_a_class_asks_before_it_is_done(new_phone, home, chapter, member):
    course, lessons = course_with_lessons(home, lessons=1, title="An toàn trên mạng")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    session = schedule(
        organiser=leader, course=course, lessons=lessons, host=chapter, invited=[chapter]
    )
    organiser = new_phone()
    sign_in(organiser, leader.phone)
    organiser.goto(f"/classes/{session.pk}/")

    # One tap beside "close the class" only opens the question: nothing is cancelled yet.
    confirm = organiser.get_by_role("button", name="Có, hủy lớp này")
    expect(confirm).to_be_hidden()
    organiser.get_by_text("Hủy lớp học", exact=True).click()
    expect(organiser.locator(".cancel-class")).to_contain_text("không thể hoàn tác")
    session.refresh_from_db()
    assert session.cancelled_at is None
    assert not layout_problems(organiser, "cancel question open")

    confirm.click()
    expect(organiser.locator(".notice")).to_have_text("Lớp học này đã bị hủy.")
    session.refresh_from_db()
    assert session.cancelled_at is not None

"""The officials' side of classes on a 360 px phone: a district's dashboard shows the classes
held beneath it beside online completion, rolled up from its communes; the official goes
down to the sessions held and to who came to one of them. Every page fits the phone."""

import re

import pytest
from playwright.sync_api import expect

from classes.services import session_check_in, session_close, session_tick
from lms.models import Role
from tests.classes.factories import schedule
from tests.courses.factories import course_with_lessons
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_district_official_reads_the_classes_panel_and_who_came(new_phone, home, chapter, member):
    course, lessons = course_with_lessons(home, lessons=2, title="Bán hàng trên mạng")
    commune = chapter.get_parent()
    district = commune.get_parent()
    neighbour = MemberFactory(chapter=chapter, full_name="Lê Thị Hồng").user
    MemberFactory(chapter=chapter, full_name="Võ Thị Vắng")  # invited, did not come
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    session = schedule(
        organiser=leader,
        course=course,
        lessons=lessons,
        host=chapter,
        invited=[chapter],
        place="Nhà văn hóa thôn Bình Yên",
        trainer_name="Chị Lê Thị Mai",
    )
    # The class as the leader runs it: one scan, one tick from her list, then closed.
    session_check_in(session=session, user=member)
    session_tick(session=session, organiser=leader, user=neighbour)
    session_close(session=session, user=leader)
    official = UserFactory(phone="+84987000003")
    Role.objects.create(user=official, node=district, kind=Role.Kind.OFFICIAL)

    phone = new_phone()
    sign_in(phone, "0987 000 003")
    phone.goto(f"/dashboard/{district.code}/")
    panel = phone.locator("#classes")
    expect(panel.get_by_role("heading", name="Lớp tập huấn trực tiếp")).to_be_visible()
    # Hand count: one class, two came, both trained, both finished the two-lesson course.
    figures = {
        name: panel.locator(f'[data-figure="{name}"]').inner_text()
        for name in ("sessions", "attendances", "trained", "online")
    }
    assert figures == {"sessions": "1", "attendances": "2", "trained": "2", "online": "2"}
    # Rolled up: the district's row for its commune carries the chapter's class.
    commune_row = panel.locator("#classes-by-unit tbody tr", has_text=commune.name)
    assert commune_row.locator("td").all_inner_texts() == ["1", "2", "2", "2"]
    problems = layout_problems(phone, "district dashboard with the classes panel")

    panel.get_by_role("link", name="Các buổi đã tổ chức và người tham dự").click()
    expect(phone.get_by_role("heading", name="Buổi đã tổ chức")).to_be_visible()
    expect(phone.locator(".session-list")).to_contain_text("Nhà văn hóa thôn Bình Yên")
    expect(phone.locator(".session-list")).to_contain_text("2 hội viên đến")
    problems += layout_problems(phone, "sessions held")

    into = phone.get_by_role("link", name=re.compile("Bán hàng trên mạng"))
    assert into.bounding_box()["height"] >= 44  # a whole tap target, not a line of text
    into.click()
    expect(phone).to_have_url(re.compile(f"/classes/report/{district.code}/{session.pk}/$"))
    expect(phone.get_by_role("heading", name="Người tham dự (2)")).to_be_visible()
    came = phone.locator("#attendance li")
    expect(came).to_have_count(2)
    expect(phone.locator("#attendance")).to_contain_text("Trần Thị Mai")
    expect(phone.locator("#attendance")).to_contain_text("Quét mã")
    expect(phone.locator("#attendance")).to_contain_text("Lê Thị Hồng")
    expect(phone.locator("#attendance")).to_contain_text("Người tổ chức điểm danh")
    expect(phone.locator("#attendance")).not_to_contain_text("Võ Thị Vắng")
    problems += layout_problems(phone, "who came")

    phone.get_by_role("link", name="Buổi đã tổ chức").click()
    expect(phone.get_by_role("heading", name="Buổi đã tổ chức")).to_be_visible()
    phone.get_by_role("link", name=district.name).click()
    expect(phone).to_have_url(re.compile(f"/dashboard/{district.code}/"))

    assert not problems, "Layout problems at 360 px:\n" + "\n".join(problems)

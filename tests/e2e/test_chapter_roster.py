"""A leader works through her chapter's member list on a 360 px phone, JavaScript off:
search, filters and pages are plain links and a GET form."""

import pytest

from courses.services import lesson_complete
from lms.dashboards.roster import PAGE_SIZE
from lms.members.phones import format_phone
from lms.models import Role
from tests.courses.factories import course_with_lessons
from tests.e2e.conftest import sign_in
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FITS = """() => {
  const targets = '#members a, #members button, #members select, '
    + '#members input:not([type=checkbox])';
  const small = [...document.querySelectorAll(targets)]
    .filter(el => el.offsetParent !== null && !el.closest('details:not([open])'))
    .filter(el => { const r = el.getBoundingClientRect(); return r.height < 44; })
    .map(el => el.outerHTML.slice(0, 80));
  return {width: document.documentElement.scrollWidth, small};
}"""


def test_leader_searches_filters_and_pages_her_members_without_javascript(new_phone, home, chapter):
    course, lessons = course_with_lessons(home, lessons=1, title="An toàn trên mạng")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    for i in range(PAGE_SIZE + 5):
        MemberFactory(chapter=chapter, full_name=f"Nguyễn Thị Hội Viên {i:02d}")
    lan = MemberFactory(chapter=chapter, full_name="Đỗ Thị Lan").user
    done = MemberFactory(chapter=chapter, full_name="Lê Thị Xong").user
    lesson_complete(user=done, lesson=lessons[0])

    page = new_phone(java_script_enabled=False)
    sign_in(page, leader.phone)
    page.goto(f"/dashboard/{chapter.code}/")
    found = page.evaluate(FITS)
    assert found["width"] <= 360, found
    assert found["small"] == [], found

    # unfinished first: the member who finished is not on the first page
    assert page.get_by_text("Lê Thị Xong").count() == 0
    # not started, then the next page: the filter stays
    page.select_option("#id_status", "not_started")
    page.get_by_role("button", name="Xem", exact=True).click()
    assert "status=not_started" in page.url
    page.get_by_role("link", name="Trang sau").click()
    assert "status=not_started" in page.url and "page=2" in page.url
    assert page.get_by_text("Đỗ Thị Lan").count() == 1
    assert page.get_by_text("Lê Thị Xong").count() == 0

    # her phone number typed the way it is written on paper
    page.fill("#id_q", format_phone(lan.phone).replace(" ", "."))
    page.get_by_role("button", name="Xem", exact=True).click()
    assert page.locator(".member-list > li").count() == 1
    assert page.get_by_text("Đỗ Thị Lan").count() == 1
    page.get_by_role("link", name="Xem tất cả").click()
    assert page.locator(".member-list > li").count() == PAGE_SIZE


def test_leader_copies_a_reminder_for_the_zalo_group_without_javascript(new_phone, home, chapter):
    course, lessons = course_with_lessons(home, lessons=1, title="An toàn trên mạng")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    MemberFactory(chapter=chapter, full_name="Đỗ Thị Lan")
    MemberFactory(chapter=chapter, full_name="Vũ Thị Hoa")
    done = MemberFactory(chapter=chapter, full_name="Lê Thị Xong").user
    lesson_complete(user=done, lesson=lessons[0])

    page = new_phone(java_script_enabled=False)
    sign_in(page, leader.phone)
    page.goto(f"/dashboard/{chapter.code}/")
    page.get_by_role("link", name="Nhắc hội viên").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    message = page.locator("#group-message").input_value()
    assert message.count("chị Lan") == 1 and message.count("chị Hoa") == 1
    assert "Xong" not in message
    assert course.url in message
    page.get_by_role("button", name="Tôi đã gửi vào nhóm").click()
    assert page.get_by_text("Đã ghi lại: chị đã nhắc 2 hội viên trong nhóm.").count() == 1
    assert page.get_by_text("Nhắc lần cuối").count() == 2
    page.get_by_text("Tin nhắn cho chị ấy").first.click()
    assert page.locator("textarea[id^=message-]").first.input_value().startswith("Chào chị ")

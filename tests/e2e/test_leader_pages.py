"""What a chapter leader and a union official tap on their phones beyond the dashboard's
figures: the way back from the reminder pages, and the sort choices of the unit table."""

import pytest

from lms.models import Role
from tests.courses.factories import course_with_lessons
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import MIN_TAP, layout_problems
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _role(node, kind, phone, name):
    user = UserFactory(phone=phone)
    if kind == Role.Kind.LEADER:
        MemberFactory(chapter=node, user=user, full_name=name)
    Role.objects.create(user=user, node=node, kind=kind)
    return user


def test_reminder_pages_lead_back_to_the_chapter_with_a_thumb_sized_link(
    new_phone, home, chapter, member
):
    course_with_lessons(home, lessons=1, title="An toàn tài khoản")
    _role(chapter, Role.Kind.LEADER, "+84987000002", "Lê Thị Chi Hội Trưởng")
    phone = new_phone(java_script_enabled=False)
    sign_in(phone, "0987 000 002")

    problems = []
    for address, name in [
        (f"/dashboard/{chapter.code}/remind/", "remind members"),
        (f"/dashboard/{chapter.code}/reminders/", "reminders sent"),
    ]:
        phone.goto(address)
        problems += layout_problems(phone, name)
        back = phone.get_by_role("link", name=chapter.name)
        assert back.get_attribute("href") == f"/dashboard/{chapter.code}/"
    assert problems == []


def test_sort_choices_are_thumb_sized_and_show_which_one_is_on(new_phone, home, chapter):
    course_with_lessons(home, lessons=1, title="An toàn tài khoản")
    commune = chapter.get_parent()
    small = ChapterFactory(parent=commune, name="Chi hội thôn An Phú")
    MemberFactory(chapter=small, full_name="Võ Thị Lan")
    for number in range(3):
        MemberFactory(chapter=chapter, full_name=f"Đỗ Thị Hoa {number}")
    _role(commune, Role.Kind.OFFICIAL, "+84987000003", "")
    phone = new_phone(java_script_enabled=False)
    sign_in(phone, "0987 000 003")

    phone.goto(f"/dashboard/{commune.code}/")
    choices = phone.get_by_role("navigation", name="Sắp xếp theo")
    links = choices.get_by_role("link")
    assert links.all_inner_texts() == ["tỷ lệ hoàn thành", "hội viên", "tên"]
    for link in links.all():
        assert link.bounding_box()["height"] >= MIN_TAP - 0.5
    assert choices.locator("[aria-current]").all_inner_texts() == ["tỷ lệ hoàn thành"]

    choices.get_by_role("link", name="tên").click()
    choices = phone.get_by_role("navigation", name="Sắp xếp theo")
    assert choices.locator("[aria-current]").all_inner_texts() == ["tên"]
    units = phone.locator(".data-table").first.locator("tbody th").all_inner_texts()
    assert units == ["Chi hội thôn An Phú", "Chi hội thôn Bình Yên"]
    choices.get_by_role("link", name="hội viên").click()
    choices = phone.get_by_role("navigation", name="Sắp xếp theo")
    assert choices.locator("[aria-current]").all_inner_texts() == ["hội viên"]
    units = phone.locator(".data-table").first.locator("tbody th").all_inner_texts()
    assert units == ["Chi hội thôn Bình Yên", "Chi hội thôn An Phú"]
    assert layout_problems(phone, "sorted by members") == []

"""What a chapter leader and a union official tap on their phones beyond the dashboard's
figures: the way back from the reminder pages, and the sort choices of the unit table."""

import pytest

from lms.models import Role
from tests.courses.factories import course_with_lessons
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import MemberFactory, UserFactory

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

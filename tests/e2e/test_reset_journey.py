"""Forgotten password on two phones: the leader gives a code, the member sets a new password.

The member's phone has JavaScript off: the journey needs none. Selectors are ids and URLs,
not Vietnamese text (its translations are merged separately).
"""

import re

import pytest
from django.contrib.auth import get_user_model

from lms.models import Role
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW_PASSWORD = "hoa sen 2026"


def test_leader_gives_a_code_and_the_member_sets_a_new_password(new_phone, home, chapter, member):
    leader = UserFactory(phone="+84987000001")
    MemberFactory(chapter=chapter, user=leader, full_name="Lê Thị Chi Hội Trưởng")
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)

    leader_phone = new_phone()
    sign_in(leader_phone, "0987 000 001")
    leader_phone.goto(f"/dashboard/{chapter.code}/")
    problems = layout_problems(leader_phone, "member list with code buttons")
    form = leader_phone.locator(f'form[action="/dashboard/members/{member.pk}/reset-code/"]')
    form.locator("xpath=ancestor::details/summary").click()
    form.locator('button[type="submit"]').click()
    leader_phone.locator(".reset-code").wait_for()
    problems += layout_problems(leader_phone, "code shown to the leader")
    code = re.sub(r"\D", "", leader_phone.locator(".reset-code").inner_text())
    assert len(code) == 6

    her_phone = new_phone(java_script_enabled=False)
    her_phone.goto("/signin/")
    her_phone.locator('a[href="/password/forgot/"]').click()
    problems += layout_problems(her_phone, "forgotten password page")
    her_phone.fill("#id_phone", member.phone.replace("+84", "0"))
    her_phone.fill("#id_code", f"{code[:3]} {code[3:]}")
    her_phone.fill("#id_password1", NEW_PASSWORD)
    her_phone.fill("#id_password2", NEW_PASSWORD)
    her_phone.locator('form input[type="submit"], form button[type="submit"]').first.click()
    her_phone.locator(".message-success").wait_for()
    assert problems == []

    member = get_user_model().objects.get(pk=member.pk)
    assert member.check_password(NEW_PASSWORD)

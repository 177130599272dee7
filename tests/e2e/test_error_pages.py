"""Error pages on a 360x740 phone: a leader who taps a unit above her chapter (a link typed
or kept from before) gets the 403 page in the site's layout with a way back to her dashboard;
a wrong address gets the 404 page. Neither scrolls sideways nor has small tap targets."""

import pytest
from playwright.sync_api import expect

from lms.models import Role
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_leader_sees_the_units_above_and_a_way_back_from_a_refused_one(
    phone, home, member, chapter
):
    Role.objects.create(user=member, node=chapter, kind=Role.Kind.LEADER)
    sign_in(phone, member.phone)
    phone.goto(f"/dashboard/{chapter.code}/")
    crumbs = phone.locator("nav.breadcrumb")
    expect(crumbs).to_contain_text("Xã Thụy Lôi")
    expect(crumbs.get_by_role("link")).to_have_count(0)  # none she could not open

    commune = chapter.get_parent()
    response = phone.goto(f"/dashboard/{commune.code}/")
    assert response.status == 403
    expect(phone.locator("h1")).to_have_text("Không mở được trang này")
    assert layout_problems(phone, "refused unit (403)") == []
    phone.get_by_role("link", name="Về trang theo dõi kết quả học").click()
    expect(phone.locator("h1")).to_have_text(chapter.name)


def test_a_wrong_address_has_a_way_back(phone, home, live_server):
    response = phone.goto("/khong-co-trang-nay/")
    assert response.status == 404
    expect(phone.locator("h1")).to_have_text("Không tìm thấy trang")
    assert layout_problems(phone, "not found (404)") == []
    phone.get_by_role("link", name="Về danh sách khóa học").click()
    expect(phone).to_have_url(f"{live_server.url}/")

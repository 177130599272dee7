"""A NUL character anywhere a person can type answers 400 (or is cleaned from a file), never
500: PostgreSQL cannot store or compare text holding NUL. Runs on both databases; the 500
showed on PostgreSQL."""

import pytest
from django.urls import reverse

from lms.models import Member, Role
from tests.lms.factories import ChapterFactory, MemberFactory
from tests.lms.test_import import csv_file, person_with_role, preview_and_confirm, signed_in

pytestmark = pytest.mark.django_db

# Every public address that takes a code or a name from the path, and a few with a query.
ADDRESSES = [
    "/join/%00/",
    "/chapters/%00/invite/",
    "/chapters/%00/qr.svg",
    "/chapters/%00/qr.png",
    "/chapters/%00/share.png",
    "/verify/%00/",
    "/verify/%00/share.png",
    "/certificates/%00/",
    "/dashboard/%00/",
    "/dashboard/%00/export.xlsx",
    "/signin/?next=/%00",
    "/verify/?code=SEN-%00",
    "/search/?q=%00",
    "/%00/",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_nul_in_an_address_answers_400_in_vietnamese(client, address):
    response = client.get(address)
    assert response.status_code == 400
    assert "Không đọc được yêu cầu này" in response.content.decode()


@pytest.mark.parametrize("address", ["/join/%00/", "/verify/%00/"])
def test_a_signed_in_member_gets_400_too_and_stays_signed_in(client, address):
    client.force_login(MemberFactory(full_name="Lê Thị Hồng").user)
    response = client.get(address)
    assert response.status_code == 400
    assert 'action="/signout/"' in response.content.decode()  # the menu of a signed-in member


def test_nul_in_a_sign_in_form_answers_400_and_locks_no_one_out(client):
    member = MemberFactory()
    response = client.post(reverse("lms:signin"), {"username": "\x00", "password": "x\x00"})
    assert response.status_code == 400
    response = client.post(reverse("lms:signup"), {"phone": "0912\x00345678"})
    assert response.status_code == 400
    assert Member.objects.count() == 1 and member.user.is_active


def test_the_same_forms_without_nul_still_work(client):
    chapter = ChapterFactory()
    assert client.get(f"/join/{chapter.invite_code}/").status_code in (200, 302)
    assert client.get("/signin/?next=/my-learning/").status_code == 200


def test_nul_in_import_cells_is_cleaned_and_the_import_saves():

    leader_a = person_with_role(ChapterFactory(code="chi-a"), Role.Kind.LEADER)
    file = csv_file([["Nguyễn\x00 Thị Lan", "0912\x00345678", "chi-a", "1985", ""]])
    response = preview_and_confirm(signed_in(leader_a), file)
    assert response.status_code == 302
    member = Member.objects.get(user__phone="+84912345678")
    assert member.full_name == "Nguyễn Thị Lan"

"""A leader types names on her phone as she can: with or without the Vietnamese marks, in any
case. The folding by hand, then the member list's search through the page, for members
who signed up, were renamed, were imported in bulk (no save()) or were erased."""

import unicodedata

import pytest
from django.urls import reverse

from lms.members.names import search_key
from lms.models import Member
from tests.lms.conftest import NAMES
from tests.lms.factories import MemberFactory
from tests.lms.test_import import preview_and_confirm, signed_in, xlsx_file
from tests.lms.test_import import tree as import_tree  # noqa: F401 (a fixture)
from tests.lms.test_roster import names_on_page


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Nguyễn Thị Đào", "nguyen thi dao"),
        ("  TRẦN thị   MAI ", "tran thi mai"),
        ("Lê Thị Ánh Tuyết", "le thi anh tuyet"),
        ("Ưng Hoàng Phúc", "ung hoang phuc"),
        ("Phạm Ngọc Ơn", "pham ngoc on"),
        ("ĐỖ THỊ HỒNG", "do thi hong"),
        ("Khu phố 30/4", "khu pho 30/4"),
        (unicodedata.normalize("NFD", "Nguyễn Thị Đào"), "nguyen thi dao"),  # marks typed apart
        ("", ""),
        (None, ""),
    ],
)
def test_search_key_by_hand(typed, key):
    assert search_key(typed) == key


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tran thi binh", ["Trần Thị Bình"]),
        ("TRẦN", ["Trần Thị Bình"]),
        ("binh", ["Trần Thị Bình"]),
        ("thi anh", ["Lê Thị Ánh"]),
        ("cuc", ["Nguyễn Thị Cúc"]),
        ("Cúc", ["Nguyễn Thị Cúc"]),
        ("nguyen  thi", ["Nguyễn Thị Cúc"]),
        ("binhh", []),
    ],
)
def test_the_member_list_finds_names_typed_without_marks(
    client, chapter_a, people, typed, expected
):
    client.force_login(people["leader_a"])
    assert names_on_page(client, "a", q=typed) == expected
    assert set(NAMES.values()) >= set(expected)


@pytest.mark.django_db
def test_a_renamed_member_is_found_by_her_new_name_only(client, chapter_a, people):
    member = chapter_a["members"]["a"][3].member  # Phạm Thị Dung
    member.full_name = "Đặng Thị Dung"
    member.save(update_fields=["full_name"])
    client.force_login(people["leader_a"])
    assert names_on_page(client, "a", q="dang thi") == ["Đặng Thị Dung"]
    assert names_on_page(client, "a", q="pham") == []


@pytest.mark.django_db
def test_members_imported_in_bulk_are_found_without_marks(import_tree):  # noqa: F811
    from lms.models import Role
    from tests.lms.factories import UserFactory

    leader = UserFactory()
    Role.objects.create(user=leader, node=import_tree["a"], kind=Role.Kind.LEADER)
    existing = MemberFactory(chapter=import_tree["a"], full_name="Võ Thị Lan")
    client = signed_in(leader)
    rows = [
        ["Hồ Thị Xuân Hương", "0912000101", "chi-a", "1980", ""],
        ["Võ Thị Lan Anh", existing.user.phone, "chi-a", "", ""],  # her name corrected
    ]
    response = preview_and_confirm(client, xlsx_file(rows))
    assert response.status_code in (200, 302)
    assert Member.objects.get(user=existing.user).full_name == "Võ Thị Lan Anh"
    url = reverse("lms:dashboard_node", args=["chi-a"])
    for typed, expected in (("ho thi xuan", "Hồ Thị Xuân Hương"), ("lan anh", "Võ Thị Lan Anh")):
        response = client.get(url, {"q": typed})
        assert response.status_code == 200
        assert [row.member.full_name for row in response.context["roster"].rows] == [expected]


@pytest.mark.django_db
def test_an_erased_member_is_not_found_by_her_old_name(client, chapter_a, people):
    """Her folded name goes with her name (personal data protection)."""
    from lms.privacy.services import member_delete

    user = chapter_a["members"]["a"][1]  # Trần Thị Bình
    member_delete(user=user)
    assert Member.objects.get(user=user).search_name == search_key(
        Member.objects.get(user=user).full_name
    )
    client.force_login(people["leader_a"])
    assert names_on_page(client, "a", q="tran thi binh") == []
    assert names_on_page(client, "a", q="Trần") == []

"""Sign-up and sign-in from an attacker's side: does a phone number's account show, can a
stranger keep its owner out, and do the limits hold (issue 12, item 7)."""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.urls import reverse

from lms.models import Chapter, Role
from tests.lms.factories import PASSWORD, ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "hoa-sen-no-2026"


@pytest.fixture
def chapter():
    commune = ChapterFactory(kind=Chapter.Kind.COMMUNE, name="Xã Quế Xuân")
    return ChapterFactory(parent=commune, name="Chi hội thôn Bình Yên")


def signup(client, chapter, phone, *, address="127.0.0.1", url=None):
    data = {
        "full_name": "Người Lạ",
        "phone": phone,
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "consent": "on",
    }
    if url is None:
        url = reverse("lms:join", args=[chapter.invite_code])
    else:
        data["invite_code"] = chapter.invite_code
    return client.post(url, data, REMOTE_ADDR=address)


def page_without(response, *spellings):
    """The page's text with the typed number and the per-response CSRF token taken out."""
    body = response.content.decode()
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "TOKEN", body)
    for spelling in spellings:
        body = body.replace(spelling, "NUMBER")
    return body


@pytest.fixture
def accounts(chapter):
    """Numbers that have an account, one of each kind an attacker would look for."""
    member = MemberFactory(user__phone="+84911111111", chapter=chapter)
    leader = UserFactory(phone="+84922222222")
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    UserFactory(phone="+84933333333", is_staff=True)  # a trainer
    UserFactory(phone="+84944444444", is_staff=True, is_superuser=True)
    return {
        "member": ("0911 111 111", member.user),
        "leader": ("0922 222 222", leader),
        "trainer": ("0933 333 333", None),
        "superuser": ("0944 444 444", None),
    }


@pytest.mark.parametrize("kind", ["member", "leader", "trainer", "superuser"])
@pytest.mark.parametrize("url", [None, "/signup/"])
def test_signing_up_with_a_taken_number_looks_exactly_like_a_new_number(
    client, chapter, accounts, kind, url
):
    taken, _user = accounts[kind]
    new = "0955 555 555"
    for_taken = signup(client, chapter, taken, url=url)
    for_new = signup(client, chapter, new, url=url)

    assert for_taken.status_code == for_new.status_code == 200
    assert [t.name for t in for_taken.templates] == [t.name for t in for_new.templates]
    assert for_taken.templates[0].name == "lms/members/signup_done.html"
    assert page_without(for_taken, taken) == page_without(for_new, new)
    assert for_taken.cookies.keys() == for_new.cookies.keys()
    assert "_auth_user_id" not in client.session
    # What each page says: sign in, and the owner's way back in if she forgot.
    body = for_taken.content.decode()
    assert "Bây giờ hãy đăng nhập" in body
    assert taken in body
    assert 'href="/password/forgot/"' in body
    assert f'action="{reverse("lms:signin")}"' in body


def test_the_taken_number_keeps_its_owner_and_the_new_one_gets_an_account(
    client, chapter, accounts
):
    signup(client, chapter, "0922 222 222")
    signup(client, chapter, "0955 555 555")
    leader = accounts["leader"][1]
    leader.refresh_from_db()
    assert leader.check_password(PASSWORD)
    assert not hasattr(leader, "member")  # the leader was not made a member by a stranger
    assert get_user_model().objects.filter(phone="+84955555555").exists()
    # The stranger's password opens only the account that was new.
    response = client.post(
        reverse("lms:signin"), {"username": "0922222222", "password": NEW_PASSWORD}
    )
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_the_owner_of_a_taken_number_signs_in_from_the_page_with_her_own_password(
    client, chapter, accounts
):
    page = signup(client, chapter, "0911 111 111").content.decode()
    assert 'value="0911 111 111"' in page  # the number is filled in for her
    response = client.post(
        reverse("lms:signin"), {"username": "0911 111 111", "password": PASSWORD, "next": "/"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(accounts["member"][1].pk)


def test_the_answer_is_in_arabic_too_and_still_the_same(client, chapter, accounts):
    client.cookies["django_language"] = "ar"
    for_taken = signup(client, chapter, "0911 111 111")
    for_new = signup(client, chapter, "0955 555 555")
    assert page_without(for_taken, "0911 111 111") == page_without(for_new, "0955 555 555")
    assert 'dir="rtl"' in for_new.content.decode()
    assert "سجّلي الدخول الآن" in for_new.content.decode()


# Limits on sign-up


@pytest.mark.parametrize("phone", ["0911 111 111", "0955 555 555"])
def test_a_fourth_sign_up_for_one_number_within_the_hour_gets_429(client, chapter, accounts, phone):
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        assert signup(client, chapter, phone, address=address).status_code == 200
    response = signup(client, chapter, "+84" + phone.replace(" ", "")[1:], address="10.0.0.4")
    assert response.status_code == 429
    assert "Quá nhiều lần tạo tài khoản" in response.content.decode()
    # Another number from a fresh address is not held up.
    assert signup(client, chapter, "0966 666 666", address="10.0.0.5").status_code == 200


def test_many_sign_ups_from_one_address_get_429_there_only(client, chapter, settings):
    settings.SEN_SIGNUP_IP_LIMIT = 6
    for number in range(6):
        response = signup(client, chapter, f"0912 000 {number:03d}", address="10.9.9.9")
        assert response.status_code == 200
    assert signup(client, chapter, "0912 000 999", address="10.9.9.9").status_code == 429
    assert not get_user_model().objects.filter(phone="+84912000999").exists()
    assert signup(client, chapter, "0912 000 999", address="10.1.2.3").status_code == 200


def test_a_form_with_mistakes_is_not_counted(client, chapter):
    for _ in range(5):
        response = client.post(
            reverse("lms:join", args=[chapter.invite_code]),
            {"full_name": "Lan", "phone": "0912345678", "password1": "a", "password2": "b"},
        )
        assert response.status_code == 200
    assert signup(client, chapter, "0912 345 678").status_code == 200


# A stranger cannot lock the owner out


def sign_in(client, phone, password, address):
    return client.post(
        reverse("lms:signin"), {"username": phone, "password": password}, REMOTE_ADDR=address
    )


def test_a_strangers_failures_lock_the_stranger_not_the_owner(client, accounts):
    for _ in range(10):
        sign_in(client, "0922 222 222", "doan-bua", "10.6.6.6")
    assert sign_in(client, "0922 222 222", PASSWORD, "10.6.6.6").status_code == 429
    response = sign_in(client, "0922 222 222", PASSWORD, "10.1.1.1")  # her own phone
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(accounts["leader"][1].pk)


def test_guessing_one_number_from_many_addresses_is_slowed_but_the_owner_gets_in(
    client, accounts, settings
):
    settings.SEN_PHONE_FAILURE_LIMIT = 8
    for address in range(8):  # a stranger on eight addresses, one failure each
        sign_in(client, "0922 222 222", "doan-bua", f"10.6.0.{address}")
    # From here on every address has two tries for this number, not five.
    sign_in(client, "0922 222 222", "doan-bua", "10.7.0.1")
    assert sign_in(client, "0922 222 222", "doan-bua", "10.7.0.1").status_code == 429
    assert sign_in(client, "0922 222 222", PASSWORD, "10.7.0.1").status_code == 429
    # The owner, from her own address, with her password: in.
    assert sign_in(client, "0922 222 222", PASSWORD, "10.1.1.1").status_code == 302
    assert AccessAttempt.objects.filter(ip_address="10.1.1.1").count() == 0


def test_below_the_slow_down_each_address_keeps_five_tries(client, accounts, settings):
    settings.SEN_PHONE_FAILURE_LIMIT = 20
    for address in range(3):
        sign_in(client, "0922 222 222", "doan-bua", f"10.6.0.{address}")
    for _ in range(4):
        sign_in(client, "0922 222 222", "doan-bua", "10.7.0.1")
    assert sign_in(client, "0922 222 222", PASSWORD, "10.7.0.1").status_code == 302

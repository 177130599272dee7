from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory
from django.urls import reverse

from lms.members.throttling import axes_username, client_ip
from tests.lms.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNIN = "/signin/"
ADMIN_LOGIN = "/admin/login/"
HER = "+84912345678"


def sign_in(client, phone, password, *, url=SIGNIN, address="127.0.0.1"):
    return client.post(url, {"username": phone, "password": password}, REMOTE_ADDR=address)


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, times, phone="0912 345 678", **kwargs):
    for _ in range(times):
        sign_in(client, phone, "sai-mat-khau", **kwargs)


@pytest.fixture
def her(db):
    return UserFactory(phone=HER)


def test_five_wrong_passwords_lock_that_phone_even_for_the_right_password(client, her):
    fail(client, 4)
    assert sign_in(client, "0912345678", "sai-mat-khau").status_code == 429  # the fifth

    response = sign_in(client, "0912345678", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)


def test_four_wrong_passwords_still_let_her_in(client, her):
    fail(client, 4)
    assert sign_in(client, "0912345678", PASSWORD).status_code == 302
    assert signed_in(client)


def test_the_lockout_page_says_to_wait_15_minutes_or_ask_the_chapter_leader(client, her):
    client.cookies["django_language"] = "en"
    fail(client, 5)
    response = sign_in(client, "0912345678", PASSWORD)
    body = response.content.decode()
    assert response.status_code == 429
    assert "Please wait 15 minutes" in body
    assert "ask your chapter leader" in body
    assert 'href="/password/forgot/"' in body  # the way out: her leader's one-time code
    assert '<link rel="stylesheet"' in body  # our page, in the site's layout


def test_another_phone_from_another_address_still_signs_in(client, her):
    UserFactory(phone="+84987654321")
    fail(client, 5)
    assert sign_in(client, "0987 654 321", PASSWORD, address="10.1.2.3").status_code == 302


def test_a_chapter_meeting_on_one_wifi_is_not_locked_by_one_members_mistakes(client, her):
    """One member locked out does not lock the others signing in over the same Wi-Fi."""
    UserFactory(phone="+84987654321")
    fail(client, 5)
    assert sign_in(client, "0987 654 321", PASSWORD).status_code == 302


def test_many_failures_on_many_phones_from_one_address_lock_that_address(client, settings):
    settings.SEN_IP_FAILURE_LIMIT = 12
    UserFactory(phone="+84987654321")
    for number in range(12):
        fail(client, 1, phone=f"0912 000 {number:03d}", address="10.9.9.9")

    assert sign_in(client, "0987654321", PASSWORD, address="10.9.9.9").status_code == 429
    assert sign_in(client, "0987654321", PASSWORD, address="10.1.2.3").status_code == 302


@pytest.mark.parametrize("url", [SIGNIN, ADMIN_LOGIN])
def test_spellings_of_one_phone_count_as_one(client, her, url):
    for spelling in [
        "0912 345 678",
        "+84912345678",
        "84912345678",
        "0912.345.678",
        "+84 91 2345 678",
    ]:
        sign_in(client, spelling, "sai-mat-khau", url=url)
    assert AccessAttempt.objects.values_list("username", flat=True).distinct().get() == HER
    assert sign_in(client, "0912345678", PASSWORD, url=url).status_code == 429


def test_admin_login_is_throttled_and_shares_the_count_with_the_site(client):
    UserFactory(phone="+84900000001", is_staff=True, is_superuser=True)
    fail(client, 3, phone="0900 000 001", url=ADMIN_LOGIN)
    fail(client, 2, phone="0900000001")

    response = sign_in(client, "0900000001", PASSWORD, url=ADMIN_LOGIN)
    assert response.status_code == 429
    assert not signed_in(client)
    assert sign_in(client, "0900000001", PASSWORD).status_code == 429


def test_admin_login_lets_the_right_password_in_before_the_limit(client):
    UserFactory(phone="+84900000001", is_staff=True, is_superuser=True)
    fail(client, 2, phone="0900 000 001", url=ADMIN_LOGIN)
    assert sign_in(client, "0900000001", PASSWORD, url=ADMIN_LOGIN).status_code == 302
    assert signed_in(client)


def test_the_lock_ends_after_15_minutes(client, her):
    fail(client, 5)
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16)
    )
    assert sign_in(client, "0912345678", PASSWORD).status_code == 302


def test_a_malformed_phone_is_refused_by_the_form_without_counting(client, her):
    fail(client, 6, phone="12ab")
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, "0912345678", PASSWORD).status_code == 302


def test_signin_page_itself_stays_open_while_locked(client, her):
    fail(client, 5)
    assert client.get(reverse("lms:signin")).status_code == 200


# The rules themselves


def test_axes_checks_every_sign_in_before_any_password_is_tried(settings):
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"


@pytest.mark.parametrize(
    ("credentials", "expected"),
    [
        ({"username": "0912 345 678"}, HER),
        ({"username": "84912345678"}, HER),
        ({"phone": "+84 912 345 678"}, HER),
        ({"username": "  not-a-phone "}, "not-a-phone"),
        ({"username": ""}, None),
        ({}, None),
    ],
)
def test_axes_counts_the_normalised_phone_or_the_text_as_typed(credentials, expected):
    request = RequestFactory().post("/signin/", {})
    assert axes_username(request, credentials) == expected


def test_axes_reads_the_posted_phone_when_no_credentials_are_given():
    request = RequestFactory().post("/signin/", {"username": "0912.345.678"})
    assert axes_username(request, None) == HER


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "1.2.3.4", "10.0.0.1"),  # no proxy: X-Forwarded-For is the client's own claim
        (1, "1.2.3.4", "1.2.3.4"),
        (1, "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # a forged entry to the left is ignored
        (2, "6.6.6.6, 1.2.3.4, 172.16.0.9", "1.2.3.4"),
        (1, "", "10.0.0.1"),
        (1, "not-an-address", "10.0.0.1"),
    ],
)
def test_client_address_trusts_only_the_configured_proxies(settings, proxies, forwarded, expected):
    settings.SEN_TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post(
        "/signin/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded
    )
    assert client_ip(request) == expected

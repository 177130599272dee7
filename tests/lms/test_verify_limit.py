"""The public verify page limits unknown-code lookups per address, so codes cannot be guessed
by trying many; valid codes never count, and proxies are handled as for sign-in."""

import pytest
from django.urls import reverse

from courses.services import lesson_complete
from lms.models import Certificate
from tests.courses.factories import course_with_lessons
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(home):
    course, lessons = course_with_lessons(home, lessons=1)
    user = MemberFactory().user
    lesson_complete(user=user, lesson=lessons[0], course=course)
    return Certificate.objects.get(user=user, course=course)


def verify(client, code, address="10.0.0.1", **extra):
    return client.get(reverse("lms:certificate_verify", args=[code]), REMOTE_ADDR=address, **extra)


def unknown(n):
    return f"SEN-2222-{n:04d}".replace("0", "A").replace("1", "B")


def test_thirty_unknown_codes_then_the_address_is_asked_to_wait(client, certificate):
    client.cookies["django_language"] = "en"
    for n in range(30):
        assert verify(client, unknown(n)).status_code == 404
    response = verify(client, unknown(30))
    assert response.status_code == 429
    assert "Too many codes tried. Please wait a few minutes." in response.content.decode()
    assert int(response["Retry-After"]) > 0
    # Every lookup from that address waits now, found or not (an answer tells nothing).
    assert verify(client, certificate.code).status_code == 429
    share = reverse("lms:certificate_share_picture", args=[certificate.code])
    assert client.get(share, REMOTE_ADDR="10.0.0.1").status_code == 404
    # Another address is not affected.
    assert verify(client, certificate.code, address="10.0.0.2").status_code == 200
    assert verify(client, unknown(31), address="10.0.0.2").status_code == 404


def test_valid_codes_never_count(client, settings, certificate):
    settings.SEN_VERIFY_UNKNOWN_LIMIT = 2
    for _ in range(20):
        assert verify(client, certificate.code).status_code == 200
    assert verify(client, unknown(1)).status_code == 404
    assert verify(client, unknown(2)).status_code == 404
    assert verify(client, unknown(3)).status_code == 429


def test_unknown_share_pictures_count_too(client, settings, db):
    settings.SEN_VERIFY_UNKNOWN_LIMIT = 2
    for n in range(2):
        url = reverse("lms:certificate_share_picture", args=[unknown(n)])
        assert client.get(url, REMOTE_ADDR="10.0.0.1").status_code == 404
    assert verify(client, unknown(5)).status_code == 429


def test_behind_a_proxy_the_forwarded_address_is_counted(client, settings, certificate):
    settings.SEN_VERIFY_UNKNOWN_LIMIT = 2
    settings.SEN_TRUSTED_PROXY_COUNT = 1
    proxy = "172.16.0.9"
    for n in range(2):
        verify(client, unknown(n), address=proxy, HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert (
        verify(client, unknown(3), address=proxy, HTTP_X_FORWARDED_FOR="1.2.3.4").status_code == 429
    )
    # Another member behind the same proxy still gets her answer.
    assert (
        verify(client, unknown(4), address=proxy, HTTP_X_FORWARDED_FOR="5.6.7.8").status_code == 404
    )

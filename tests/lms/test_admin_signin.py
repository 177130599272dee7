"""The admin's sign-in page asks for a phone number and resets passwords Sen's way."""

import pytest
from django.urls import reverse

from tests.lms.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_sign_in_page_asks_for_a_phone_number_in_vietnamese(client):
    html = client.get("/admin/login/").content.decode()
    assert "Đăng nhập vào Sen" in html
    assert "Số điện thoại" in html
    assert 'placeholder="0912 345 678"' in html
    assert 'inputmode="tel"' in html
    assert "Mật khẩu" in html
    assert "thoạicủa" not in html
    assert "Password" not in html


def test_forgotten_password_leads_to_the_code_reset_not_email(client):
    html = client.get("/admin/login/").content.decode()
    assert f'href="{reverse("lms:password_reset")}"' in html
    assert "Quên mật khẩu?" in html
    # Wagtail's own reset, by e-mail, is switched off.
    assert reverse("wagtailadmin_password_reset") not in html
    assert client.get(reverse("wagtailadmin_password_reset")).status_code == 404


def test_a_trainer_signs_in_with_a_local_phone_spelling(client):
    UserFactory(phone="+84912345678", is_staff=True, is_superuser=True)
    response = client.post(
        "/admin/login/", {"username": "0912 345 678", "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_a_wrong_password_is_told_in_vietnamese(client):
    UserFactory(phone="+84912345678", is_staff=True)
    response = client.post("/admin/login/", {"username": "0912345678", "password": "sai-mat-khau"})
    assert "Sai số điện thoại hoặc mật khẩu. Vui lòng thử lại." in response.content.decode()

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from lms.models import Chapter, Member
from tests.lms.factories import PASSWORD, ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def chapter():
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh Quảng Nam")
    district = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện Quế Sơn")
    commune = ChapterFactory(parent=district, kind=Chapter.Kind.COMMUNE, name="Xã Quế Xuân")
    return ChapterFactory(parent=commune, name="Chi hội thôn Bình Yên")


def signup_data(**overrides):
    data = {
        "full_name": "  Nguyễn   Thị Lan ",
        "phone": "0912 345 678",
        "password1": "hoa-sen-no-2026",
        "password2": "hoa-sen-no-2026",
        "birth_year": "1988",
        "occupation": "trader",
        "consent": "on",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("spelling", ["0912 345 678", "+84 912345678", "84912345678"])
def test_member_signs_in_with_any_spelling_of_her_phone(client, spelling):
    UserFactory(phone="+84912345678")
    response = client.post(reverse("lms:signin"), {"username": spelling, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_wrong_password_shows_a_vietnamese_error_and_signs_nobody_in(client):
    UserFactory(phone="+84912345678")
    response = client.post(
        reverse("lms:signin"), {"username": "0912345678", "password": "sai-mat-khau"}
    )
    assert response.status_code == 200
    assert "Số điện thoại hoặc mật khẩu chưa đúng" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signin_with_a_malformed_phone_explains_the_format_next_to_the_field(client):
    response = client.post(reverse("lms:signin"), {"username": "12ab", "password": "x"})
    assert "Nhập số điện thoại Việt Nam" in response.content.decode()


def test_join_link_signs_a_new_member_up_into_that_chapter_then_she_signs_in(client, chapter):
    response = client.post(reverse("lms:join", args=[chapter.invite_code]), signup_data())
    assert response.status_code == 200
    assert "Bây giờ hãy đăng nhập" in response.content.decode()
    member = Member.objects.get(user__phone="+84912345678")
    assert member.chapter == chapter
    assert member.full_name == "Nguyễn Thị Lan"
    assert member.birth_year == 1988
    assert "_auth_user_id" not in client.session  # the same page whether the phone was new

    response = client.post(
        reverse("lms:signin"),
        {"username": "0912 345 678", "password": "hoa-sen-no-2026", "next": "/"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.user.pk)


def test_join_page_names_the_chapter_she_is_joining(client, chapter):
    response = client.get(reverse("lms:join", args=[chapter.invite_code]))
    assert "Chi hội thôn Bình Yên" in response.content.decode()


def test_unknown_invite_code_gets_a_friendly_404(client, db):
    response = client.get(reverse("lms:join", args=["khongco1"]))
    assert response.status_code == 404
    assert "Đường link mời này không dùng được" in response.content.decode()


def test_invite_code_of_a_district_node_is_not_a_chapter_invite(client, chapter):
    district = chapter.get_parent().get_parent()
    response = client.get(reverse("lms:join", args=[district.invite_code]))
    assert response.status_code == 404


def test_a_phone_already_registered_keeps_its_account_and_password(client, chapter):
    owner = MemberFactory(user__phone="+84912345678", chapter=chapter, full_name="Trần Thị Mai")
    response = client.post(
        reverse("lms:join", args=[chapter.invite_code]), signup_data(phone="84912345678")
    )
    assert response.status_code == 200
    assert get_user_model().objects.count() == 1
    owner.refresh_from_db()
    assert owner.full_name == "Trần Thị Mai"
    assert owner.user.check_password(PASSWORD)
    assert not owner.user.check_password("hoa-sen-no-2026")
    assert "_auth_user_id" not in client.session


def test_mismatched_passwords_are_reported_and_keep_what_she_typed(client, chapter):
    response = client.post(
        reverse("lms:join", args=[chapter.invite_code]), signup_data(password2="khac-hoan-toan")
    )
    body = response.content.decode()
    assert "Hai mật khẩu không giống nhau" in body
    assert 'value="Nguyễn Thị Lan"' in body or "Nguyễn   Thị Lan" in body
    assert not Member.objects.exists()


def test_password_that_is_too_short_is_refused(client, chapter):
    response = client.post(
        reverse("lms:join", args=[chapter.invite_code]),
        signup_data(password1="123", password2="123"),
    )
    assert response.status_code == 200
    assert not Member.objects.exists()


def test_signup_without_a_link_needs_a_valid_invite_code(client, chapter):
    response = client.post(reverse("lms:signup"), signup_data(invite_code="sai-ma"))
    assert "Chúng tôi không tìm thấy mã mời này" in response.content.decode()
    response = client.post(
        reverse("lms:signup"), signup_data(invite_code=chapter.invite_code.upper())
    )
    assert response.status_code == 200
    assert Member.objects.get().chapter == chapter


def test_signup_passes_on_only_a_safe_next_address(client, chapter):
    response = client.post(
        reverse("lms:join", args=[chapter.invite_code]) + "?next=https://evil.example/",
        signup_data(),
    )
    assert 'name="next" value="/"' in response.content.decode()
    assert 'name="next" value="https://evil.example/"' not in response.content.decode()


def test_sign_out_is_a_post(client):
    user = UserFactory()
    client.force_login(user)
    assert client.get(reverse("lms:signout")).status_code == 405
    client.post(reverse("lms:signout"))
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("page", ["join", "signup", "signin"])
def test_a_shared_phone_names_who_is_signed_in_and_offers_to_sign_out_first(client, chapter, page):
    sister = MemberFactory(chapter=chapter, full_name="Lê Thị Hồng", user__phone="+84912345678")
    client.force_login(sister.user)
    url = reverse(f"lms:{page}", args=[chapter.invite_code] if page == "join" else [])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lê Thị Hồng" in html and "0912 *** 678" in html and "0912 345 678" not in html
    # Signing out from there comes back to the same invite or form, signed out.
    response = client.post(reverse("lms:signout"), {"next": url})
    assert response.status_code == 302 and response.url == url
    assert "_auth_user_id" not in client.session
    assert client.get(url).status_code == 200


def test_continuing_as_the_signed_in_member_follows_next(client, chapter):
    client.force_login(MemberFactory(chapter=chapter).user)
    response = client.get(reverse("lms:signin") + "?next=/my-learning/")
    assert 'href="/my-learning/"' in response.content.decode()
    response = client.get(reverse("lms:signin") + "?next=https://evil.example/")
    assert 'href="https://evil.example/"' not in response.content.decode()


def test_wagtail_admin_accepts_the_phone_in_local_spelling(client):
    UserFactory(phone="+84900000009", is_superuser=True, is_staff=True)
    response = client.post("/admin/login/", {"username": "0900 000 009", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_pages_are_vietnamese_even_when_the_phone_asks_for_english(client, db):
    response = client.get(reverse("lms:signin"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert "Số điện thoại" in response.content.decode()


def test_a_member_who_chooses_english_gets_english_and_it_is_remembered(client, db):
    client.post(reverse("set_language"), {"language": "en", "next": "/signin/"})
    response = client.get(reverse("lms:signin"))
    assert "Phone number" in response.content.decode()

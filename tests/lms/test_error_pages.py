"""Error pages for people: 400, 403, 404, 429 and 500 in the site's layout, phone sized, in
Vietnamese, English and Arabic, each with a way back; the 500 page renders with the database
down. And a leader's breadcrumb links only to the nodes she may open."""

import re

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django.urls import reverse

from lms.models import Role
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db

# Hand-written: what each page says first, in each language.
HEADINGS = {
    400: {"vi": "Không đọc được yêu cầu này", "en": "This request cannot be read",
          "ar": "تعذّرت قراءة هذا الطلب"},
    403: {"vi": "Không mở được trang này", "en": "You cannot open this page",
          "ar": "لا يمكنكِ فتح هذه الصفحة"},
    404: {"vi": "Không tìm thấy trang", "en": "Page not found", "ar": "الصفحة غير موجودة"},
    429: {"vi": "Xin chờ một chút", "en": "Please wait a little", "ar": "يُرجى الانتظار قليلًا"},
    500: {"vi": "Xin lỗi, đã có lỗi xảy ra", "en": "Sorry, something went wrong",
          "ar": "عذرًا، حدث خطأ ما"},
}  # fmt: skip
BACK_HOME = {"vi": "Về danh sách khóa học", "en": "Back to the courses", "ar": "العودة إلى الدورات"}
DIRECTION = {"vi": "ltr", "en": "ltr", "ar": "rtl"}


def client_in(language):
    client = Client(raise_request_exception=False)
    client.cookies["django_language"] = language
    return client


def assert_layout(response, status, language):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}" dir="{DIRECTION[language]}"' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert 'class="site-header"' in html and 'class="site-footer' in html  # the layout
    assert re.search(r"<h1>\s*" + re.escape(HEADINGS[status][language]) + r"\s*</h1>", html)
    assert re.search(r'<a class="button[^"]*" href="/">\s*' + re.escape(BACK_HOME[language]), html)


@pytest.mark.urls("tests.lms.error_urls")
@pytest.mark.parametrize("language", ["vi", "en", "ar"])
@pytest.mark.parametrize("status", [400, 403, 404, 429])
def test_each_error_page_is_in_the_layout_and_her_language(status, language):
    assert_layout(client_in(language).get(f"/fail/{status}/"), status, language)


@pytest.mark.urls("tests.lms.error_urls")
@pytest.mark.parametrize("language", ["vi", "en", "ar"])
def test_the_500_page_renders_with_the_database_down(monkeypatch, language):
    client = client_in(language)
    client.force_login(UserFactory())  # her session is in the database that is down

    def unreachable(self):
        raise OperationalError("could not connect to server")

    with monkeypatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "ensure_connection", unreachable)
        response = client.get("/fail/500/")
    assert_layout(response, 500, language)
    html = response.content.decode()
    assert "Đăng xuất" not in html and "csrfmiddlewaretoken" not in html  # no session, no forms


def test_the_500_page_makes_no_query(rf, django_assert_num_queries):
    from lms.errors import server_error

    request = rf.get("/")
    request.user = UserFactory()  # even for a signed-in member, nothing is asked of the database
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500 and "Xin lỗi" in response.content.decode()


@pytest.mark.urls("tests.lms.error_urls")
def test_the_429_page_says_when_to_try_again():
    response = client_in("vi").get("/fail/429/")
    assert response["Retry-After"] == "60"


def test_a_bare_404_from_wagtail_is_the_layout_page(client, home):
    response = client.get("/khong-co-trang-nay/", HTTP_REFERER="http://testserver/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html
    assert 'href="http://testserver/"' in html  # back to where she came from


def test_a_way_back_never_leads_to_another_site(client, home):
    response = client.get("/khong-co-trang-nay/", HTTP_REFERER="https://evil.example/")
    assert "evil.example" not in response.content.decode()


# The leader of chapter A (province "Tỉnh" > district "Huyện 1" > commune "Xã 1" > "Chi hội A")


def breadcrumb(html):
    nav = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav), re.findall(
        r"<span>([^<]+)</span>", nav
    )


def test_a_leaders_breadcrumb_names_the_units_above_without_links(client, tree, people):
    client.force_login(people["leader_a"])
    html = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()
    links, names = breadcrumb(html)
    assert links == []
    assert names == ["Tỉnh", "Huyện 1", "Xã 1"]


def test_an_officials_breadcrumb_links_only_to_her_district_and_below(client, tree, people):
    client.force_login(people["official_d1"])
    html = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()
    links, names = breadcrumb(html)
    assert links == [("/dashboard/d1/", "Huyện 1"), ("/dashboard/c1/", "Xã 1")]
    assert names == ["Tỉnh"]
    for href, _name in links:  # and each link opens
        assert client.get(href).status_code == 200


def test_a_leader_of_two_chapters_gets_links_to_each_breadcrumb_she_may_open(client, tree, people):
    leader = UserFactory()
    Role.objects.create(user=leader, node=tree["c1"], kind=Role.Kind.LEADER)
    client.force_login(leader)
    links, names = breadcrumb(client.get("/dashboard/a/").content.decode())
    assert links == [("/dashboard/c1/", "Xã 1")] and names == ["Tỉnh", "Huyện 1"]


def test_a_leader_refused_a_unit_above_sees_the_403_page_with_her_dashboard(client, tree, people):
    client.force_login(people["leader_a"])
    response = client.get("/dashboard/c1/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Không mở được trang này" in html
    assert 'href="/dashboard/"' in html
    assert "Đăng xuất" in html  # she is still shown as signed in


def test_breadcrumbs_cost_no_query_per_unit(client, tree, people, django_assert_max_num_queries):
    client.force_login(people["official_d1"])
    client.get("/dashboard/a/")
    with django_assert_max_num_queries(30) as captured:
        response = client.get("/dashboard/a/")
    assert response.status_code == 200
    roles = [q for q in captured.captured_queries if '"lms_role"' in q["sql"]]
    assert len(roles) <= 2  # her roles are read once, not once per unit above


@pytest.mark.parametrize("language", ["vi", "en", "ar"])
def test_a_form_sent_with_an_expired_token_gets_the_403_page(home, language):
    client = Client(enforce_csrf_checks=True)
    client.cookies["django_language"] = language
    response = client.post(reverse("lms:text_size"), {"size": "large"})
    assert_layout(response, 403, language)
    expired = {"vi": "Biểu mẫu này đã hết hạn", "en": "This form has expired", "ar": "انتهت صلاحية"}
    assert expired[language] in response.content.decode()

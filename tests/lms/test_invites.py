import io
import re
from html import unescape
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.urls import reverse
from PIL import Image

from lms.invites import links
from lms.models import Chapter, Role
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tree():
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh Quảng Nam")
    district = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện Quế Sơn")
    commune = ChapterFactory(parent=district, kind=Chapter.Kind.COMMUNE, name="Xã Quế Xuân")
    chapter = ChapterFactory(parent=commune, name="Chi hội thôn Bình Yên")
    other = ChapterFactory(parent=commune, name="Chi hội thôn Phú Mỹ")
    return {"district": district, "commune": commune, "chapter": chapter, "other": other}


def person_with_role(node, kind):
    user = UserFactory()
    Role.objects.create(user=user, node=node, kind=kind)
    return user


def invite_url(chapter):
    return reverse("lms:chapter_invite", args=[chapter.invite_code])


def join_link(chapter):
    return f"http://testserver/join/{chapter.invite_code}/"


def meta(content, prop):
    match = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', content)
    assert match, f"no {prop} meta tag"
    return unescape(match.group(1))


# Pure helpers


def test_facebook_share_url_carries_the_encoded_link():
    url = links.facebook_share_url("https://sen.example/join/abc23456/?a=1&b=2")
    assert url == (
        "https://www.facebook.com/sharer/sharer.php?u="
        "https%3A%2F%2Fsen.example%2Fjoin%2Fabc23456%2F%3Fa%3D1%26b%3D2"
    )


def test_sms_link_prefills_the_whole_message():
    url = links.sms_share_url("Tham gia: https://sen.example/join/abc23456/")
    assert url.startswith("sms:?&body=")
    assert " " not in url
    assert quote("https://sen.example/join/abc23456/", safe="") in url


def test_invite_message_names_the_chapter_and_ends_with_the_link(tree):
    message = links.invite_message(tree["chapter"], "https://sen.example/join/x/")
    assert "Chi hội thôn Bình Yên" in message
    assert message.endswith("https://sen.example/join/x/")


def test_share_picture_is_1200_by_630_with_or_without_a_qr_code():
    for url in (None, "https://sen.example/join/abc23456/"):
        with Image.open(io.BytesIO(links.share_picture(url))) as image:
            assert image.format == "PNG"
            assert image.size == (1200, 630)


# QR codes


def test_qr_svg_is_a_cacheable_svg(client, tree):
    response = client.get(reverse("lms:chapter_qr_svg", args=[tree["chapter"].invite_code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content
    assert "public" in response["Cache-Control"]
    assert "max-age=86400" in response["Cache-Control"]


def test_qr_png_decodes_and_encodes_the_absolute_join_link(client, tree):
    chapter = tree["chapter"]
    response = client.get(reverse("lms:chapter_qr_png", args=[chapter.invite_code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"]
    with Image.open(io.BytesIO(response.content)) as image:
        image.load()
        assert image.format == "PNG"
        assert image.width == image.height > 100
    assert response.content == links.qr_png(join_link(chapter))


def test_qr_follows_the_host_the_link_is_opened_on(client, tree, settings):
    settings.ALLOWED_HOSTS = ["sen.example.vn"]
    chapter = tree["chapter"]
    response = client.get(
        reverse("lms:chapter_qr_png", args=[chapter.invite_code]),
        HTTP_HOST="sen.example.vn",
        secure=True,
    )
    assert response.content == links.qr_png(f"https://sen.example.vn/join/{chapter.invite_code}/")


@pytest.mark.parametrize("name", ["lms:chapter_qr_svg", "lms:chapter_qr_png"])
def test_qr_of_a_district_node_is_not_found(client, tree, name):
    response = client.get(reverse(name, args=[tree["district"].invite_code]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "name", ["lms:chapter_qr_svg", "lms:chapter_qr_png", "lms:chapter_share_picture"]
)
def test_unknown_invite_code_has_no_qr_or_picture(client, tree, name):
    response = client.get(reverse(name, args=["khongco2"]))
    assert response.status_code == 404


def test_qr_only_answers_reads(client, tree):
    response = client.post(reverse("lms:chapter_qr_svg", args=[tree["chapter"].invite_code]))
    assert response.status_code == 405


# Share pictures


def test_chapter_share_picture_is_a_public_png_drawn_once(client, tree, monkeypatch):
    calls = []
    real = links.share_picture

    def counting(url=None):
        calls.append(url)
        return real(url)

    monkeypatch.setattr(links, "share_picture", counting)
    chapter = tree["chapter"]
    url = reverse("lms:chapter_share_picture", args=[chapter.invite_code])
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200
    assert first["Content-Type"] == "image/png"
    assert "public" in first["Cache-Control"]
    assert first.content == second.content
    assert calls == [join_link(chapter)]
    with Image.open(io.BytesIO(first.content)) as image:
        assert image.size == (1200, 630)


def test_site_share_picture_is_a_png(client, db):
    response = client.get(reverse("lms:share_picture"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    with Image.open(io.BytesIO(response.content)) as image:
        assert image.size == (1200, 630)


# The invite page


def test_anonymous_visitor_is_sent_to_sign_in(client, tree):
    url = invite_url(tree["chapter"])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('lms:signin')}?next={quote(url)}"


def test_member_without_a_role_may_not_open_the_invite_page(client, tree):
    member = MemberFactory(chapter=tree["chapter"])
    client.force_login(member.user)
    assert client.get(invite_url(tree["chapter"])).status_code == 403


def test_leader_of_another_chapter_may_not_open_the_invite_page(client, tree):
    client.force_login(person_with_role(tree["other"], Role.Kind.LEADER))
    assert client.get(invite_url(tree["chapter"])).status_code == 403


def assert_only_own_scripts(content):
    """Plain links, no third-party share widgets: every script is one of Sen's static files."""
    scripts = re.findall(r"<script\b[^>]*>", content, flags=re.IGNORECASE)
    assert all(re.search(r'src="/static/(?:lms|offline)/[\w.-]+\.js"', tag) for tag in scripts), (
        scripts
    )


def test_leader_sees_the_link_the_qr_code_and_plain_share_links(client, tree):
    chapter = tree["chapter"]
    client.force_login(person_with_role(chapter, Role.Kind.LEADER))
    client.cookies["django_language"] = "en"
    response = client.get(invite_url(chapter))
    assert response.status_code == 200
    content = response.content.decode()
    link = join_link(chapter)
    encoded = quote(link, safe="")
    assert f'value="{link}"' in content
    assert "readonly" in content
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={encoded}"' in content
    assert 'href="sms:?&amp;body=' in content and encoded in content
    assert reverse("lms:chapter_qr_svg", args=[chapter.invite_code]) in content
    assert reverse("lms:chapter_qr_png", args=[chapter.invite_code]) in content
    assert "Chi hội thôn Bình Yên" in content
    assert "Zalo" in content
    assert_only_own_scripts(content)
    assert not re.search(r"\son[a-z]+=", content)  # no inline event handlers (CSP)


def test_invite_page_leads_back_to_the_chapters_dashboard(client, tree):
    chapter = tree["chapter"]
    client.force_login(person_with_role(chapter, Role.Kind.LEADER))
    content = client.get(invite_url(chapter)).content.decode()
    back = reverse("lms:dashboard_node", args=[chapter.code])
    assert f'<p class="breadcrumb"><a href="{back}">‹ {chapter.name}</a></p>' in content


def test_invite_page_is_kept_out_of_search_engines_and_shared_caches(client, tree):
    client.force_login(person_with_role(tree["chapter"], Role.Kind.LEADER))
    response = client.get(invite_url(tree["chapter"]))
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "private" in response["Cache-Control"]


def test_official_of_the_district_above_opens_the_invite_page(client, tree):
    client.force_login(person_with_role(tree["district"], Role.Kind.OFFICIAL))
    assert client.get(invite_url(tree["chapter"])).status_code == 200


def test_superuser_opens_any_invite_page(client, tree):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get(invite_url(tree["other"])).status_code == 200


def test_invite_page_of_a_commune_node_is_not_found(client, tree):
    client.force_login(person_with_role(tree["district"], Role.Kind.OFFICIAL))
    assert client.get(invite_url(tree["commune"])).status_code == 404


def test_invite_page_query_budget(client, tree, django_assert_max_num_queries):
    client.force_login(person_with_role(tree["district"], Role.Kind.OFFICIAL))
    with django_assert_max_num_queries(6):
        assert client.get(invite_url(tree["chapter"])).status_code == 200


# Open Graph


def test_join_page_preview_names_the_chapter_and_its_place(client, tree):
    chapter = tree["chapter"]
    client.cookies["django_language"] = "en"
    content = client.get(reverse("lms:join", args=[chapter.invite_code])).content.decode()
    assert meta(content, "og:title") == "Join Chi hội thôn Bình Yên on Sen"
    description = meta(content, "og:description")
    assert "Xã Quế Xuân" in description and "Huyện Quế Sơn" in description
    assert meta(content, "og:url") == join_link(chapter)
    assert meta(content, "og:image") == (
        f"http://testserver/chapters/{chapter.invite_code}/share.png"
    )
    assert meta(content, "twitter:card") == "summary_large_image"
    assert_only_own_scripts(content)


def test_join_page_preview_in_vietnamese_still_names_the_chapter(client, tree):
    content = client.get(reverse("lms:join", args=[tree["chapter"].invite_code])).content
    assert "Chi hội thôn Bình Yên" in meta(content.decode(), "og:title")


def test_other_pages_get_the_default_preview(client, db):
    content = client.get(reverse("lms:signin")).content.decode()
    assert meta(content, "og:type") == "website"
    assert meta(content, "og:title") == "Sen"
    assert meta(content, "og:image") == "http://testserver/share.png"
    assert meta(content, "og:url") == "http://testserver/signin/"
    assert meta(content, "twitter:card") == "summary_large_image"


def test_wagtail_pages_preview_with_their_own_title(client, home):
    content = client.get(home.url).content.decode()
    assert meta(content, "og:title") == "Học kỹ năng số"
    assert meta(content, "og:image") == "http://testserver/share.png"

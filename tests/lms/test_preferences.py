"""Language (Vietnamese, English, Arabic right-to-left) and the "Larger text" setting."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lms.members.preferences import TEXT_SIZE_COOKIE
from tests.courses.factories import course_with_lessons
from tests.lms.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

AR_PO = Path(settings.BASE_DIR) / "lms" / "locale" / "ar" / "LC_MESSAGES" / "django.po"


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_larger_text_is_remembered_on_the_phone_and_scales_every_page(client, home):
    response = client.post(reverse("lms:text_size"), {"size": "large", "next": "/signin/"})

    assert response.status_code == 302
    assert response["Location"] == "/signin/"
    cookie = response.cookies[TEXT_SIZE_COOKIE]
    assert cookie.value == "large"
    assert cookie["max-age"] >= 30 * 24 * 60 * 60
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert 'class="text-large"' in html_tag(client.get("/signin/"))
    assert 'class="text-large"' in html_tag(client.get("/"))


def test_the_button_says_whether_larger_text_is_on(client, home):
    page = client.get("/").content.decode()
    assert 'aria-pressed="false"' in page
    assert 'value="large"' in page
    client.cookies[TEXT_SIZE_COOKIE] = "large"
    page = client.get("/").content.decode()
    assert 'aria-pressed="true"' in page
    assert 'value="normal"' in page


def test_normal_text_forgets_the_choice(client, home):
    client.cookies[TEXT_SIZE_COOKIE] = "large"
    response = client.post(reverse("lms:text_size"), {"size": "normal", "next": "/"})
    assert response.cookies[TEXT_SIZE_COOKIE]["max-age"] == 0
    assert "text-large" not in html_tag(client.get("/"))


def test_an_unknown_text_size_cookie_is_ignored(client, home):
    client.cookies[TEXT_SIZE_COOKIE] = "huge"
    assert "class=" not in html_tag(client.get("/"))


def test_larger_text_stays_after_signing_in_and_out(client, home):
    user = UserFactory(phone="+84912345678")
    client.post(reverse("lms:text_size"), {"size": "large", "next": "/"})
    client.post(reverse("lms:signin"), {"username": "0912345678", "password": PASSWORD})
    assert client.session["_auth_user_id"] == str(user.pk)
    assert 'class="text-large"' in html_tag(client.get("/"))
    client.post(reverse("lms:signout"))
    assert 'class="text-large"' in html_tag(client.get("/"))


def test_text_size_form_needs_the_csrf_token(home):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("lms:text_size"), {"size": "large", "next": "/"})
    assert response.status_code == 403
    page = strict.get("/")
    token = page.cookies["csrftoken"].value
    response = strict.post(
        reverse("lms:text_size"), {"size": "large", "next": "/", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", ""])
def test_text_size_only_goes_back_to_this_site(client, target):
    response = client.post(reverse("lms:text_size"), {"size": "large", "next": target})
    assert response["Location"] == "/"


def test_text_size_is_not_changed_by_a_link(client):
    assert client.get(reverse("lms:text_size")).status_code == 405


def test_arabic_is_offered_on_the_site_but_not_in_the_admin():
    assert [code for code, _name in settings.LANGUAGES] == ["vi", "en", "ar"]
    assert {code for code, _ in settings.WAGTAILADMIN_PERMITTED_LANGUAGES} == {"vi", "en"}


def test_choosing_arabic_turns_the_page_right_to_left(client, home):
    course, lessons = course_with_lessons(home, lessons=2, title="An toàn tài khoản")
    response = client.post(reverse("set_language"), {"language": "ar", "next": course.url})
    assert response.status_code == 302

    for url in ("/", course.url, lessons[0].url, "/signin/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'lang="ar" dir="rtl"' in html_tag(response), url
    assert "تسجيل الدخول" in client.get("/signin/").content.decode()  # "Sign in"


def test_vietnamese_lessons_stay_marked_vietnamese_and_left_to_right_in_an_arabic_page(
    client, home
):
    _course, lessons = course_with_lessons(home, lessons=1)
    article = re.compile(r'<article class="lesson-body"[^>]*>')
    assert article.search(client.get(lessons[0].url).content.decode()).group(0) == (
        '<article class="lesson-body">'
    )
    client.cookies["django_language"] = "ar"
    assert 'lang="vi" dir="ltr"' in article.search(
        client.get(lessons[0].url).content.decode()
    ).group(0)


def test_vietnamese_and_english_stay_left_to_right(client, home):
    assert 'lang="vi" dir="ltr"' in html_tag(client.get("/"))
    client.cookies["django_language"] = "en"
    assert 'lang="en" dir="ltr"' in html_tag(client.get("/"))


def test_arabic_plurals_have_the_six_forms():
    with translation.override("ar"):
        forms = {
            n: translation.ngettext("%(counter)s lesson", "%(counter)s lessons", n) % {"counter": n}
            for n in (0, 1, 2, 5, 11, 100)
        }
    assert forms[2] == "2 درسان"  # dual
    assert forms[5] == "5 دروس"  # 3-10
    assert forms[11] == "11 درسًا"  # 11-99
    assert forms[100] == "100 درس"


def _po_entries(path):
    """(source files, msgid, translated?) for each entry of a .po file (no polib needed)."""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().splitlines()
        files = {
            ref.rsplit(":", 1)[0]
            for line in lines
            if line.startswith("#: ")
            for ref in line[3:].split()
        }
        if not files or any(line.startswith("#~") for line in lines):
            continue
        strings = re.findall(r'^msg(?:str(?:\[\d\])?) "(.*)"\n?((?:".*"\n?)*)', block, re.M)
        translated = all(first or rest.strip() for first, rest in strings)
        msgid = re.search(r'^msgid "(.*)"', block, re.M).group(1)
        yield files, msgid, translated


MEMBER_SOURCES = (
    "courses/templates/courses/",
    "quizzes/templates/quizzes/includes/",
    "quizzes/templates/quizzes/attempt_",
    "quizzes/templates/quizzes/quiz_detail",
    "quizzes/templates/quizzes/bad_answers",
    "lms/templates/base.html",
    "lms/templates/lms/base.html",  # the .po files' references until the next makemessages
    "lms/templates/lms/members/",
    "lms/templates/lms/sign",
    "lms/templates/lms/privacy/",
    "lms/templates/lms/join_unknown",
    "lms/templates/lms/locked_out",
    "lms/templates/404",
    "lms/templates/400",
    "lms/templates/403",
    "lms/templates/429",
    "lms/templates/500",
    "lms/templates/lms/errors/",
    "lms/errors.py",
    "lms/members/",
    "lms/forms.py",
    "lms/views.py",
    "lms/phones.py",
    "courses/views.py",
    "quizzes/views.py",
)


def test_every_string_on_the_members_path_has_arabic():
    missing = [
        msgid
        for files, msgid, translated in _po_entries(AR_PO)
        if not translated and any(f.startswith(MEMBER_SOURCES) for f in files)
    ]
    assert not missing, "No Arabic for:\n" + "\n".join(missing)

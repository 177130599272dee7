"""Content-Security-Policy: on every public page, with nothing inline for it to block."""

import importlib.util
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse

from demo.people import ADMIN_PHONE, demo_member_phone
from lms.models import Chapter, Role
from quizzes.models import Quiz
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db

TAG = re.compile(r"<[a-zA-Z][^>]*>")
# Data blocks (type="application/json", e.g. Wagtail's user bar settings) are not run.
INLINE_SCRIPT = re.compile(
    r'<script\b(?![^>]*\b(?:src=|type="application/json"))[^>]*>', re.IGNORECASE
)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.IGNORECASE)
LINK = re.compile(r'href="(/[^"#?]*)')
NOT_PAGES = ("/admin/", "/documents/", "/static/", "/media/", "/signout/", "/i18n/")


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def inline_code(html):
    """What the policy would block: inline scripts, on...= handlers, style attributes."""
    problems = INLINE_SCRIPT.findall(html) + re.findall(r"<style\b", html, re.IGNORECASE)
    for tag in TAG.findall(html):
        if EVENT_HANDLER.search(tag) or STYLE_ATTRIBUTE.search(tag) or "javascript:" in tag:
            problems.append(tag)
    return problems


def crawl(client, start, limit=150):
    """Every same-site HTML page reachable by links from ``start`` (GET only)."""
    seen, queue, pages = set(), list(start), {}
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen or path.startswith(NOT_PAGES):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue  # redirects (to sign in), downloads
        html = response.content.decode()
        pages[path] = (response, html)
        queue.extend(urlsplit(link).path for link in LINK.findall(html))
    return pages


def assert_strict(pages):
    assert pages
    for path, (response, html) in pages.items():
        assert "Content-Security-Policy" in response, path
        assert inline_code(html) == [], path


def test_policy_allows_only_our_own_files(client):
    response = client.get(reverse("lms:signin"))
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_public_pages_have_the_header_and_the_admin_does_not(client, home):
    assert "Content-Security-Policy" in client.get("/")
    assert "Content-Security-Policy" in client.get(reverse("lms:privacy"))
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get("/").status_code == 200
    assert "Content-Security-Policy" in client.get("/")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "Content-Security-Policy" not in client.get("/admin/login/")


def test_no_page_of_the_demo_has_inline_scripts_or_styles(client):
    call_command("load_demo", verbosity=0)
    anonymous = crawl(client, ["/", "/signin/", "/signup/", "/privacy/"])
    chapter = Chapter.objects.get(roles__kind=Role.Kind.LEADER)
    anonymous.update(crawl(client, [reverse("lms:join", args=[chapter.invite_code])]))
    assert_strict(anonymous)
    lessons = [p for p in anonymous if p.count("/") == 3 and not p.startswith("/quizzes/")]
    assert len(lessons) >= 12  # every course and lesson page was reached
    assert any(path.startswith("/quizzes/") for path in anonymous)

    # The chapter leader: her learning, her account, the quiz pages and her dashboard.
    client.force_login(Role.objects.get(kind=Role.Kind.LEADER).user)
    quiz = Quiz.objects.filter(live=True).first()
    start = client.post(reverse("quizzes:start", args=[quiz.pk]))
    member_pages = crawl(
        client,
        [
            "/",
            reverse("courses:my_learning"),
            reverse("lms:account"),
            reverse("lms:account_delete"),
            reverse("lms:dashboard_node", args=[chapter.code]),
            reverse("lms:chapter_invite", args=[chapter.invite_code]),
            reverse("quizzes:detail", args=[quiz.pk]),
            start["Location"],
        ],
    )
    assert_strict(member_pages)
    assert reverse("lms:dashboard_node", args=[chapter.code]) in member_pages
    assert any("/attempts/" in path for path in member_pages)

    # An administrator sees Wagtail's user bar on the site; it loads files, nothing inline.
    client.force_login(UserFactory._meta.model.objects.get(phone=ADMIN_PHONE))
    assert_strict(crawl(client, ["/"], limit=5))


def test_lockout_and_error_pages_have_no_inline_code(client, home):
    UserFactory(phone=demo_member_phone(1))
    for _ in range(5):
        response = client.post(
            reverse("lms:signin"), {"username": demo_member_phone(1), "password": "sai"}
        )
    assert response.status_code == 429
    assert "Content-Security-Policy" in response
    assert inline_code(response.content.decode()) == []
    not_found = client.get("/khong-co-trang-nay/")
    assert not_found.status_code == 404
    assert inline_code(not_found.content.decode()) == []


def _production_setting(expression, **env):
    """Evaluate ``expression`` under the production settings in a fresh interpreter."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "SEN_", "REDIS"))}
    environ.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        **env,
    )
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    return subprocess.run(  # noqa: S603 - our own settings
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_policy_allows_images_from_the_media_bucket():
    result = _production_setting(
        'settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]',
        SEN_MEDIA_S3_BUCKET="sen-media",
        AWS_S3_CUSTOM_DOMAIN="media.sen.example.vn",
    )
    if importlib.util.find_spec("storages") is None:  # the optional "s3" extra
        assert result.returncode != 0
        assert 'pip install ".[s3]"' in result.stderr
    else:
        assert result.returncode == 0, result.stderr
        assert "https://media.sen.example.vn" in result.stdout


def test_production_without_a_bucket_keeps_media_on_our_own_site():
    result = _production_setting('settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]')
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[\"'self'\", 'data:']"

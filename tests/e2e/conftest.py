"""Browser tests: Playwright drives Debian's Chromium (no browser download) at phone size.

Every test here is transactional (the live server answers from another thread) with
``serialized_rollback`` so that Wagtail's root page, default site and locale, created by
migrations, come back after each flush.
"""

import mimetypes
import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections

from lms.models import Chapter
from tests.lms.factories import PASSWORD, ChapterFactory, MemberFactory

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 360, "height": 740}, "locale": "vi-VN"}
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(config, items):
    """Without Chromium the browser tests are skipped (CI installs it, so they run there)."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"needs Chromium at {CHROMIUM}: apt-get install chromium")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@contextmanager
def _django_beside_playwright():
    """Let the tests use Django's ORM while Playwright's sync API is started.

    Between its calls, Playwright leaves its asyncio loop marked as running in this thread.
    Django then sees an async context: its async-safety check refuses ORM calls, and its
    database connections (asgiref ``Local``s) switch to per-context storage, where fresh
    connections would stand in for the test database's (missing pytest-django's state and
    leaking connections). The calls are synchronous, so allow them, and put this thread's
    connections into that storage too. Both end with the browser.
    """
    wrappers = {alias: connections[alias] for alias in connections}
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield lambda: [connections.__setitem__(alias, w) for alias, w in wrappers.items()]
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """One Chromium per test module (it starts in under a second); it stops with the module,
    so no other test runs beside Playwright's loop (see ``_django_beside_playwright``)."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with _django_beside_playwright() as share_connections, sync_playwright() as playwright:
        share_connections()
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _serve_media(route, request):
    """Media files straight from MEDIA_ROOT: the live server does not serve them (DEBUG off)."""
    name = request.url.split("/media/", 1)[1].split("?", 1)[0]
    path = (Path(settings.MEDIA_ROOT) / name).resolve()
    if path.is_file() and path.is_relative_to(Path(settings.MEDIA_ROOT).resolve()):
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        route.fulfill(path=str(path), content_type=content_type)
    else:
        route.fulfill(status=404, body="")


@pytest.fixture
def new_phone(browser, live_server):
    """Open a fresh phone-sized browser context: ``new_phone(java_script_enabled=False)``."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(base_url=live_server.url, **PHONE, **options)
        context.set_default_timeout(TIMEOUT_MS)
        # Keep the live server's shared test connection to one request at a time where we can:
        # the favicon and media never need Django.
        context.route("**/favicon.ico", lambda route: route.fulfill(status=404, body=""))
        context.route("**/media/**", _serve_media)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def phone(new_phone):
    """A page in a 360x740 Vietnamese phone browser, JavaScript on."""
    return new_phone()


@pytest.fixture
def chapter(db):
    """A chapter at the bottom of a province > district > commune > chapter tree."""
    province = ChapterFactory(name="Hội LHPN tỉnh Hà Nam", kind=Chapter.Kind.PROVINCE)
    district = ChapterFactory(parent=province, name="Huyện Kim Bảng", kind=Chapter.Kind.DISTRICT)
    commune = ChapterFactory(parent=district, name="Xã Thụy Lôi", kind=Chapter.Kind.COMMUNE)
    return ChapterFactory(parent=commune, name="Chi hội thôn Bình Yên")


@pytest.fixture
def member(chapter):
    """A member of the chapter; her password is ``tests.lms.factories.PASSWORD``."""
    return MemberFactory(chapter=chapter, full_name="Trần Thị Mai").user


def sign_in(page, phone_number, password=PASSWORD):
    page.goto("/signin/")
    page.fill("#id_username", phone_number)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("button", name="Đăng xuất").wait_for()


@pytest.fixture(autouse=True)
def _content_types_cached(transactional_db):
    """Leave every content type in Django's cache for the next test's serialized rollback.

    Restoring the database after a flush builds Wagtail's approval task from the saved rows,
    and its ``__init__`` asks ``ContentType.objects.get_for_model()``: on a cold cache that
    inserts the content type row before the restore does, which then fails. Code that creates
    permissions (``load_demo`` does) empties the cache; fill it again before the flush.
    """
    yield
    ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)


# The trainer's side: the Wagtail admin on a laptop screen.
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "locale": "vi-VN"}


@pytest.fixture
def new_desktop(browser, live_server):
    """Open a fresh 1280x800 browser context: ``new_desktop(locale="en-GB")``."""
    contexts = []

    def open_page(**options):
        context = browser.new_context(base_url=live_server.url, **{**DESKTOP, **options})
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/favicon.ico", lambda route: route.fulfill(status=404, body=""))
        context.route("**/media/**", _serve_media)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def trainer(home):
    """A member of the Trainers group: she may author courses under ``home`` and quizzes."""
    from django.contrib.auth.models import Group

    from lms.chapters.groups import TRAINERS_GROUP, ensure_trainers_group
    from tests.lms.factories import UserFactory

    ensure_trainers_group()
    user = UserFactory(is_staff=True, first_name="Hoa", last_name="Lê Thị")
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    return user


def sign_in_admin(page, phone_number, password=PASSWORD):
    """Sign in on the admin's own sign-in page; lands on the dashboard."""
    page.goto("/admin/login/")
    page.fill("#id_username", phone_number)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")

"""A crawl of the whole site over the demo, as an anonymous visitor, a member and her leader.

Every URL pattern (found by walking the resolver, so views added later are crawled too) is
opened with its arguments filled from real objects (chapter codes, invite codes, quiz, lesson,
attempt and certificate ids of the viewer *and of people outside her scope*), then every live
page, then the same-site links found on the pages (breadth first, bounded). Checked:

- no response is a server error (500);
- no page shows the name or the phone number (any spelling: +84…, 0…, grouped, masked) of a
  member outside what the viewer may see (``lms.chapters.scope.can_see``); an anonymous visitor
  sees no member's name or phone at all.

One exception by design: the public certificate verify page, opened with a certificate's
code, shows that certificate's holder name (it is what the code is for; never her phone).
Excel exports are opened and their cells searched; PDFs and pictures are not searched.
"""

import io
import json
import re
import sys
import traceback
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.signals import got_request_exception
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.urls.converters import IntConverter
from wagtail.models import Page, Revision

from courses.models import LessonPage
from courses.services import lesson_complete
from demo import people as demo
from lms.chapters.scope import can_see
from lms.members.phones import format_phone, mask_phone
from lms.models import Chapter, Member
from quizzes.models import Attempt, Quiz
from quizzes.services import attempt_start, attempt_submit
from tests.lms.factories import MemberFactory
from tests.urlwalk import combinations, routes

pytestmark = pytest.mark.django_db

MAX_VARIANTS = 6  # argument combinations tried per URL pattern
MAX_LINKED_PAGES = 150  # pages reached by following links, per viewer
SKIP_PREFIXES = ("/static/", "/media/", "/documents/")
HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"'#]+)""", re.IGNORECASE)
# Wagtail's "failwhale" raises on purpose so that admins can test their error reporting.
DELIBERATE_ERRORS = {"wagtailadmin_error_test"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class World:
    chapter_a: Chapter
    member: object  # a member of chapter A with no role
    leader: object  # the leader of chapter A
    outsiders: list  # members outside chapter A's scope made for the test
    values: dict = field(default_factory=dict)  # parameter name -> candidate values
    certificates: dict = field(default_factory=dict)  # code -> holder's name


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("crawl-media")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, demo_media):
    """The demo's pictures stay where the module's demo put them (overrides the conftest's)."""
    settings.MEDIA_ROOT = demo_media


def _take_quiz(user, quiz):
    attempt = attempt_start(user=user, quiz=quiz)
    answers = {
        q["id"]: frozenset(c["id"] for c in q["choices"] if c["correct"])
        for q in attempt.snapshot["questions"]
    }
    attempt_submit(attempt_id=attempt.pk, user=user, answers=answers)
    return attempt


def _finish_everything(user):
    """Complete every lesson (passing their quizzes) and final quiz: she shows up everywhere."""
    for lesson in LessonPage.objects.live().specific().order_by("path"):
        if lesson.quiz_id:
            _take_quiz(user, lesson.quiz)
        else:
            lesson_complete(user=user, lesson=lesson)
    for quiz in Quiz.objects.all():
        if not Attempt.objects.filter(user=user, quiz=quiz).exists():
            _take_quiz(user, quiz)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, demo_media):
    """The demo, plus two members outside chapter A with names no page should show them.

    Loaded once for the module inside a transaction that is rolled back at the end.
    """
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=demo_media):
        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
            leader = get_user_model().objects.get(
                phone=demo.demo_member_phone(demo.LEADER_MEMBER_NUMBER)
            )
            chapter_a = leader.member.chapter
            member = (
                Member.objects.filter(chapter=chapter_a, user__roles__isnull=True)
                .exclude(user=leader)
                .first()
                .user
            )
            others = Chapter.objects.filter(kind=Chapter.Kind.CHAPTER).exclude(pk=chapter_a.pk)
            sibling = others.filter(path__startswith=chapter_a.path[: -chapter_a.steplen]).first()
            far = others.exclude(path__startswith=chapter_a.path[: -2 * chapter_a.steplen]).first()
            outsiders = []
            for chapter, name, phone in (
                (sibling or far, "Đinh Thị Cùng Xã Bí Mật", "+84387650001"),
                (far, "Quách Thị Huyện Khác Bí Mật", "+84387650002"),
            ):
                user = MemberFactory(chapter=chapter, full_name=name, user__phone=phone).user
                _finish_everything(user)
                outsiders.append(user)
            for user in (member, *outsiders):
                _finish_everything(user)
            built = World(chapter_a=chapter_a, member=member, leader=leader, outsiders=outsiders)
            _collect_values(built)
            yield built
            transaction.set_rollback(True)


def _collect_values(world):
    inside = world.member
    outside = world.outsiders[-1]
    chapter_codes = [
        world.chapter_a.code,
        *(user.member.chapter.code for user in world.outsiders),
        *Chapter.objects.exclude(kind=Chapter.Kind.CHAPTER).values_list("code", flat=True)[:3],
    ]
    certificate_codes = []
    certificate = apps.get_model("lms", "Certificate") if _has_model("lms", "Certificate") else None
    if certificate is not None:
        for user in (inside, world.leader, outside):
            for code, name in certificate.objects.filter(user=user).values_list(
                "code", "full_name"
            )[:1]:
                certificate_codes.append(code)
                world.certificates[code] = name
    lessons = list(LessonPage.objects.live().order_by("path").values_list("pk", flat=True))
    pages = [Page.objects.filter(depth=2).first().pk, *lessons[:1]]
    attempts = [
        Attempt.objects.filter(user=user).values_list("pk", flat=True).first()
        for user in (inside, outside)
    ]
    world.values = {
        "code": chapter_codes + certificate_codes,
        "invite_code": [
            world.chapter_a.invite_code,
            outside.member.chapter.invite_code,
        ],
        "lesson_id": lessons[:2],
        "quiz_id": list(Quiz.objects.values_list("pk", flat=True)[:1]),
        "attempt_id": [pk for pk in attempts if pk],
        "page_id": pages,
        "parent_page_id": pages[:1],
        "page_pk": pages,
        "member_id": [inside.member.pk, outside.member.pk],
        "user_id": [inside.pk, outside.pk],
        "course_id": list(Page.objects.live().filter(depth=3).values_list("pk", flat=True)[:1]),
        "revision_id": list(Revision.objects.values_list("pk", flat=True)[:1]),
        "filter_spec": ["original"],
        "content_type_app_name": ["courses"],
        "content_type_model_name": ["lessonpage"],
        "app_label": ["lms"],
        "app_name": ["lms"],
        "model_name": ["member"],
    }
    outsider_pks = {
        Member: [u.member.pk for u in world.outsiders],
        get_user_model(): [u.pk for u in world.outsiders],
        Chapter: [u.member.chapter.pk for u in world.outsiders],
    }
    world.values["_model_pks"] = outsider_pks


def _has_model(app_label, name):
    try:
        apps.get_model(app_label, name)
    except LookupError:
        return False
    return True


def make_candidates(world):
    def candidates(route, name, converter):
        if name in world.values:
            return world.values[name]
        model = route.model
        if name == "pk" and model is not None:
            pks = list(model._default_manager.order_by("pk").values_list("pk", flat=True)[:1])
            pks += world.values["_model_pks"].get(model, [])
            return pks or None
        if name == "pk" or name.endswith("_id") or isinstance(converter, IntConverter):
            # Ids look like ids: Wagtail's admin answers 500 to "/chosen/x/" (not ours to fix).
            return [1]
        return None

    return candidates


# What each viewer must not see ---------------------------------------------------------------


def spellings(phone):
    national = phone[3:]
    return {phone, phone[1:], "0" + national, format_phone(phone), mask_phone(phone)}


def identifiers(user):
    names = {user.member.full_name} if hasattr(user, "member") else set()
    full = user.get_full_name()
    if full:
        names.add(full)
    return {n for n in names if len(n) >= 6}, spellings(user.phone)


def secrets_for(viewer):
    """(names, phone spellings) this viewer must not see, and those she may see."""
    hidden_names, hidden_phones, shown_names, shown_phones = set(), set(), set(), set()
    for member in Member.objects.select_related("user", "chapter"):
        names, phones = identifiers(member.user)
        if viewer is None:
            allowed = False
        elif member.user_id == viewer.pk:
            allowed = True
        else:
            own = getattr(getattr(viewer, "member", None), "chapter_id", None)
            allowed = member.chapter_id == own or can_see(viewer, member.chapter)
        if allowed:
            shown_names |= names
            shown_phones |= phones
        else:
            hidden_names |= names
            hidden_phones |= phones
    # A name two people share (or a mask two numbers share) proves nothing either way.
    return hidden_names - shown_names, hidden_phones - shown_phones


def readable_text(response):
    content_type = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if content_type.startswith(XLSX):
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(body), read_only=True)
        return "\n".join(
            " ".join("" if v is None else str(v) for v in row)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    if "json" in content_type:
        try:
            return json.dumps(json.loads(body), ensure_ascii=False)
        except ValueError:
            return body.decode("utf-8", "replace")
    if content_type.startswith(("text/", "application/javascript", "image/svg")):
        text = body.decode("utf-8", "replace")
        return text.replace("&nbsp;", " ").replace("\xa0", " ").replace("&#x27;", "'")
    return ""  # PDFs, pictures


# The crawl ---------------------------------------------------------------------------------------


@dataclass
class Crawl:
    client: Client
    viewer: object
    hidden: tuple
    certificates: dict
    seen: set = field(default_factory=set)
    errors: list = field(default_factory=list)
    leaks: list = field(default_factory=list)
    signed_out: list = field(default_factory=list)
    pages: dict = field(default_factory=dict)  # path -> html, for following links

    def open(self, path):
        if path in self.seen or path.startswith(SKIP_PREFIXES):
            return
        self.seen.add(path)
        failures = []

        def record(sender, request=None, **kwargs):
            failures.append("".join(traceback.format_exception(*sys.exc_info())[-3:]))

        got_request_exception.connect(record, weak=False, dispatch_uid="crawl")
        try:
            response = self.client.get(path)
        finally:
            got_request_exception.disconnect(dispatch_uid="crawl")
        if self.viewer is not None and "_auth_user_id" not in self.client.session:
            if path != reverse("wagtailadmin_logout"):
                self.signed_out.append(path)  # a GET must not sign her out
            # Wagtail's admin logout answers a GET with 405 but deletes the session cookie
            # anyway (wagtail/admin/views/account.py, LogoutView.dispatch): upstream's.
            self.client.force_login(self.viewer)
        if response.status_code >= 500:
            self.errors.append((path, response.status_code, *failures))
            return
        text = readable_text(response)
        allowed = {name for code, name in self.certificates.items() if code in path}
        names, phones = self.hidden
        for secret in (names - allowed) | phones:
            if secret in text:
                self.leaks.append((path, response.status_code, secret))
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            self.pages[path] = text


def same_site_links(base, html):
    for href in HREF.findall(html):
        url = urlsplit(urljoin("http://testserver" + base, href.strip()))
        if url.scheme in ("http", "https") and url.netloc == "testserver":
            yield url.path + (f"?{url.query}" if url.query else "")


def crawl(world, viewer):
    client = Client(raise_request_exception=False)
    client.cookies["django_language"] = "en"
    if viewer is not None:
        client.force_login(viewer)
    run = Crawl(client, viewer, secrets_for(viewer), world.certificates)
    candidates = make_candidates(world)
    patterns = 0
    for route in routes():
        if route.name == "wagtail_serve":
            continue  # the pages: every live page below
        if route.name in DELIBERATE_ERRORS:
            continue
        for values in combinations(route, candidates, MAX_VARIANTS):
            path = route.build(values)
            if path is not None:
                patterns += 1
                run.open(path)
    for page in Page.objects.live().specific():
        url = page.get_url()
        if url:
            run.open(url)
    queue = deque(["/", *run.pages])
    followed = 0
    while queue and followed < MAX_LINKED_PAGES:
        path = queue.popleft()
        if path not in run.seen:
            followed += 1
            run.open(path)
        for link in same_site_links(path, run.pages.get(path, "")):
            if link not in run.seen:
                queue.append(link)
    return run, patterns


VIEWERS = {
    "anonymous": lambda world: None,
    "member_of_a": lambda world: world.member,
    "leader_of_a": lambda world: world.leader,
}


@pytest.mark.parametrize("who", sorted(VIEWERS))
def test_crawl_finds_no_server_error_and_no_member_outside_her_scope(world, who):
    viewer = VIEWERS[who](world)
    run, patterns = crawl(world, viewer)
    assert patterns > 250  # every pattern of the site was opened
    assert len(run.pages) > 10  # and real pages were read, not only refusals
    assert run.errors == [], "\n".join(map(str, run.errors))
    assert run.leaks == []
    names, phones = run.hidden
    outsider_names, _ = identifiers(world.outsiders[0])
    assert outsider_names <= names  # the outsiders were among the things looked for
    assert run.signed_out == []  # no GET signed her out (which would hide pages from the crawl)


def test_the_leak_check_finds_members_where_they_are_shown(world):
    """The control: a page that rightly lists chapter A's members trips the anonymous check."""
    client = Client()
    client.force_login(world.leader)
    client.cookies["django_language"] = "en"
    response = client.get(reverse("lms:dashboard_node", args=[world.chapter_a.code]))
    assert response.status_code == 200
    text = readable_text(response)
    names, phones = secrets_for(None)
    assert any(name in text for name in names)
    assert any(phone in text for phone in phones)

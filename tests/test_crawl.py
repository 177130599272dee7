"""A crawl of the whole site as nine kinds of people, against a hand-written table of who may
see whom.

The world is small and fixed (``TREE``, ``PEOPLE``): a province with two districts, three
communes and four chapters, ten named members with distinct phone numbers, a leader, officials
at the commune, district and province levels, a trainer, a plain member and a superuser.
``SEES`` says, for each viewer, exactly which members she may see and whether their phone
numbers are shown in full, masked or not at all (the rule of the leader's dashboard: a
chapter's own leader and superusers see full numbers, officials masked ones; a trainer sees
the names in the learning records she may correct, no numbers). It is
written by hand: nothing here asks ``lms.chapters.scope``.

Every URL pattern (found by walking the resolver, so views added later are crawled too) is
opened with its arguments filled from every person's ids, every node's codes, every invite
code and every certificate code; then every live page and the same-site links found on the
pages. Our views and the union's admin views are also sent an empty POST (in a savepoint
that is rolled back), which renders the pages forms show after a post (the leader's
reset-code page for each member, the admin's edit forms, a member's learning record); the
member import is sent a file naming every member's phone number and its preview is read.
A campaign's reminders were sent to every member, so the "reminders sent" pages list
people. HTML, JSON, text, CSV, workbooks (openpyxl) and PDFs (pypdf) are searched.
Checked, per viewer:

- no response is a server error;
- no member outside her row of ``SEES`` appears (name, or phone in any spelling: +84…, 84…,
  0…, grouped, dotted, masked); for a member she sees masked, no full spelling appears;
- and the other way round, every member of her row does appear (name, and phone in the form
  the table says) somewhere in the crawl: the crawl reached the pages that show people;
- certificates: her certificate page and PDF answer only her; the public verify page shows
  the holder's name (what a code is for) and never a phone number.
"""

import csv
import datetime as dt
import io
import json
import re
import sys
import traceback
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import got_request_exception
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.urls.converters import IntConverter
from django.utils import timezone
from wagtail.models import Page, Revision, Site

from courses.services import lesson_complete
from lms.chapters import memberships
from lms.chapters.groups import ensure_officials_group, ensure_trainers_group
from lms.models import Campaign, CampaignReminder, Certificate, Chapter, Member, Role
from quizzes.models import Attempt
from quizzes.services import attempt_start, attempt_submit
from tests.courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory
from tests.quizzes.factories import QuizFactory
from tests.urlwalk import combinations, routes

pytestmark = pytest.mark.django_db

MAX_VARIANTS = 16  # argument combinations tried per URL pattern (every member's id fits)
MAX_LINKED_PAGES = 150  # pages reached by following links, per viewer
SKIP_PREFIXES = ("/static/", "/media/", "/documents/")
HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"'#]+)""", re.IGNORECASE)
# Wagtail's "failwhale" raises on purpose so that admins can test their error reporting.
DELIBERATE_ERRORS = {"wagtailadmin_error_test"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# The world, by hand ------------------------------------------------------------------------

# key: (kind, name, parent key)
TREE = {
    "p": (Chapter.Kind.PROVINCE, "Tỉnh Hoa Sen", None),
    "d1": (Chapter.Kind.DISTRICT, "Huyện Đông Hải", "p"),
    "d2": (Chapter.Kind.DISTRICT, "Huyện Tây Sơn", "p"),
    "c1": (Chapter.Kind.COMMUNE, "Xã An Phú", "d1"),
    "c2": (Chapter.Kind.COMMUNE, "Xã Bình Minh", "d1"),
    "c3": (Chapter.Kind.COMMUNE, "Xã Cát Tiên", "d2"),
    "a": (Chapter.Kind.CHAPTER, "Chi hội Ấp Một", "c1"),
    "b": (Chapter.Kind.CHAPTER, "Chi hội Ấp Hai", "c1"),
    "c": (Chapter.Kind.CHAPTER, "Chi hội Ấp Ba", "c2"),
    "d": (Chapter.Kind.CHAPTER, "Chi hội Ấp Bốn", "c3"),
}

# key: (full name or None for people without a member profile, phone, chapter, roles,
#       course progress: "done" finishes the course (certificate), "started" one lesson)
PEOPLE = {
    "lan": ("Lê Thị Ngọc Lan", "+84981000101", "a", (), "done"),  # the plain member
    "mai": ("Phạm Thị Tuyết Mai", "+84982000202", "a", (("leader", "a"),), "done"),
    "hoa": ("Võ Thị Quỳnh Hoa", "+84983000303", "a", (), "started"),
    "cuc": ("Đặng Thị Kim Cúc", "+84984000404", "b", (("leader", "b"),), ""),
    "oanh": ("Bùi Thị Kiều Oanh", "+84985000505", "b", (("official", "c1"),), "started"),
    "dao": ("Hồ Thị Bích Đào", "+84986000606", "b", (), "done"),
    "hue": ("Ngô Thị Thanh Huệ", "+84987000707", "c", (), "started"),
    "trang": ("Dương Thị Thu Trang", "+84988000808", "c", (("trainer", "p"),), ""),
    "lien": ("Lý Thị Bạch Liên", "+84989000909", "d", (("leader", "d"),), ""),
    "sen": ("Trịnh Thị Hồng Sen", "+84971000111", "d", (), "done"),
    "vy": (None, "+84972000222", None, (("official", "d1"),), ""),
    "thu": (None, "+84973000333", None, (("official", "p"),), ""),
    "admin": (None, "+84974000444", None, (), ""),  # the superuser
}
MEMBERS = {key for key, person in PEOPLE.items() if person[2]}
IN = {chapter: {key for key in MEMBERS if PEOPLE[key][2] == chapter} for chapter in ("a", "b", "c")}
FULL, MASKED, NAME = "full", "masked", "name only"

# Who may see whom, and how her phone number is shown: {viewer: {member: FULL or MASKED}}.
SEES = {
    "anonymous": {},
    "lan": {"lan": FULL},  # a plain member sees herself, not her chapter-mates
    "mai": dict.fromkeys(IN["a"], FULL),  # chapter A's leader: A, full numbers
    "oanh": {**dict.fromkeys(IN["a"] | IN["b"], MASKED), "oanh": FULL},  # commune C1
    "vy": dict.fromkeys(IN["a"] | IN["b"] | IN["c"], MASKED),  # district D1
    "thu": dict.fromkeys(MEMBERS, MASKED),  # the province
    # A trainer of the province authors courses and may take back a lesson completion of
    # anyone beneath her node: their learning records show names, never phone numbers.
    "trang": {**dict.fromkeys(MEMBERS, NAME), "trang": FULL},
    "admin": dict.fromkeys(MEMBERS, FULL),
}
VIEWERS = sorted(SEES)


def full_spellings(phone):
    """Every way a page may write a full number: +84981000101, 84981000101, 0981000101,
    981000101, 0981 000 101, 0981.000.101, 0981-000-101."""
    national = "0" + phone[3:]
    grouped = (national[:4], national[4:7], national[7:])
    return {phone, phone[1:], national, national[1:], *(sep.join(grouped) for sep in " .-")}


def masked(phone):
    """The masked form, written out here (``lms.members.phones.mask_phone`` is under test)."""
    national = "0" + phone[3:]
    return f"{national[:4]} *** {national[-3:]}"


@dataclass
class World:
    users: dict  # person key -> user
    chapters: dict  # tree key -> Chapter
    certificates: dict  # code -> holder's key
    values: dict = field(default_factory=dict)  # URL parameter name -> candidate values
    model_pks: dict = field(default_factory=dict)  # model -> pks to try for "pk"


@pytest.fixture(scope="module")
def crawl_media(tmp_path_factory):
    return tmp_path_factory.mktemp("crawl-media")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, crawl_media):
    settings.MEDIA_ROOT = crawl_media


def _take_quiz(user, quiz):
    attempt = attempt_start(user=user, quiz=quiz)
    answers = {
        q["id"]: frozenset(c["id"] for c in q["choices"] if c["correct"])
        for q in attempt.snapshot["questions"]
    }
    attempt_submit(attempt_id=attempt.pk, user=user, answers=answers)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        index = CourseIndexPageFactory(parent=Page.get_first_root_node(), title="Học", slug="hoc")
        Site.objects.filter(is_default_site=True).update(root_page=index)
        course = CoursePageFactory(parent=index, title="Khóa học an toàn trên mạng")
        quiz = QuizFactory(title="Kiểm tra cuối bài")
        first = LessonPageFactory(parent=course, title="Bài một")
        second = LessonPageFactory(parent=course, title="Bài hai", quiz=quiz)
        ensure_trainers_group()
        ensure_officials_group()
        chapters = {}
        for key, (kind, name, parent) in TREE.items():
            chapters[key] = ChapterFactory(
                parent=chapters.get(parent), kind=kind, name=name, code=f"ma-{key}"
            )
        users = {}
        for key, (name, phone, chapter, roles, progress) in PEOPLE.items():
            if name:
                user = MemberFactory(
                    chapter=chapters[chapter], full_name=name, user__phone=phone
                ).user
            else:
                user = UserFactory(phone=phone, is_superuser=key == "admin", is_staff=True)
            for kind, node in roles:
                memberships.role_grant(user=user, node=chapters[node], kind=kind)
            if progress:
                lesson_complete(user=user, lesson=first, course=course)
            if progress == "done":
                _take_quiz(user, quiz)
            users[key] = user
        # A campaign over the province whose reminders were sent to every member: the
        # "reminders sent" pages list them.
        today = timezone.localdate()
        campaign = Campaign.objects.create(
            name="Chiến dịch an toàn mạng",
            node=chapters["p"],
            starts_on=today - dt.timedelta(days=20),
            due_on=today + dt.timedelta(days=3),
        )
        campaign.courses.add(course)
        campaign.save()
        CampaignReminder.objects.bulk_create(
            CampaignReminder(
                member=users[key].member,
                campaign=campaign,
                planned_on=today,
                sent_at=timezone.now(),
            )
            for key in sorted(MEMBERS)
        )
        holders = {user.pk: key for key, user in users.items()}
        certificates = {
            code: holders[user_id]
            for code, user_id in Certificate.objects.values_list("code", "user")
        }
        built = World(users=users, chapters=chapters, certificates=certificates)
        _collect_values(built, pages=[index, course, first, second], quiz=quiz)
        yield built
        transaction.set_rollback(True)


def _collect_values(world, *, pages, quiz):
    members = [user.member for key, user in world.users.items() if key in MEMBERS]
    page_ids = [page.pk for page in pages]
    world.values = {
        "code": [chapter.code for chapter in world.chapters.values()],
        "invite_code": [chapter.invite_code for chapter in world.chapters.values()],
        "lesson_id": page_ids[2:],
        "quiz_id": [quiz.pk],
        "attempt_id": list(Attempt.objects.order_by("pk").values_list("pk", flat=True)),
        "page_id": page_ids,
        "parent_page_id": page_ids[:2],
        "page_pk": page_ids,
        "member_id": [member.pk for member in members],
        "user_id": [user.pk for user in world.users.values()],
        "course_id": [page_ids[1]],
        "revision_id": list(Revision.objects.values_list("pk", flat=True)[:1]),
        "filter_spec": ["original"],
        "content_type_app_name": ["courses"],
        "content_type_model_name": ["lessonpage"],
        "app_label": ["lms"],
        "app_name": ["lms"],
        "model_name": ["member"],
    }
    world.model_pks = {
        Member: [member.pk for member in members],
        get_user_model(): [user.pk for user in world.users.values()],
        Chapter: [chapter.pk for chapter in world.chapters.values()],
        Role: list(Role.objects.values_list("pk", flat=True)),
        Certificate: list(Certificate.objects.values_list("pk", flat=True)),
        Campaign: list(Campaign.objects.values_list("pk", flat=True)),
    }


def make_candidates(world):
    def candidates(route, name, converter):
        if name == "code" and route.name and route.name.startswith("certificate"):
            return [*world.certificates, "SEN-2222-2222"]  # every holder's, and an unknown one
        if name in world.values:
            return world.values[name]
        model = route.model
        if name == "pk" and model is not None:
            pks = world.model_pks.get(model)
            if pks is None:
                pks = list(model._default_manager.order_by("pk").values_list("pk", flat=True)[:1])
            if pks:
                return pks
        if name == "pk" or name.endswith("_id") or isinstance(converter, IntConverter):
            # Ids look like ids: Wagtail's admin answers 500 to "/chosen/x/" (not ours to fix).
            return [1]
        return None

    return candidates


# Reading responses ---------------------------------------------------------------------------


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
    if content_type.startswith("application/pdf"):
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    if "json" in content_type:
        try:
            return json.dumps(json.loads(body), ensure_ascii=False)
        except ValueError:
            return body.decode("utf-8", "replace")
    if content_type.startswith(("text/", "application/javascript", "image/svg")):
        text = body.decode("utf-8", "replace")
        return text.replace("&nbsp;", " ").replace("\xa0", " ").replace("&#x27;", "'")
    return ""  # pictures


def leaks_in(text, viewer, *, allowed_names=(), typed_phones=()):
    """[(member, what)] shown against ``SEES[viewer]``, and what of hers was shown at all."""
    leaks, shown = [], set()
    row = SEES[viewer]
    for key in MEMBERS:
        name, phone = PEOPLE[key][:2]
        full = any(spelling in text for spelling in full_spellings(phone))
        mask = masked(phone) in text
        if name in text:
            shown.add((key, "name"))
            if key not in row and key not in allowed_names:
                leaks.append((key, "name"))
        if phone in typed_phones:
            continue  # the page repeats what she typed (the import preview)
        if full:
            shown.add((key, FULL))
            if row.get(key) != FULL:
                leaks.append((key, "full phone"))
        if mask:
            shown.add((key, MASKED))
            if row.get(key) not in (FULL, MASKED):
                leaks.append((key, "masked phone"))
    return leaks, shown


# The crawl -----------------------------------------------------------------------------------


@dataclass
class Crawl:
    world: World
    who: str
    client: Client
    seen: set = field(default_factory=set)
    errors: list = field(default_factory=list)
    leaks: list = field(default_factory=list)
    shown: set = field(default_factory=set)
    signed_out: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)  # path -> status of the GET
    pages: dict = field(default_factory=dict)  # path -> html, for following links

    @property
    def viewer(self):
        return self.world.users.get(self.who)

    def request(self, method, path, data=None, **extra):
        failures = []

        def record(sender, request=None, **kwargs):
            failures.append("".join(traceback.format_exception(*sys.exc_info())[-3:]))

        got_request_exception.connect(record, weak=False, dispatch_uid="crawl")
        try:
            response = getattr(self.client, method)(path, data or {}, **extra)
        finally:
            got_request_exception.disconnect(dispatch_uid="crawl")
        if response.status_code >= 500:
            self.errors.append((method, path, response.status_code, *failures))
        return response

    def _signed_in_again(self, path, *, may_sign_out):
        if self.viewer is not None and "_auth_user_id" not in self.client.session:
            if not may_sign_out:
                self.signed_out.append(path)  # a GET must not sign her out
            # Wagtail's admin logout answers a GET with 405 but deletes the session cookie
            # anyway (wagtail/admin/views/account.py, LogoutView.dispatch): upstream's.
            self.client.force_login(self.viewer)

    def check(self, method, path, response, **allowances):
        holders = {
            key
            for code, key in self.world.certificates.items()
            if code in path and "verify" in path
        }
        leaks, shown = leaks_in(
            readable_text(response), self.who, allowed_names=holders, **allowances
        )
        self.leaks += [(method, path, response.status_code, *leak) for leak in leaks]
        self.shown |= shown

    def open(self, path):
        if path in self.seen or path.startswith(SKIP_PREFIXES):
            return
        self.seen.add(path)
        response = self.request("get", path)
        self._signed_in_again(path, may_sign_out=path == reverse("wagtailadmin_logout"))
        self.statuses[path] = response.status_code
        if response.status_code >= 500:
            return
        self.check("GET", path, response)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            self.pages[path] = response.content.decode("utf-8", "replace")

    def post(self, path, data=None, *, then=None, **allowances):
        """POST (and optionally GET ``then`` afterwards) in a savepoint rolled back after."""
        with transaction.atomic():
            response = self.request("post", path, data)
            if response.status_code < 500:
                self.check("POST", path, response, **allowances)
            if then is not None and response.status_code < 500:
                followed = self.request("get", then)
                if followed.status_code < 500:
                    self.check("GET after POST", then, followed, **allowances)
            transaction.set_rollback(True)
        caches["throttles"].clear()  # sign-in failures counted by empty posts
        self._signed_in_again(path, may_sign_out=True)


OUR_APPS = {"lms", "courses", "quizzes", "offline", "core"}


def posted_to(route):
    """Is an empty POST to this pattern worth sending? Our views, and Wagtail's generic
    views of the union's models (members, chapters, roles: edit forms show people). Wagtail's
    page, snippet and image editors answer 500 to a post without their management fields
    (upstream's), and show no member."""
    model = route.model
    if model is not None:  # a generic admin view: the union's models only (no StreamFields)
        return model._meta.app_label == "lms"
    return (getattr(route.view, "__module__", "") or "").split(".")[0] in OUR_APPS


def same_site_links(base, html):
    for href in HREF.findall(html):
        url = urlsplit(urljoin("http://testserver" + base, href.strip()))
        if url.scheme in ("http", "https") and url.netloc == "testserver":
            yield url.path + (f"?{url.query}" if url.query else "")


def import_file():
    """A member list naming every member's phone (in the way a leader types it) under new
    names: what the preview says about numbers that already belong to someone."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Họ và tên", "Số điện thoại", "Mã chi hội", "Năm sinh", "Nghề nghiệp"])
    for index, key in enumerate(sorted(MEMBERS)):
        phone = PEOPLE[key][1]
        writer.writerow([f"Người Mới Số {index}", "0" + phone[3:], "ma-a", "1980", ""])
    return SimpleUploadedFile("danh-sach.csv", out.getvalue().encode(), content_type="text/csv")


def crawl(world, who):
    client = Client(raise_request_exception=False)
    client.cookies["django_language"] = "en"
    run = Crawl(world, who, client)
    if run.viewer is not None:
        client.force_login(run.viewer)
    caches["throttles"].clear()
    candidates = make_candidates(world)
    patterns, to_post = [], []
    for route in routes():
        if route.name == "wagtail_serve" or route.name in DELIBERATE_ERRORS:
            continue  # the pages: every live page below
        for values in combinations(route, candidates, MAX_VARIANTS):
            path = route.build(values)
            if path is not None:
                patterns.append(path)
                run.open(path)
                if posted_to(route):
                    to_post.append(path)
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
    # Pages forms show after a post: every pattern, empty; the import with every phone.
    for path in dict.fromkeys(to_post):
        run.post(path)
    run.post(
        reverse("lms:member_import"),
        {"file": import_file()},
        then=reverse("lms:member_import_preview"),
        typed_phones={PEOPLE[key][1] for key in MEMBERS},
    )
    return run, len(patterns)


def expected_shown(who):
    """What the crawl must find for her: each member of her row, by name and phone."""
    row = SEES[who]
    return {(key, "name") for key in row} | {(key, how) for key, how in row.items() if how != NAME}


@pytest.mark.parametrize("who", VIEWERS)
def test_crawl_shows_each_viewer_exactly_the_members_her_row_of_the_table_allows(world, who):
    run, patterns = crawl(world, who)
    assert patterns > 250  # every pattern of the site was opened
    assert len(run.pages) > 5  # and real pages were read, not only refusals
    problems = {
        "server errors": run.errors,
        "members shown against the table": run.leaks,
        # The other way round: whom she may see, the crawl found, in the table's form.
        "members of her row not found": sorted(expected_shown(who) - run.shown),
        "signed out by a GET": run.signed_out,  # which would hide pages from the crawl
    }
    assert problems == dict.fromkeys(problems, [])
    # Certificates: her page and PDF answer her alone; the verify page answers everyone.
    for code, holder in world.certificates.items():
        for name in ("lms:certificate", "lms:certificate_pdf"):
            status = run.statuses[reverse(name, args=[code])]
            if holder == who:
                assert status == 200, (name, code)
            elif who == "anonymous":
                assert status == 302, (name, code)  # to sign in
            else:
                assert status == 404, (name, code)
        assert run.statuses[reverse("lms:certificate_verify", args=[code])] == 200


def test_the_leak_check_finds_members_where_they_are_shown(world):
    """The control: chapter A's dashboard, read by its leader, shows A's members with full
    numbers; the same text would be a leak for a plain member, masked numbers are not a leak
    for the commune's official, and full ones are."""
    client = Client()
    client.force_login(world.users["mai"])
    client.cookies["django_language"] = "en"
    response = client.get(reverse("lms:dashboard_node", args=[world.chapters["a"].code]))
    assert response.status_code == 200
    text = readable_text(response)
    leaks, shown = leaks_in(text, "mai")
    assert leaks == []
    assert shown >= {(key, "name") for key in IN["a"]} | {(key, FULL) for key in IN["a"]}
    leaks, _shown = leaks_in(text, "lan")
    assert ("hoa", "name") in leaks
    assert ("hoa", "full phone") in leaks
    leaks, _shown = leaks_in(text, "oanh")
    assert ("hoa", "full phone") in leaks
    assert ("hoa", "name") not in leaks
    leaks, _shown = leaks_in(text.replace("0983 000 303", masked("+84983000303")), "oanh")
    assert ("hoa", "full phone") not in leaks

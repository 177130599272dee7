"""What a course needs on her phone to be read offline: the course page, its lessons, their
pictures and the lessons' quiz pages, each with its size in bytes (so she sees how much data
saving it costs before she agrees).

Sizes are measured, not guessed: each page is rendered for her as she would get it, and its
pictures are the files those pages point to. A page's measure is cached per (address,
revision, language, signed in or not): what differs between members (her ticks, her name) is
a few bytes.
"""

import copy
import hashlib
import re
from dataclasses import dataclass, field
from decimal import ROUND_UP, Decimal
from urllib.parse import quote, unquote, urlsplit

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import QueryDict
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from courses.models import LessonPage
from quizzes import offline_views, views
from quizzes.models import Quiz

# Lesson pictures come in several widths (srcset); a phone 360 px wide with a 2x screen, the
# common cheap Android, picks 720. The service worker answers any width from the saved one.
OFFLINE_IMAGE_WIDTH = 720
MEASURE_TTL = 24 * 60 * 60
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r'\ssrc="([^"]+)"')
_SRCSET = re.compile(r'\ssrcset="([^"]+)"')


@dataclass
class OfflineItem:
    url: str
    kind: str  # "page" or "image"
    bytes: int


@dataclass
class OfflineBundle:
    course_id: int
    title: str
    items: list = field(default_factory=list)

    @property
    def total_bytes(self):
        return sum(item.bytes for item in self.items)

    @property
    def version(self):
        """Changes when any address or size changes: her phone can tell a stale copy."""
        digest = hashlib.sha256()
        for item in self.items:
            digest.update(f"{item.url} {item.bytes}\n".encode())
        return digest.hexdigest()[:16]

    def as_json(self):
        return {
            "course": self.course_id,
            "title": self.title,
            "version": self.version,
            "total_bytes": self.total_bytes,
            "size_text": size_text(self.total_bytes),
            "items": [{"url": i.url, "kind": i.kind, "bytes": i.bytes} for i in self.items],
        }


def size_text(total_bytes):
    """The size in her language: "This will download about 1.2 MB." (at least 0.1 MB)."""
    megabytes = (Decimal(total_bytes) / Decimal(1_000_000)).quantize(
        Decimal("0.1"), rounding=ROUND_UP
    )
    megabytes = max(megabytes, Decimal("0.1"))
    return _("This will download about %(size)s MB.") % {
        "size": number_format(megabytes, decimal_pos=1, use_l10n=True)
    }


def _allowed(page_path, restrictions, request):
    """Wagtail's view restrictions (password, sign-in, groups) on the page or above it."""
    return all(r.accept_request(request) for r in restrictions if page_path.startswith(r.page.path))


def _restrictions(course, lessons):
    steplen = course.steplen
    paths = [course.path[:i] for i in range(steplen, len(course.path) + 1, steplen)]
    paths += [lesson.path for lesson in lessons]
    return list(PageViewRestriction.objects.filter(page__path__in=paths).select_related("page"))


def _link_next(url, next_url):
    # The same address the templates write (``?next={{ request.path|urlencode }}``).
    return f"{url}?next={quote(next_url, safe='/')}"


def _sub_request(request, url):
    """A GET of ``url`` as the member, for measuring: same user, session and language."""
    parts = urlsplit(url)
    sub = copy.copy(request)
    sub.META = {**request.META, "REQUEST_METHOD": "GET", "QUERY_STRING": parts.query}
    sub.method = "GET"
    sub.path = sub.path_info = parts.path
    sub.GET = QueryDict(parts.query)
    sub.POST = QueryDict()
    sub._messages = []  # rendering must not use up messages meant for her next page
    return sub


def _image_urls(html):
    """The picture each <img> of a page shows on a phone: the srcset candidate nearest
    OFFLINE_IMAGE_WIDTH from above (else the widest), or its src."""
    urls = []
    for tag in _IMG.findall(html):
        chosen = None
        srcset = _SRCSET.search(tag)
        if srcset:
            candidates = []
            for part in srcset.group(1).split(","):
                bits = part.split()
                if len(bits) == 2 and bits[1].endswith("w") and bits[1][:-1].isdigit():
                    candidates.append((int(bits[1][:-1]), bits[0]))
            wide_enough = sorted(c for c in candidates if c[0] >= OFFLINE_IMAGE_WIDTH)
            if wide_enough:
                chosen = wide_enough[0][1]
            elif candidates:
                chosen = max(candidates)[1]
        if chosen is None:
            src = _SRC.search(tag)
            chosen = src.group(1) if src else None
        # Pictures served from another site (a storage bucket) are left out: the service
        # worker keeps only this site's files (the site's CSP and quota rules stay simple).
        if chosen and chosen.startswith("/") and not chosen.startswith("//"):
            urls.append(chosen.replace("&amp;", "&"))
    return urls


def _file_size(url):
    """Bytes of an uploaded file from its address (0 if it is missing)."""
    prefix = default_storage.url("")
    if not url.startswith(prefix):
        return 0
    name = unquote(url[len(prefix) :].split("?", 1)[0])
    try:
        return default_storage.size(name)
    except (OSError, NotImplementedError):
        return 0


def _measure(request, url, view, version):
    """(page bytes, [(image url, bytes)]) of ``view`` rendered at ``url`` for her."""
    key = (
        "offline-measure:"
        + hashlib.sha256(
            f"{url}|{version}|{get_language()}|{request.user.is_authenticated}".encode()
        ).hexdigest()
    )
    measured = cache.get(key)
    if measured is None:
        response = view(_sub_request(request, url))
        if hasattr(response, "render"):
            response.render()
        if response.status_code != 200:
            return None
        html = response.content.decode(response.charset or "utf-8")
        images = [(src, _file_size(src)) for src in dict.fromkeys(_image_urls(html))]
        measured = (len(response.content), images)
        cache.set(key, measured, MEASURE_TTL)
    return measured


def course_bundle(*, course, request):
    """The course's offline bundle for this member: live lessons she may read, their
    pictures, and (when she is signed in) their live quizzes' pages."""
    lessons = list(LessonPage.objects.live().child_of(course).order_by("path"))
    restrictions = _restrictions(course, lessons)
    bundle = OfflineBundle(course_id=course.pk, title=course.title)
    if not _allowed(course.path, restrictions, request):
        return None
    lessons = [lesson for lesson in lessons if _allowed(lesson.path, restrictions, request)]
    quiz_ids = {lesson.quiz_id for lesson in lessons if lesson.quiz_id}
    quizzes = {}
    if quiz_ids and request.user.is_authenticated:
        quizzes = {
            q.pk: q
            for q in Quiz.objects.filter(pk__in=quiz_ids, live=True).only("pk", "live_revision")
        }
    seen = set()

    def add(url, view, version):
        if not url or url in seen:
            return
        measured = _measure(request, url, view, version)
        if measured is None:
            return
        seen.add(url)
        page_bytes, images = measured
        bundle.items.append(OfflineItem(url=url, kind="page", bytes=page_bytes))
        for src, size in images:
            if src not in seen:
                seen.add(src)
                bundle.items.append(OfflineItem(url=src, kind="image", bytes=size))

    course_version = max(
        [course.last_published_at, *(lesson.last_published_at for lesson in lessons)],
        key=lambda at: at.timestamp() if at else 0,
    )
    add(course.get_url(request), course.serve, f"course:{course.pk}:{course_version}")
    for lesson in lessons:
        lesson_url = lesson.get_url(request)
        add(lesson_url, lesson.serve, f"lesson:{lesson.pk}:{lesson.live_revision_id}")
        quiz = quizzes.get(lesson.quiz_id)
        if quiz is None:
            continue
        version = f"quiz:{quiz.pk}:{quiz.live_revision_id}"
        detail = _link_next(reverse("quizzes:detail", args=[quiz.pk]), lesson_url)
        add(detail, lambda r, q=quiz.pk: views.quiz_detail(r, q), version)
        answer = _link_next(reverse("quizzes:offline", args=[quiz.pk]), lesson_url)
        add(answer, lambda r, q=quiz.pk: offline_views.quiz_offline(r, q), version)
    return bundle

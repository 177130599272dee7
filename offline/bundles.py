"""Saving a course to her phone: the list of addresses to fetch, each with its size in bytes,
so that she sees how much data saving it costs before she agrees.

Apps say which pages a course needs (:class:`SavedPage`: an address, a version and how to
render it for her, from the app's own templates); this module measures them and finds the
pictures they show. Sizes are measured, not guessed: each page is rendered for her as she
would get it, and its pictures are the files those pages point to. A page's measure is cached
per (address, version, language, signed in or not): what differs between members (her ticks,
her name) is a few bytes.
"""

import copy
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_UP, Decimal
from urllib.parse import unquote, urlsplit

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# Lesson pictures come in several widths (srcset); a phone 360 px wide with a 2x screen, the
# common cheap Android, picks 720. The service worker answers any width from the saved one.
OFFLINE_IMAGE_WIDTH = 720
MEASURE_TTL = 24 * 60 * 60
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r'\ssrc="([^"]+)"')
_SRCSET = re.compile(r'\ssrcset="([^"]+)"')


@dataclass(frozen=True)
class SavedPage:
    """A page a saved course needs.

    ``version`` changes whenever what the page shows does (a revision id, a publication
    time): it keys the cached measure. ``render`` takes a GET request for ``url`` made as her
    (:func:`page_request`) and returns the response she would get; it is called only when
    the measure is not cached. Each app renders its own pages.
    """

    url: str
    version: str
    render: Callable[[HttpRequest], HttpResponse]


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
        """What ``GET /offline/courses/<id>/`` answers; offline.js reads it."""
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


def page_request(request, url):
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


def image_urls(html):
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


def file_size(url):
    """Bytes of an uploaded file from its address (0 if it is missing)."""
    prefix = default_storage.url("")
    if not url.startswith(prefix):
        return 0
    name = unquote(url[len(prefix) :].split("?", 1)[0])
    try:
        return default_storage.size(name)
    except (OSError, NotImplementedError):
        return 0


def measure(request, page):
    """(page bytes, [(image url, bytes)]) of ``page`` rendered for her, or None when she
    would not get it (any answer but 200)."""
    key = (
        "offline-measure:"
        + hashlib.sha256(
            f"{page.url}|{page.version}|{get_language()}|{request.user.is_authenticated}".encode()
        ).hexdigest()
    )
    measured = cache.get(key)
    if measured is None:
        response = page.render(page_request(request, page.url))
        if hasattr(response, "render"):
            response.render()
        if response.status_code != 200:
            return None
        html = response.content.decode(response.charset or "utf-8")
        images = [(src, file_size(src)) for src in dict.fromkeys(image_urls(html))]
        measured = (len(response.content), images)
        cache.set(key, measured, MEASURE_TTL)
    return measured


def course_bundle(*, course_id, title, pages, request):
    """The bundle of a course: ``pages`` (:class:`SavedPage`, in reading order) measured for
    her, each followed by the pictures it shows that no earlier page showed. A page she
    would not get is left out."""
    bundle = OfflineBundle(course_id=course_id, title=title)
    seen = set()
    for page in pages:
        if not page.url or page.url in seen:
            continue
        measured = measure(request, page)
        if measured is None:
            continue
        seen.add(page.url)
        page_bytes, images = measured
        bundle.items.append(OfflineItem(url=page.url, kind="page", bytes=page_bytes))
        for src, size in images:
            if src not in seen:
                seen.add(src)
                bundle.items.append(OfflineItem(url=src, kind="image", bytes=size))
    return bundle

"""The installable app: web app manifest, service worker and the page shown offline.

The service worker is a static file (offline/static/offline/sw.js) served from the site root
(see offline/urls.py), so that its scope is the whole site; the browser checks it for
updates on each visit.
"""

from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

THEME_COLOUR = "#9d174d"


@require_safe
@cache_control(no_cache=True)
def webmanifest(request):
    icons = [
        ("offline/icons/icon-192.png", "192x192", "any"),
        ("offline/icons/icon-512.png", "512x512", "any"),
        ("offline/icons/icon-maskable-512.png", "512x512", "maskable"),
    ]
    data = {
        "name": "Sen",
        "short_name": "Sen",
        "description": _(
            "Short digital-skills lessons for women's union members: selling online, "
            "account safety, social media."
        ),
        "lang": get_language(),
        "dir": "rtl" if get_language_bidi() else "ltr",
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static(name), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for name, sizes, purpose in icons
        ],
    }
    return JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )


def _read_service_worker():
    found = finders.find("offline/sw.js")
    if found:
        with open(found, "rb") as source:
            return source.read()
    with staticfiles_storage.open("offline/sw.js") as source:  # collected, without the finders
        return source.read()


_service_worker_source = cache(_read_service_worker)


@require_safe
@cache_control(no_cache=True)
def service_worker(request):
    source = _read_service_worker() if settings.DEBUG else _service_worker_source()
    response = HttpResponse(source, content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_safe
def offline_page(request):
    """Shown for a page she did not save, when there is no connection (the service worker
    keeps a copy of this page from the start)."""
    return render(request, "offline/offline_page.html")

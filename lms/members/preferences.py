"""Display preferences a member keeps on her phone (larger text), and how lessons are marked.

The choice lives in a cookie, not on her account: it belongs to the phone she reads on, it
works before she signs in, and it survives signing out and in again. Set with a plain POST
form (no JavaScript), like Django's language form.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_info
from django.views.decorators.http import require_POST

TEXT_SIZE_COOKIE = "sen_text_size"
TEXT_SIZES = ("normal", "large")
ONE_YEAR = 365 * 24 * 60 * 60


def current_text_size(request):
    size = request.COOKIES.get(TEXT_SIZE_COOKIE)
    return size if size in TEXT_SIZES else "normal"


def display(request):
    """Context processor for the base template and the lesson page.

    ``text_size``: "normal" or "large". ``content_language`` and ``content_direction``: the
    language lessons are written in, so that a page shown in another language can mark them
    (``lang``, ``dir``): a screen reader then reads them with the right voice, and Vietnamese
    stays left to right inside an Arabic page.
    """
    content_language = settings.WAGTAIL_CONTENT_LANGUAGES[0][0]
    return {
        "text_size": current_text_size(request),
        "content_language": content_language,
        "content_direction": "rtl" if get_language_info(content_language)["bidi"] else "ltr",
    }


def _safe_next(request):
    for candidate in (request.POST.get("next"), request.headers.get("referer")):
        if candidate and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return candidate
    return "/"


@require_POST
def set_text_size(request):
    """Remember the text size she chose on this phone, then go back to the page she was on."""
    response = HttpResponseRedirect(_safe_next(request))
    size = request.POST.get("size")
    if size in TEXT_SIZES:
        # "normal" removes the cookie, with the same flags (Django's delete_cookie would
        # drop Secure): in production every cookie is Secure, like the session's.
        response.set_cookie(
            TEXT_SIZE_COOKIE,
            size if size == "large" else "",
            max_age=ONE_YEAR if size == "large" else 0,
            samesite="Lax",
            httponly=True,
            secure=settings.SESSION_COOKIE_SECURE or request.is_secure(),
        )
    return response

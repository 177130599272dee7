from urllib.parse import unquote_to_bytes

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control

from core.throttles import Throttled
from lms.errors import too_many_requests

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Vietnamese unless the member chose another language (the language cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language, and many
    members' phones are set to English even though they read Vietnamese best.
    """

    def process_request(self, request):
        supported = {code for code, _name in settings.LANGUAGES}
        code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if code not in supported:
            code = settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()


class RejectNulMiddleware:
    """A NUL character in the address, the query or a form field answers 400, for every view.

    PostgreSQL cannot store or even compare text holding NUL, so such a value would reach a
    query and answer 500; no real member types one. Runs once her language and her session
    are known, so the page is in her language and shows who is signed in. Uploaded files are
    not read here: their readers clean what they take from them
    (``lms.imports.files.cell_text``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _holds_nul(request):
            return render(request, "400.html", status=400)
        return self.get_response(request)


def _holds_nul(request):
    if "\x00" in request.path_info or b"\x00" in unquote_to_bytes(
        request.META.get("QUERY_STRING", "")
    ):
        return True
    if request.method == "POST" and request.content_type in FORM_TYPES:
        return any("\x00" in key or "\x00" in value for key, value in _form_items(request))
    return False


def _form_items(request):
    for key, values in request.POST.lists():
        for value in values:
            yield key, value


def _is_preview(request):
    """Wagtail serves a preview through a handler of its own that sets ``is_preview`` on the
    request it builds (``PreviewableMixin.make_preview_request``); no client can set it."""
    return getattr(request, "is_preview", False) is True


class PreviewFramingCSPMiddleware(CSPMiddleware):
    """The site's policy, except that a preview may be framed by the admin (same origin).

    A preview renders the page's own URL, so the policy's ``frame-ancestors 'none'`` and
    Django's ``X-Frame-Options: DENY`` would leave the admin's live preview panel blank;
    every other response keeps both. Listed before Django's XFrameOptionsMiddleware, so it
    sees the response after that one.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if _is_preview(request) and not report_only:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts

    def process_response(self, request, response):
        if _is_preview(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)


class PrivateCacheMiddleware:
    """Every response to a signed-in person is ``Cache-Control: private``: her pages (her
    learning, her account, dashboards, certificates, quiz results) show her name, her ticks
    or her chapter's members, and the layout of every page shows who is signed in. A shared
    cache (a proxy, a CDN) must not keep them; her own browser and the offline app may
    (``offline/static/offline/sw.js`` refuses only ``no-store``). One place, so a new
    personal page cannot forget it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Only when her session was read (the page asked who she is): a response that never
        # looked (a 500 page, a static file) does not load it now, from a database that may
        # be the reason for the 500.
        session = getattr(request, "session", None)
        if session is not None and session.accessed and request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response


class ThrottledMiddleware:
    """A view that raised ``core.throttles.Throttled`` answers with the 429 page (in her
    language, in the site's layout), whichever app the view belongs to."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Throttled):
            return None
        return too_many_requests(
            request, message=exception.message, retry_after=exception.retry_after
        )


class SecureCookiesMiddleware:
    """Where the site is served over HTTPS (``SESSION_COOKIE_SECURE``, production), every
    cookie goes out Secure, those Django removes included: it sends a removed cookie (the
    session's at sign-out, a spent messages cookie) without Secure unless its name starts with
    ``__Secure-``. One place, so no cookie of ours or of a library can slip out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.SESSION_COOKIE_SECURE:
            for morsel in response.cookies.values():
                morsel["secure"] = True
        return response

"""Certificate pages: hers (with the PDF and share links) and the public verify page.

Her certificate page and PDF answer only her (anyone else gets a 404, so a code says nothing
about whose it is). The verify page is public by design: it confirms name, course, date and
chapter, never her phone number.
"""

import hashlib

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core import throttles
from lms.certificates.pdf import certificate_pdf, completion_date
from lms.certificates.picture import certificate_share_picture
from lms.certificates.services import certificate_by_code, normalize_code
from lms.errors import too_many_requests
from lms.invites import links
from lms.members.throttling import client_ip


def _verify_url(request, certificate):
    return request.build_absolute_uri(certificate.get_verify_url())


def _her_certificate(request, code):
    certificate = certificate_by_code(code)
    if certificate is None or certificate.user_id != request.user.pk:
        raise Http404("No certificate of yours with this code.")
    return certificate


def share_text(certificate):
    return _("I have completed the course “%(course)s” on Sen!") % {
        "course": certificate.course.title
    }


def share_message(certificate, url):
    """The suggested text she pastes into Zalo with her certificate's link."""
    return "{} {}".format(share_text(certificate), _("See my certificate: %(url)s") % {"url": url})


@require_safe
@cache_control(private=True, no_store=True)
def certificate_detail(request, code):
    """Her certificate: what it says, the PDF, and ways to share it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    certificate = _her_certificate(request, code)
    if certificate.code != code:
        return redirect(certificate)
    url = _verify_url(request, certificate)
    response = render(
        request,
        "lms/certificates/detail.html",
        {
            "certificate": certificate,
            "completed_on": completion_date(certificate),
            "course_url": certificate.course.get_url(request),
            "verify_url": url,
            "share_text": share_text(certificate),
            "message": share_message(certificate, url),
            "facebook_url": links.facebook_share_url(url),
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
@cache_control(private=True, no_store=True)
def certificate_download(request, code):
    """Her certificate as a PDF (valid ones only)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    certificate = _her_certificate(request, code)
    if not certificate.is_valid:
        raise Http404("This certificate was revoked.")
    pdf = certificate_pdf(certificate, verify_url=_verify_url(request, certificate))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sen-{certificate.code}.pdf"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# Unknown codes one address may look up per window (the verify page, its picture): enough
# for a chapter meeting behind one Wi-Fi typing codes by hand, too few to guess codes. Past
# the limit every lookup from the address waits (found or not, so a guess cannot be told
# from the answer); valid codes never count.
VERIFY_UNKNOWN_LIMIT = 30
VERIFY_WINDOW = 10 * 60  # seconds


def _verify_key(request):
    return f"lms:verify-unknown:{client_ip(request) or 'none'}"


def _verify_limited(request):
    limit = getattr(settings, "SEN_VERIFY_UNKNOWN_LIMIT", VERIFY_UNKNOWN_LIMIT)
    return throttles.count(_verify_key(request)) >= limit


def _count_unknown(request):
    throttles.hit(_verify_key(request), window=VERIFY_WINDOW)


def _too_many(request):
    response = too_many_requests(
        request,
        message=_("Too many codes tried. Please wait a few minutes."),
        retry_after=VERIFY_WINDOW,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def verify_form(request):
    """Type a code (``?code=``) and go to its verify page."""
    typed = request.GET.get("code", "").strip()
    if typed:
        normalized = normalize_code(typed)
        if normalized is not None:
            return redirect("lms:certificate_verify", code=normalized)
    return render(
        request,
        "lms/certificates/verify.html",
        {"typed": typed, "state": "invalid" if typed else "form"},
        status=404 if typed else 200,
    )


@require_safe
def verify(request, code):
    """Public: is this a real Sen certificate? Valid, revoked, or unknown."""
    normalized = normalize_code(code)
    if normalized is not None and normalized != code:
        return redirect("lms:certificate_verify", code=normalized)
    if _verify_limited(request):
        return _too_many(request)
    certificate = certificate_by_code(code) if normalized else None
    if certificate is None:
        _count_unknown(request)
        state = "unknown"
    elif certificate.is_valid:
        state = "valid"
    else:
        state = "revoked"
    context = {"state": state, "typed": code, "certificate": certificate}
    if state == "valid":
        context.update(
            completed_on=completion_date(certificate),
            course_url=certificate.course.get_url(request),
            og_title=_("%(name)s completed “%(course)s”")
            % {"name": certificate.full_name, "course": certificate.course.title},
            share_picture_url=request.build_absolute_uri(
                reverse("lms:certificate_share_picture", kwargs={"code": certificate.code})
            ),
        )
    response = render(
        request,
        "lms/certificates/verify.html",
        context,
        status=404 if state == "unknown" else 200,
    )
    response["X-Robots-Tag"] = "noindex"  # names stay out of search engines; previews work
    return response


@require_safe
@cache_control(public=True, max_age=60 * 60)
def share_picture(request, code):
    """The Open Graph picture of a valid certificate: her name, the course, the QR code.

    Drawn in the site's language (link previews are fetched without her language cookie) and
    cached: drawing takes a tenth of a second, and a shared link is fetched by many.
    """
    if _verify_limited(request):
        # Raised, not returned: the public cache headers are not set on it.
        raise Http404("Too many unknown codes from this address.")
    certificate = certificate_by_code(code)
    if certificate is None:
        _count_unknown(request)
    if certificate is None or not certificate.is_valid:
        raise Http404("No valid certificate with this code.")
    url = _verify_url(request, certificate)
    state = f"{url}|{certificate.completed_at.isoformat()}|{certificate.full_name}"
    digest = hashlib.sha256(state.encode()).hexdigest()[:16]
    key = f"lms:certificate-picture:v1:{certificate.code}:{digest}"
    picture = cache.get(key)
    if picture is None:
        with translation.override(settings.LANGUAGE_CODE):
            picture = certificate_share_picture(certificate, verify_url=url)
        cache.set(key, picture, 60 * 60 * 24)
    return HttpResponse(picture, content_type="image/png")

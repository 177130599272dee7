"""Invite links for leaders and officials: the invite page, QR codes and share pictures.

The QR codes and share pictures are public (they only encode the invite link, which is
handed out in Zalo groups anyway); the invite page is for people who may see the chapter.
"""

import hashlib

from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from lms.chapters.scope import can_see
from lms.invites import links
from lms.models import Chapter

ONE_DAY = 60 * 60 * 24
SHARE_PICTURE_VERSION = 1  # bump when the drawing changes, to leave old cache entries behind


def _chapter_or_404(invite_code):
    chapter = Chapter.objects.filter(
        invite_code=invite_code.lower(), kind=Chapter.Kind.CHAPTER
    ).first()
    if chapter is None:
        raise Http404("No chapter with this invite code.")
    return chapter


@require_safe
@cache_control(public=True, max_age=ONE_DAY)
def qr_svg(request, invite_code):
    chapter = _chapter_or_404(invite_code)
    svg = links.qr_svg(links.join_url(request, chapter))
    return HttpResponse(svg, content_type="image/svg+xml")


@require_safe
@cache_control(public=True, max_age=ONE_DAY)
def qr_png(request, invite_code):
    chapter = _chapter_or_404(invite_code)
    return HttpResponse(links.qr_png(links.join_url(request, chapter)), content_type="image/png")


def _cached_picture(url=None):
    """The share picture from the Django cache (drawing one takes ~0.1 s)."""
    # Keyed by the link it encodes: the same chapter seen through another host name (staging,
    # a second domain) encodes another URL.
    digest = hashlib.sha256((url or "").encode()).hexdigest()[:16]
    key = f"lms:share-picture:v{SHARE_PICTURE_VERSION}:{digest}"
    picture = cache.get(key)
    if picture is None:
        picture = links.share_picture(url)
        cache.set(key, picture, ONE_DAY * 7)
    return picture


@require_safe
@cache_control(public=True, max_age=ONE_DAY)
def chapter_share_picture(request, invite_code):
    chapter = _chapter_or_404(invite_code)
    picture = _cached_picture(links.join_url(request, chapter))
    return HttpResponse(picture, content_type="image/png")


@require_safe
@cache_control(public=True, max_age=ONE_DAY)
def share_picture(request):
    """The site-wide Open Graph picture (no QR code)."""
    return HttpResponse(_cached_picture(), content_type="image/png")


@require_safe
@cache_control(private=True)
def invite(request, invite_code):
    """What a leader needs to bring members in: the link, its QR code, share links."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    chapter = _chapter_or_404(invite_code)
    if not can_see(request.user, chapter):
        raise PermissionDenied
    url = links.join_url(request, chapter)
    message = links.invite_message(chapter, url)
    response = render(
        request,
        "lms/invite/invite.html",
        {
            "chapter": chapter,
            "ancestors": list(chapter.get_ancestors().reverse()),
            "join_url": url,
            "message": message,
            "facebook_url": links.facebook_share_url(url),
            "sms_url": links.sms_share_url(message),
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response

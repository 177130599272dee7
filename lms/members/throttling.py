"""Sign-in throttling with django-axes: what counts as "the same phone" and "the same address",
how many failures lock each, and the page a locked-out member sees.

Wired up in ``lms/settings/base.py`` (the ``AXES_*`` settings); used by our /signin/ and by
the Wagtail admin's login, which both go through ``django.contrib.auth.authenticate``.
"""

import ipaddress

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render

from lms.members.phones import InvalidPhoneNumber, normalize_phone

USERNAME_MAX_LENGTH = 255  # AccessAttempt.username


def axes_username(request, credentials):
    """The phone number axes counts failures against: "0912 345 678", "+84912345678" and
    "84912345678" are one member. Text that is not a phone number is counted as typed."""
    credentials = credentials or {}
    raw = credentials.get("username") or credentials.get("phone")
    if raw is None and request is not None:
        raw = request.POST.get("username")
    if not raw:
        return None
    try:
        return normalize_phone(raw)
    except InvalidPhoneNumber:
        return str(raw).strip()[:USERNAME_MAX_LENGTH]


def client_ip(request):
    """The member's address: REMOTE_ADDR, or behind ``SEN_TRUSTED_PROXY_COUNT`` reverse proxies
    the address the outermost of them put in X-Forwarded-For (entries further left are
    whatever the client sent, so they are never trusted)."""
    remote = request.META.get("REMOTE_ADDR") or None
    count = getattr(settings, "SEN_TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


class PhoneAndAddressHandler(AxesDatabaseHandler):
    """Lock a phone number after ``AXES_FAILURE_LIMIT`` failures and an IP address after
    ``SEN_IP_FAILURE_LIMIT`` failures (on any phones) within the cool-off time.

    The address limit is higher on purpose: a chapter meeting signs in over one Wi-Fi and
    mobile networks put many subscribers behind one address, so a few mistyped passwords
    there must not lock everyone out; it still stops one machine from trying a password
    on phone after phone.
    """

    def get_failures(self, request, credentials=None):
        recent = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))
        username = get_client_username(request, credentials)
        per_phone = 0
        if username:
            per_phone = _failures(recent.filter(username=username))
        per_address = 0
        if request.axes_ip_address:
            per_address = _failures(recent.filter(ip_address=request.axes_ip_address))
        # Axes compares one count with AXES_FAILURE_LIMIT: scale the address count to it.
        limit = get_failure_limit(request, credentials)
        return max(per_phone, per_address * limit // settings.SEN_IP_FAILURE_LIMIT)


def _failures(attempts):
    return attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0


def lockout_response(request, original_response=None, credentials=None):
    """Our own page (translated, in the site's layout) instead of axes' plain text."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(
        request,
        "lms/members/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )

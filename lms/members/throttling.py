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

from core import throttles
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
    """Who is locked out of signing in, within the cool-off time:

    - one phone number from one address (the pair) after ``AXES_FAILURE_LIMIT`` failures:
      the person guessing, wherever the phone number's owner is;
    - one address after ``SEN_IP_FAILURE_LIMIT`` failures on any phones: one machine trying
      a password on phone after phone. Higher on purpose: a chapter meeting signs in over one
      Wi-Fi and mobile networks put many subscribers behind one address;
    - a phone number alone is never locked, only slowed: once it has
      ``SEN_PHONE_FAILURE_LIMIT`` failures from all addresses together, every address gets
      ``SEN_PHONE_SLOW_PAIR_LIMIT`` tries for it instead of ``AXES_FAILURE_LIMIT``.

    Locking the phone number itself would let anyone who knows a leader's number keep her
    out by typing wrong passwords for it. Here a stranger's failures lock only the stranger's
    address; the owner, from her own phone, still has her tries (at least
    ``SEN_PHONE_SLOW_PAIR_LIMIT``), and guessing her password from many addresses costs a
    new address every couple of tries.
    """

    def get_failures(self, request, credentials=None):
        recent = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))
        username = get_client_username(request, credentials)
        address = request.axes_ip_address
        limit = get_failure_limit(request, credentials)
        per_address = _failures(recent.filter(ip_address=address)) if address else 0
        # Axes compares one count with AXES_FAILURE_LIMIT: scale each count to it.
        counts = [per_address * limit // settings.SEN_IP_FAILURE_LIMIT]
        if username:
            per_pair = _failures(recent.filter(username=username, ip_address=address))
            pair_limit = limit
            if _failures(recent.filter(username=username)) >= settings.SEN_PHONE_FAILURE_LIMIT:
                pair_limit = min(limit, settings.SEN_PHONE_SLOW_PAIR_LIMIT)
            counts.append(per_pair * limit // pair_limit)
        return max(counts)


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


# Sign-up: counted per phone number and per address in the shared throttle cache
# (core.throttles), every sign-up that reaches the account, new phone or not, so that the
# count itself tells nothing about the phone number.

SIGNUP_WINDOW = 60 * 60  # seconds
SIGNUP_PHONE_LIMIT = 3  # sign-ups for one phone number: she may retry; a probe may not repeat


def _signup_keys(phone, address):
    keys = {"phone": f"lms:signup:phone:{phone}"}
    if address:
        keys["address"] = f"lms:signup:address:{address}"
    return keys


def signup_throttled(*, phone, address):
    """Has this phone number or this address signed up too often within the hour?"""
    keys = _signup_keys(phone, address)
    counts = throttles.counts(keys.values())
    if counts.get(keys["phone"], 0) >= SIGNUP_PHONE_LIMIT:
        return True
    # A chapter meeting joins over one Wi-Fi: the address allows a whole meeting.
    return "address" in keys and counts.get(keys["address"], 0) >= settings.SEN_SIGNUP_IP_LIMIT


def signup_counted(*, phone, address):
    for key in _signup_keys(phone, address).values():
        throttles.hit(key, window=SIGNUP_WINDOW)

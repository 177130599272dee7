"""Vietnamese phone numbers, normalised to E.164 (+84xxxxxxxxx)."""

import re

from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s.\-()/]")
# National significant numbers: mobiles are 9 digits starting 3, 5, 7, 8 or 9;
# landlines are 10 digits starting 2 (02x xxxx xxxx).
_NATIONAL = re.compile(r"^(?:[35789]\d{8}|2\d{9})$")

INVALID_PHONE_MESSAGE = _("Enter a Vietnamese phone number, for example 0912 345 678.")


class InvalidPhoneNumber(ValueError):
    """The text is not a Vietnamese phone number."""


def normalize_phone(raw):
    """Return the E.164 form of a Vietnamese phone number, or raise InvalidPhoneNumber.

    ``0912 345 678``, ``+84 912345678``, ``84912345678``, ``0084-912-345-678`` and
    ``+84 0912 345 678`` all give ``+84912345678``.
    """
    if raw is None:
        raise InvalidPhoneNumber(raw)
    digits = _SEPARATORS.sub("", str(raw).strip())
    country_code = True
    if digits.startswith("+84"):
        national = digits[3:]
    elif digits.startswith("0084"):
        national = digits[4:]
    elif digits.startswith("84") and len(digits) in (11, 12, 13):
        national = digits[2:]
    else:
        country_code = False
        national = digits[1:] if digits.startswith("0") else digits
    if country_code and national.startswith("0"):
        national = national[1:]  # "+84 0912 345 678": the trunk 0 kept after the country code
    if not national.isascii() or not _NATIONAL.match(national):
        raise InvalidPhoneNumber(raw)
    return "+84" + national


def format_phone(e164):
    """Show +84912345678 as 0912 345 678, the way members write it."""
    if not e164 or not e164.startswith("+84"):
        return e164 or ""
    national = "0" + e164[3:]
    if len(national) == 10:
        return f"{national[:4]} {national[4:7]} {national[7:]}"
    return f"{national[:3]} {national[3:7]} {national[7:]}"


def mask_phone(e164):
    """0912 *** 678: enough to recognise a member without exposing her number."""
    shown = format_phone(e164)
    if len(shown) < 12:
        return shown
    return f"{shown[:4].rstrip()} *** {shown[-3:]}"  # landlines: "023 *** 345"


def phone_search_fragment(text):
    """What to look for in stored (E.164) numbers when a leader searches by phone, or None
    when ``text`` is not a phone number or part of one.

    A whole number typed any way ``normalize_phone`` reads, or the start of one written with
    its country code (``+84 912``, ``0084 912``), gives E.164 digits starting with "+" to
    match at the start; any other run of at least 3 digits (``345 678``, ``0912 34``) comes
    back as digits: the caller matches them anywhere, and also at the start when they begin
    with the trunk 0.
    """
    try:
        return normalize_phone(text)
    except InvalidPhoneNumber:
        pass
    digits = _SEPARATORS.sub("", str(text).strip())
    if digits.startswith("+84"):
        digits = "0084" + digits[3:]
    if len(digits) < 3 or not digits.isascii() or not digits.isdecimal():
        return None
    if digits.startswith("0084") and len(digits) > 4:
        return "+84" + digits[4:].removeprefix("0")
    return digits

"""A new password without e-mail: the chapter leader gives the member a one-time code.

Members sign in with a phone number and most have no e-mail address. When one forgets her
password, her chapter leader (or an official above, whoever ``lms.chapters.scope`` lets see her)
issues a 6-digit code from the dashboard's member list and tells it to her in person or by
phone (or, where ``SEN_SMS_BACKEND`` reaches phones, sends it by SMS). On /password/forgot/
she types her phone number, the code and a new password.

- Only an HMAC of the code (keyed with ``SECRET_KEY``) is stored: a copy of the database alone
  does not give the codes away, which a plain hash of a 6-digit number would.
- A code works once, for ``CODE_LIFETIME``; ``MAX_WRONG_TRIES`` wrong codes for her phone
  number void it; issuing a new one replaces the old (one row per member).
- The form is also limited per phone number and per address through Django's cache
  (``reset_throttled`` / ``reset_failed``): with no code issued there is nothing to guess,
  but the answer must not tell whether a phone number has an account, so failures count
  alike whatever the phone.
- A successful reset clears her sign-in lock-out (django-axes' failures for her phone).
- Issuing, using and voiding are logged in Wagtail's log entries (never the code), on the
  member, with her chapter's path so that officials see them in their audit log.
"""

import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from axes.utils import reset as axes_reset
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext
from wagtail.log_actions import log

from core import throttles
from lms.audit.entries import audit_data
from lms.chapters import scope
from lms.messaging import sms
from lms.models import Member, ResetCode, Role

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=30)
MAX_WRONG_TRIES = 5  # wrong codes typed for her phone number before the code is void

# Failures of the form, counted in the cache for THROTTLE_WINDOW.
THROTTLE_WINDOW = timedelta(minutes=15)
PHONE_FAILURE_LIMIT = 10  # for one phone number
ADDRESS_FAILURE_LIMIT = 20  # from one address (a chapter meeting shares one Wi-Fi)

logger = logging.getLogger(__name__)

ISSUED = "lms.reset_code_issued"
USED = "lms.reset_code_used"
VOIDED = "lms.reset_code_voided"


@dataclass(frozen=True)
class IssuedCode:
    code: str  # shown once to the leader, never stored
    expires_at: object
    sms_sent: bool


def code_hash(user_id, code):
    return salted_hmac("lms.resets.code", f"{user_id}:{code}", algorithm="sha256").hexdigest()


def clean_code(raw):
    """The digits she typed: "123 456" and "123-456" are 123456."""
    return "".join(char for char in str(raw or "") if not char.isspace() and char != "-")


def may_issue_code(issuer, member):
    """May ``issuer`` give ``member`` a reset code?

    She must see the member's chapter (``lms.chapters.scope``). A code sets a password, so it is
    never a way into a stronger account: not for herself, not for a superuser or admin staff
    (trainers), and not for someone holding a leader or official role outside her scope.
    """
    if not scope.can_see(issuer, member.chapter):
        return False
    target = member.user
    if target.pk == issuer.pk or not target.is_active or target.is_superuser:
        return False
    if issuer.is_superuser:
        return True
    if target.is_staff:
        return False
    nodes = Role.objects.filter(user=target).select_related("node")
    return all(
        role.kind != Role.Kind.TRAINER and scope.can_see(issuer, role.node) for role in nodes
    )


def sms_text(code):
    """The text message, in the site's language (we do not know hers)."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(
            "Sen: your code for a new password is %(code)s. It works once, for 30 minutes. "
            "Do not give it to anyone."
        ) % {"code": code}


def reset_code_issue(*, member, issued_by, send_by_sms=False):
    """Issue a new code for ``member`` (replacing any earlier one); the caller has checked
    ``may_issue_code``. Returns the code in clear, for the leader to pass on."""
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    now = timezone.now()
    with transaction.atomic():
        ResetCode.objects.update_or_create(
            user_id=member.user_id,
            defaults={
                "code_hash": code_hash(member.user_id, code),
                "issued_by": issued_by,
                "issued_at": now,
                "expires_at": now + CODE_LIFETIME,
                "wrong_tries": 0,
            },
        )
        sent = False
        if send_by_sms and sms.can_deliver():
            try:
                sent = bool(sms.send_sms(member.user.phone, sms_text(code)))
            except Exception:  # the gateway's failure: the leader tells the code herself
                logger.exception("SMS to member %s failed", member.pk)
        log(
            instance=member,
            action=ISSUED,
            user=issued_by,
            data=audit_data(member.chapter, sms=sent),
        )
    return IssuedCode(code=code, expires_at=now + CODE_LIFETIME, sms_sent=sent)


def reset_code_use(*, phone, code, password):
    """Set a new password if ``code`` is the live code of the account ``phone`` (E.164).

    Returns the user, or None when it is not (no such account, no code, expired, wrong: the
    caller says the same thing for each).
    """
    code = clean_code(code)
    with transaction.atomic():
        reset = (
            ResetCode.objects.select_for_update()
            .select_related("user")
            .filter(user__phone=phone, user__is_active=True)
            .first()
        )
        if reset is None:
            return None
        if reset.expires_at <= timezone.now():
            reset.delete()
            return None
        if not constant_time_compare(reset.code_hash, code_hash(reset.user_id, code)):
            reset.wrong_tries += 1
            if reset.wrong_tries >= MAX_WRONG_TRIES:
                reset.delete()
                _log_member(reset.user, VOIDED, user=None, data={"wrong_tries": MAX_WRONG_TRIES})
            else:
                reset.save(update_fields=["wrong_tries"])
            return None
        user = reset.user
        reset.delete()
        user.set_password(password)
        user.save(update_fields=["password"])
        _log_member(user, USED, user=user)
    axes_reset(username=phone)  # her sign-in lock-out, if any, ends with the new password
    return user


def _log_member(account, action, *, user, data=None):
    member = Member.objects.filter(user=account).select_related("chapter").first()
    if member is not None:
        data = audit_data(member.chapter, **(data or {}))
        log(instance=member, action=action, user=user, data=data)


# Throttling of the form


def _keys(phone, address):
    keys = [f"lms:reset:phone:{phone}"]
    if address:
        keys.append(f"lms:reset:address:{address}")
    return keys


def reset_throttled(*, phone, address):
    """Has this phone number or this address failed too often lately?"""
    counts = throttles.counts(_keys(phone, address))
    return counts.get(f"lms:reset:phone:{phone}", 0) >= PHONE_FAILURE_LIMIT or (
        bool(address) and counts.get(f"lms:reset:address:{address}", 0) >= ADDRESS_FAILURE_LIMIT
    )


def reset_failed(*, phone, address):
    """Count one failure for the phone number and the address."""
    for key in _keys(phone, address):
        throttles.hit(key, window=int(THROTTLE_WINDOW.total_seconds()))

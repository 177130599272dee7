"""Text messages (SMS), with a pluggable backend in the manner of Django's e-mail backends.

Settings:

``SEN_SMS_BACKEND``
    Dotted path of the class that sends the messages. Default
    ``"lms.messaging.sms.ConsoleBackend"``: writes each message to standard output (the
    server's log) and reaches no phone. ``"lms.messaging.sms.LocmemBackend"`` keeps them in
    ``lms.messaging.sms.outbox`` (a list, like ``django.core.mail.outbox``) for tests. A real
    gateway is a subclass of ``BaseSmsBackend`` implementing ``send_messages`` (and setting
    ``delivers = True``), named here; its own credentials come from its own environment variables.

Only a backend with ``delivers = True`` makes the site offer "Send by SMS" to leaders, so a
server left on the console backend never claims to have texted anyone.

``send_sms(phone, text)`` sends one message; the text is sent in GSM 7-bit when it fits (see
``to_gsm``: Vietnamese without its accents, the way most Vietnamese text messages are
written), so that up to 160 characters fit in one SMS instead of 70.
"""

import sys
import threading
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULT_BACKEND = "lms.messaging.sms.ConsoleBackend"
SINGLE_SMS_GSM = 160  # characters in one GSM 7-bit message
SINGLE_SMS_UCS2 = 70  # ... and in one UCS-2 message (any other script)

# The GSM 03.38 basic character set (the extension table's characters count double and are
# left out: a reset message does not need them).
GSM_CHARACTERS = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


@dataclass(frozen=True)
class SmsMessage:
    to: str  # E.164, +84…
    text: str


class BaseSmsBackend:
    """Subclass and implement ``send_messages``; return how many messages were sent."""

    delivers = False  # does a message reach the phone? (offers "Send by SMS" when True)

    def __init__(self, fail_silently=False, **kwargs):
        self.fail_silently = fail_silently

    def send_messages(self, messages):
        raise NotImplementedError


class ConsoleBackend(BaseSmsBackend):
    """Writes messages to standard output: for development, and a safe default."""

    def __init__(self, *args, stream=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.stream = stream or sys.stdout
        self._lock = threading.RLock()

    def send_messages(self, messages):
        with self._lock:
            for message in messages:
                self.stream.write(f"SMS to {message.to}: {message.text}\n")
            self.stream.flush()
        return len(messages)


class LocmemBackend(BaseSmsBackend):
    """Keeps messages in ``lms.messaging.sms.outbox``, for tests."""

    delivers = True

    def send_messages(self, messages):
        module = sys.modules[__name__]
        if not hasattr(module, "outbox"):
            module.outbox = []
        module.outbox.extend(messages)
        return len(messages)


outbox = []


def get_backend(fail_silently=False):
    path = getattr(settings, "SEN_SMS_BACKEND", None) or DEFAULT_BACKEND
    return import_string(path)(fail_silently=fail_silently)


def can_deliver():
    """Does the configured backend reach phones?"""
    path = getattr(settings, "SEN_SMS_BACKEND", None) or DEFAULT_BACKEND
    return bool(getattr(import_string(path), "delivers", False))


def to_gsm(text):
    """``text`` in GSM 7-bit characters if it can be: Vietnamese letters lose their accents
    (đ becomes d). Returns the text unchanged when other characters remain (e.g. Arabic)."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    plain = unicodedata.normalize("NFC", plain)
    return plain if is_gsm(plain) else text


def is_gsm(text):
    return all(char in GSM_CHARACTERS for char in text)


def fits_one_sms(text):
    return len(text) <= (SINGLE_SMS_GSM if is_gsm(text) else SINGLE_SMS_UCS2)


def send_sms(phone, text, *, fail_silently=False):
    """Send ``text`` to ``phone`` (E.164) through ``SEN_SMS_BACKEND``; return 1 if sent."""
    message = SmsMessage(to=phone, text=to_gsm(text))
    return get_backend(fail_silently=fail_silently).send_messages([message])

"""The sync protocol: what her phone sends back when it is online again, and the answers.

Her phone (``offline.js``) keeps what she did offline (a "done" tap, quiz answers) and posts
it later as an ordinary form, with:

- ``key``: a UUID the phone made for that one action (:func:`client_key`). The app records
  the action once per member and key, so a retry, a double tap or a second tab is harmless;
- ``Accept: application/json``, so that the answer is JSON (:func:`wants_json`).

Answers:

- recorded, or recorded before: ``{"status": "recorded" | "already", ...}`` (:func:`accepted`)
  with what the app adds (the lesson's title, the quiz's score and result page...);
- refused: ``{"error": code, "message": text in her language}`` with the HTTP status of its
  :class:`Refusal`. The phone keeps the action for later on 401 (signed out), 403 (the CSRF
  token was refused) and 5xx, shows ``message`` and forgets the action on any other refusal.

The refusals every sync endpoint shares are here; an app declares its own (a quiz to pass
first, no attempts left) as :class:`Refusal` values next to its endpoint.
"""

import uuid
from dataclasses import dataclass

from django.http import JsonResponse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

KEY_FIELD = "key"
RECORDED = "recorded"
ALREADY = "already"


@dataclass(frozen=True)
class Refusal:
    """Why the server did not record what her phone sent."""

    status: int
    code: str
    message: str | Promise  # lazy: translated in her language when the answer is made

    def response(self):
        return JsonResponse({"error": self.code, "message": str(self.message)}, status=self.status)


SIGNED_OUT = Refusal(401, "signed_out", _("Sign in again so that your progress can be sent."))
BAD_KEY = Refusal(400, "bad_key", _("The key must be a UUID made by the phone."))
KEY_USED = Refusal(
    400, "key_used", _("This key was already used for something else. Nothing was recorded.")
)


def client_key(value):
    """The UUID her phone made, or None when it is missing or not a UUID."""
    try:
        return uuid.UUID(str(value or ""))
    except ValueError:
        return None


def request_key(request):
    """The key of a sync request (None when it is missing or not a UUID)."""
    return client_key(request.POST.get(KEY_FIELD))


def wants_json(request):
    """Sent by her phone's script (which asks for JSON), not by a form without JavaScript."""
    return "application/json" in request.headers.get("Accept", "")


def accepted(*, created, **fields):
    """The answer to an action recorded now (``created``) or recorded before."""
    return JsonResponse({"status": RECORDED if created else ALREADY, **fields})

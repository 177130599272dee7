"""Password rules members can live with, on a phone keypad.

What ``AUTH_PASSWORD_VALIDATORS`` asks (lms/settings/base.py): at least 8 characters; not one
of the 20,000 commonest passwords (which holds 12345678, 11111111, 88888888, 12341234 ...);
not her own phone number. Numbers only are allowed: an 8-digit number is what many members
can type and remember, and sign-in throttling (django-axes: 5 wrong tries per phone number,
then 15 minutes' wait) leaves a guesser a handful of tries among 100 million. No rule forces
capitals or symbols, which cheap phones' keyboards hide behind extra taps.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PASSWORD_HELP_TEXT = _(
    "At least 8 letters or numbers; numbers only are fine. "
    "Not your phone number, and not easy ones like 12345678."
)


class NotPhoneNumberValidator:
    """Refuses a password that holds the user's own phone number (in any spelling).

    Django's ``UserAttributeSimilarityValidator`` compares with the username, names and
    e-mail, not with our ``phone`` field.
    """

    def validate(self, password, user=None):
        phone = getattr(user, "phone", "") or ""
        national = phone[3:] if phone.startswith("+84") else ""
        if len(national) < 9:
            return
        digits = re.sub(r"\D", "", password)
        if national in digits:
            raise ValidationError(
                _("Please do not use your phone number as your password."),
                code="password_is_phone",
            )

    def get_help_text(self):
        return _("Your password cannot be your phone number.")

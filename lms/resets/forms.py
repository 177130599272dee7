"""The forgotten-password form: her phone number, the code from her leader, a new password."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.members.forms import PhoneField, _helper, check_new_password
from lms.members.passwords import PASSWORD_HELP_TEXT


class PasswordResetForm(forms.Form):
    phone = PhoneField(label=_("Your phone number"))
    code = forms.CharField(
        label=_("Code from your chapter leader"),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "placeholder": "123456",
            }
        ),
        help_text=_("6 numbers. It works once, for 30 minutes."),
    )
    password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=PASSWORD_HELP_TEXT,
    )
    password2 = forms.CharField(
        label=_("New password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(_("Save my new password"))

    def clean(self):
        return check_new_password(self, super().clean())


class ResetCodeIssueForm(forms.Form):
    """The leader's button: a new code, optionally sent by SMS too."""

    sms = forms.BooleanField(required=False)

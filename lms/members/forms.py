from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.urls import reverse_lazy
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from lms.members.passwords import PASSWORD_HELP_TEXT
from lms.members.phones import INVALID_PHONE_MESSAGE, InvalidPhoneNumber, normalize_phone
from lms.models import Chapter, Occupation


def _helper(submit_label):
    helper = FormHelper()
    helper.form_tag = False
    helper.add_input(Submit("submit", submit_label))
    return helper


class PhoneField(forms.CharField):
    """A phone number field that returns the normalised +84 form."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Phone number"))
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={"inputmode": "tel", "autocomplete": "tel", "placeholder": "0912 345 678"}
            ),
        )
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        try:
            return normalize_phone(value)
        except InvalidPhoneNumber as exc:
            raise forms.ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone") from exc


def check_new_password(form, cleaned):
    """Her two typed passwords agree and pass the rules (her phone number is not one):
    errors go next to the fields. For the sign-up and the reset-code forms."""
    password1 = cleaned.get("password1")
    password2 = cleaned.get("password2")
    if password1 and password2 and password1 != password2:
        form.add_error("password2", _("The two passwords are not the same."))
    elif password1:
        user = get_user_model()(phone=cleaned.get("phone") or "")
        try:
            password_validation.validate_password(password1, user=user)
        except forms.ValidationError as error:
            form.add_error("password1", error)
    return cleaned


class SignInForm(AuthenticationForm):
    username = PhoneField()
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": _("The phone number or password is not right. Please try again."),
        "inactive": _("This account is locked. Please contact your chapter leader."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.helper = _helper(_("Sign in"))


class SignUpForm(forms.Form):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name", "placeholder": "Nguyễn Thị Lan"}),
    )
    phone = PhoneField()
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=PASSWORD_HELP_TEXT,
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    birth_year = forms.IntegerField(
        label=_("Birth year (optional)"),
        required=False,
        min_value=1920,
        max_value=2015,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "placeholder": "1985"}),
    )
    occupation = forms.ChoiceField(
        label=_("Occupation (optional)"),
        required=False,
        choices=[("", "—"), *Occupation.choices],
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the Union keeps my full name, phone number and learning results "
            "to run my courses and to report my chapter's progress."
        ),
        help_text=lazy(format_html, SafeString)(
            '<a href="{}">{}</a>', reverse_lazy("lms:privacy"), _("How we use your data")
        ),
        error_messages={
            "required": _(
                "Please tick this box to create your account. "
                "The link below explains how we use your data."
            )
        },
    )

    def __init__(self, *args, chapter=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.chapter = chapter
        if chapter is None:
            self.fields["invite_code"] = forms.CharField(
                label=_("Chapter invite code"),
                max_length=16,
                help_text=_("Your chapter leader can give you the code or the invite link."),
            )
            self.fields["consent"] = self.fields.pop("consent")  # the last box before submit
        self.helper = _helper(_("Create my account"))

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please enter your full name."))
        return name

    def clean_invite_code(self):
        code = self.cleaned_data["invite_code"].strip().lower()
        chapter = Chapter.objects.filter(invite_code=code, kind=Chapter.Kind.CHAPTER).first()
        if chapter is None:
            raise forms.ValidationError(
                _("We do not know this invite code. Please check it with your chapter leader."),
                code="unknown_invite",
            )
        self.chapter = chapter
        return code

    def clean(self):
        return check_new_password(self, super().clean())


class AccountDeleteForm(forms.Form):
    """She confirms with her password that she wants her account erased."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.helper = _helper(_("Delete my account"))

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This password is not right."), code="wrong_password")
        return password


class AdminSignInForm(LoginForm):
    """The admin's sign-in (WAGTAILADMIN_USER_LOGIN_FORM) asking for a phone number, in the
    trainer's language: Wagtail's form labels its password field with the bare field name."""

    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Phone number")
        self.fields["username"].widget.attrs.update(
            {"inputmode": "tel", "autocomplete": "tel", "placeholder": "0912 345 678"}
        )

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.members.phones import INVALID_PHONE_MESSAGE, InvalidPhoneNumber, normalize_phone


def validate_phone(value):
    try:
        normalize_phone(value)
    except InvalidPhoneNumber as exc:
        raise ValidationError(INVALID_PHONE_MESSAGE, code="invalid_phone") from exc


class PhoneUserManager(UserManager):
    use_in_migrations = True

    def _create_user_object(self, phone, email, password, **extra_fields):
        user = self.model(phone=normalize_phone(phone), email=email or "", **extra_fields)
        user.password = ""
        user.set_password(password)
        return user

    def _create_user(self, phone, email, password, **extra_fields):
        user = self._create_user_object(phone, email, password, **extra_fields)
        user.save(using=self._db)
        return user

    def create_user(self, phone, password=None, email=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(phone, email, password, **extra_fields)

    def create_superuser(self, phone, password=None, email=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(phone, email, password, **extra_fields)

    def get_by_natural_key(self, username):
        # Sign-in (site and Wagtail admin) accepts a phone in any common spelling.
        try:
            username = normalize_phone(username)
        except InvalidPhoneNumber:
            pass
        return super().get_by_natural_key(username)


class User(AbstractUser):
    """A person who signs in with her phone number.

    Members also have a ``Member`` profile (name, chapter); trainers and admins may not.
    ``first_name``/``last_name``/``email`` stay for the Wagtail admin's user screens.
    """

    username = None
    phone = models.CharField(
        _("phone number"),
        max_length=16,
        unique=True,
        validators=[validate_phone],
        help_text=_("Vietnamese phone number; stored as +84…"),
    )

    USERNAME_FIELD = "phone"
    REQUIRED_FIELDS = []

    objects = PhoneUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.phone

    def clean(self):
        super().clean()
        if self.phone:
            try:
                self.phone = normalize_phone(self.phone)
            except InvalidPhoneNumber:
                pass  # the field validator reports it

    def get_full_name(self):
        member = getattr(self, "member", None) if self.pk else None
        if member is not None and member.full_name:
            return member.full_name
        return super().get_full_name()

"""State changes for members, each in one transaction."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from lms.models import Member


class PhoneAlreadyRegistered(Exception):
    """Another account took this phone number first."""


def member_signup(
    *, full_name, phone, password, chapter, birth_year=None, occupation="", consented_at=None
):
    """Create a member's account and profile in her chapter. ``phone`` is already normalised;
    ``consented_at`` is when she agreed to the privacy notice on the sign-up form."""
    user_model = get_user_model()
    try:
        with transaction.atomic():
            user = user_model.objects.create_user(phone=phone, password=password)
            Member.objects.create(
                user=user,
                full_name=full_name,
                chapter=chapter,
                birth_year=birth_year,
                occupation=occupation or "",
                consented_at=consented_at,
            )
    except IntegrityError as exc:
        raise PhoneAlreadyRegistered(phone) from exc
    return user

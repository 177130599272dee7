"""What to generate (``Scale``), the marks generated rows carry, and the checks that refuse a
database that is not one to fill."""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth import get_user_model

from lms.models import Chapter, Member

CODE_PREFIX = "scale-"  # every generated chapter's code starts with this
NATIONAL_CODE = f"{CODE_PREFIX}national"  # the national root, when there are provinces
PHONE_PREFIX = "+8498"  # generated members: +8498 and seven digits
PASSWORD = "sen-scale-2026"  # noqa: S105 - every generated member's password (synthetic data)
BATCH = 5000
MEMBERS_PER_CHUNK = 10_000  # progress rows are written chunk by chunk to bound memory
WINDOW_DAYS = 84  # activity falls in the twelve weeks before ``until``


class ScaleDataError(Exception):
    """The database is not one to fill with synthetic data."""


@dataclass(frozen=True)
class Scale:
    chapters: int = 1000  # chi hội, the leaves of the tree
    members: int = 200_000
    courses: int = 4
    lessons: int = 10  # per course; the last one carries a quiz
    completion_ratio: float = 0.25  # share of all (member, lesson) pairs done
    seed: int = 1
    districts: int = 10
    chapters_per_commune: int = 10
    until: dt.date | None = None  # default: today
    # More than one province: a national root above ``provinces`` provinces. The first one,
    # coded like the one-province scale's root, has ``first_province_chapters`` chapters
    # (0: an equal share); the other chapters are shared out among the others.
    provinces: int = 1
    first_province_chapters: int = 0


# -- guards ---------------------------------------------------------------------------------


def real_member_count():
    """Members who do not belong to generated chapters."""
    return Member.objects.exclude(chapter__code__startswith=CODE_PREFIX).count()


def has_scale_data():
    return Chapter.objects.filter(code__startswith=CODE_PREFIX).exists()


def check_database(*, force=False):
    if has_scale_data():
        raise ScaleDataError(
            "This database already holds generated data (chapters coded "
            f"'{CODE_PREFIX}...'). Use a fresh database."
        )
    if get_user_model().objects.filter(phone__startswith=PHONE_PREFIX).exists():
        raise ScaleDataError(f"Users with phone numbers {PHONE_PREFIX}... exist already.")
    real = real_member_count()
    if real and not force:
        raise ScaleDataError(
            f"This database holds {real} real members. Generate scale data in a throwaway "
            "database, or pass --force to add it beside them."
        )

"""Users and members: drawn names, numbered phones, one shared password."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from core.iterables import batched
from demo.people import FAMILY, GIVEN, MIDDLE
from demo.scale_data.rows import insert_rows
from demo.scale_data.scale import BATCH, PASSWORD, PHONE_PREFIX
from lms.models import Member, Occupation
from lms.stats import counters


def member_phone(number, prefix=PHONE_PREFIX):
    return f"{prefix}{number:07d}"


def insert_members(people, *, now):
    """Create users and members: ``people`` is [(phone, full_name, chapter_id, birth_year,
    occupation)]. One password hash for all (hashing 200,000 would take hours).
    Returns {phone: user_id}."""
    user_model = get_user_model()
    password = make_password(PASSWORD)
    insert_rows(
        user_model,
        ["phone", "password", "date_joined"],
        [(phone, password, now) for phone, *_ in people],
    )
    phones = [person[0] for person in people]
    ids = {}
    for batch in batched(phones, BATCH):
        ids.update(user_model.objects.filter(phone__in=batch).values_list("phone", "pk"))
    insert_rows(
        Member,
        ["user_id", "full_name", "chapter_id", "birth_year", "occupation", "joined_at"],
        [(ids[phone], *rest, now) for phone, *rest in people],
    )
    counters.members_added(chapter_id for _phone, _name, chapter_id, *_rest in people)
    return ids


def draw_people(rng, scale, chapters, *, first_number=1, prefix=PHONE_PREFIX):
    """[(phone, full_name, chapter_id, birth_year, occupation)] for ``scale.members``."""
    occupations = Occupation.values
    return [
        (
            member_phone(number, prefix),
            f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            chapters[rng.randrange(len(chapters))].pk,
            rng.randint(1960, 2006),
            rng.choice(occupations),
        )
        for number in range(first_number, first_number + scale.members)
    ]

"""Training sessions for tests, scheduled through the service as a leader would."""

from datetime import timedelta

from django.utils import timezone

from classes.services import session_schedule


def schedule(
    *,
    organiser,
    course,
    lessons,
    host,
    invited,
    starts_in=timedelta(minutes=-10),
    minutes=90,
    place="Nhà văn hóa thôn Bình Yên",
    **fields,
):
    """A class starting ``starts_in`` from now (default: began 10 minutes ago)."""
    starts_at = timezone.now() + starts_in
    return session_schedule(
        organiser=organiser,
        course=course,
        lessons=lessons,
        host=host,
        invited=invited,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        place=place,
        trainer_name=fields.pop("trainer_name", "Chị Lê Thị Hoa"),
        **fields,
    )

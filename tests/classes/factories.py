"""Training sessions for tests: scheduled through the service as a leader would
(``schedule``), or made directly for the reports, closed and counted (``closed_session``)."""

import secrets
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from classes import stats
from classes.models import Attendance, TrainingSession
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


HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day, hour=8):
    """A moment in the site's time zone: ``at("2026-09-10")`` is 8:00 that morning."""
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=HANOI)


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    """A session; pass ``host`` and ``course`` (and ``starts_at``)."""

    class Meta:
        model = TrainingSession

    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + timedelta(hours=2))
    place = factory.Sequence(lambda n: f"Nhà văn hóa thôn {n}")
    trainer_name = "Cô Lan"
    code = factory.LazyFunction(lambda: secrets.token_urlsafe(16))


def closed_session(*, host, course, day, attendees=(), lessons=(), invited=(), counted=True):
    """A session held on ``day`` with these attendees, closed (and counted, as the closing
    service does) unless ``counted=False``."""
    session = TrainingSessionFactory(host=host, course=course, starts_at=at(day))
    session.lessons.set(lessons)
    session.invited.set(invited or [host])
    for i, user in enumerate(attendees):
        Attendance.objects.create(
            session=session,
            user=user,
            method=Attendance.Method.SCAN if i % 2 == 0 else Attendance.Method.LIST,
            checked_in_at=session.starts_at + timedelta(minutes=5 + i),
        )
    session.closed_at = session.ends_at
    session.save(update_fields=["closed_at"])
    if counted:
        stats.session_counted(session=session)
    return session

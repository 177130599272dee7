"""Demo training sessions: classes held in the last months in several chapters, with who came,
and one class coming up for the first demo member's chapter. Past classes go through the real
check-in, tick and close services (classes.services): the lessons they covered are completed
in class and the class counters move. Idempotent: each session has a fixed check-in code, and
one that exists is left as it is."""

import datetime

from django.db import transaction
from django.utils import timezone

from classes.models import TrainingSession
from classes.services import session_check_in, session_close, session_tick
from courses.models import LessonPage
from lms.models import Chapter, Member

# (code, days from today, host code, course slug, place, trainer, invited codes, attendees
#  per invited chapter)
SESSIONS = [
    (
        "demo-lop-1",
        -75,
        "qnam-queson-quexuan-binhyen",
        "an-toan-tai-khoan",
        "Nhà văn hóa thôn Bình Yên",
        "Chị Trần Thị Hoa",
        ["qnam-queson-quexuan-binhyen"],
        4,
    ),
    (
        "demo-lop-2",
        -40,
        "qnam-queson-quexuan",
        "ban-hang-online",
        "Hội trường UBND xã Quế Xuân",
        "Chị Lê Thị Mai",
        ["qnam-queson-quexuan-binhyen", "qnam-queson-quexuan-phuocmy"],
        3,
    ),
    (
        "demo-lop-3",
        -20,
        "qnam-duyxuyen-duyphuoc-tanmy",
        "su-dung-mang-xa-hoi",
        "Nhà chị Phạm Thị Lan, thôn Tân Mỹ",
        "Chị Võ Thị Thu",
        ["qnam-duyxuyen-duyphuoc-tanmy"],
        4,
    ),
    (
        "demo-lop-4",
        -10,
        "qnam-duyxuyen-duythanh-cho",
        "an-toan-tai-khoan",
        "Nhà lồng chợ Nam Phước",
        "Chị Trần Thị Hoa",
        ["qnam-duyxuyen-duythanh-cho", "qnam-duyxuyen-duythanh-thilai"],
        2,
    ),
]
UPCOMING = (
    "demo-lop-sap-toi",
    5,
    "qnam-queson-quexuan-binhyen",
    "ban-hang-online",
    "Nhà văn hóa thôn Bình Yên",
    "Chị Lê Thị Mai",
    ["qnam-queson-quexuan-binhyen"],
    0,
)


def _create(spec, courses, organiser):
    code, days, host, slug, place, trainer, invited, _n = spec
    course = next(c for c in courses if c.slug == slug)
    day = timezone.localdate() + datetime.timedelta(days=days)
    starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0)))
    session = TrainingSession.objects.create(
        host=Chapter.objects.get(code=host),
        organiser=organiser,
        course=course,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        place=place,
        trainer_name=trainer,
        code=code,
        note="Mang theo điện thoại đã sạc pin.",
    )
    session.lessons.set(LessonPage.objects.live().child_of(course).order_by("path")[:2])
    session.invited.set(Chapter.objects.filter(code__in=invited))
    return session


def _attendees(spec):
    *_rest, invited, per_chapter = spec
    users = []
    for code in invited:
        members = Member.objects.filter(chapter__code=code).order_by("user__phone")
        users += [member.user for member in members[:per_chapter]]
    return users


def _hold(session, attendees, organiser):
    """Who came (two of three scanned the code, the others were ticked from the list), then
    the session closed: lessons completed in class and the class counted."""
    for i, user in enumerate(attendees):
        when = session.starts_at + datetime.timedelta(minutes=3 * i)
        if i % 3:
            session_check_in(session=session, user=user, now=when)
        else:
            session_tick(session=session, organiser=organiser, user=user, now=when)
    session_close(session=session, user=organiser, now=session.ends_at)


@transaction.atomic
def load_classes(courses, *, organiser, leader):
    """The demo sessions, made once: past ones run by ``organiser`` (the demo admin, who may
    hold classes anywhere), the coming one by ``leader`` for her chapter."""
    for spec in SESSIONS:
        if not TrainingSession.objects.filter(code=spec[0]).exists():
            session = _create(spec, courses, organiser)
            _hold(session, _attendees(spec), organiser)
    if not TrainingSession.objects.filter(code=UPCOMING[0]).exists():
        _create(UPCOMING, courses, leader)

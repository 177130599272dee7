"""State changes of training sessions, each in one transaction: scheduling, "I will come",
check-in by scan, the organiser's ticks, closing (lessons completed in class) and cancelling.

Every refusal is a :class:`SessionRefused` carrying a message in her language and the HTTP
status its page answers with; nothing is recorded when one is raised.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from classes import stats
from classes.models import Attendance, SessionReply, TrainingSession
from classes.selectors import is_invited, session_lessons
from courses.services import lesson_complete
from lms.chapters.scope import can_organise


class SessionRefused(Exception):
    """What was asked cannot be done; ``message`` says why in her language."""

    status = 409

    def __init__(self, message, status=None):
        super().__init__(str(message))
        self.message = message
        if status is not None:
            self.status = status


def _closed():
    return SessionRefused(_("This class is closed: nothing can be changed any more."))


def _cancelled():
    return SessionRefused(_("This class was cancelled."))


def _not_open(session):
    if session.cancelled_at is not None:
        raise _cancelled()
    if session.closed_at is not None:
        raise _closed()


def checkin_margin():
    return timedelta(minutes=settings.SEN_CLASS_CHECKIN_MARGIN_MINUTES)


def checkin_window(session):
    """(opens, closes): when members may check in and be ticked."""
    margin = checkin_margin()
    return session.starts_at - margin, session.ends_at + margin


def _in_window(session, now):
    opens, closes = checkin_window(session)
    if now < opens:
        raise SessionRefused(
            _("Check-in has not opened yet. It opens %(minutes)s minutes before the class starts.")
            % {"minutes": settings.SEN_CLASS_CHECKIN_MARGIN_MINUTES}
        )
    if now > closes:
        raise SessionRefused(_("Check-in for this class has closed."))


def new_code():
    """The secret in the check-in QR code: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(16)


def _check_units(*, organiser, host, invited):
    if not can_organise(organiser, host):
        raise SessionRefused(_("You may only hold classes in your own units."), status=403)
    if not invited:
        raise SessionRefused(_("Invite at least one unit."), status=400)
    if not all(can_organise(organiser, node) for node in invited):
        raise SessionRefused(_("You may only invite your own units."), status=403)


def session_schedule(
    *,
    organiser,
    course,
    lessons,
    host,
    invited,
    starts_at,
    ends_at,
    place,
    trainer_name,
    capacity=None,
    note="",
):
    """Schedule a class held by ``host`` for the members beneath ``invited``."""
    _check_units(organiser=organiser, host=host, invited=invited)
    with transaction.atomic():
        session = TrainingSession.objects.create(
            host=host,
            organiser=organiser,
            course=course,
            starts_at=starts_at,
            ends_at=ends_at,
            place=place,
            trainer_name=trainer_name,
            capacity=capacity,
            note=note,
            code=new_code(),
        )
        session.lessons.set(lessons)
        session.invited.set(invited)
    return session


def session_update(*, session, user, course, lessons, host, invited, **fields):
    """Change a class not yet closed nor cancelled (its time, place, lessons, units...)."""
    _check_units(organiser=user, host=host, invited=invited)
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session.pk)
        _not_open(session)
        session.course = course
        session.host = host
        for name, value in fields.items():
            setattr(session, name, value)
        session.save()
        session.lessons.set(lessons)
        session.invited.set(invited)
    return session


def _member_invited(session, user):
    member = getattr(user, "member", None)
    if member is None or not is_invited(session, member.chapter):
        raise SessionRefused(
            _("This class is for the members of the invited chapters only."), status=403
        )
    return member


def session_reply(*, session, user):
    """She says she will come. Saying it twice changes nothing. Returns True when new."""
    _not_open(session)
    _member_invited(session, user)
    if timezone.now() > session.ends_at:
        raise SessionRefused(_("This class is over."))
    with transaction.atomic():
        if session.capacity:
            # The class row is locked so that two members taking the last place at once
            # cannot both have it; she who has a place already keeps it.
            TrainingSession.objects.select_for_update().filter(pk=session.pk).first()
            replies = SessionReply.objects.filter(session=session)
            if not replies.filter(user=user).exists() and replies.count() >= session.capacity:
                raise SessionRefused(
                    ngettext(
                        "This class is full: its %(places)d place is taken. Ask the organiser "
                        "whether you may come all the same.",
                        "This class is full: its %(places)d places are taken. Ask the "
                        "organiser whether you may come all the same.",
                        session.capacity,
                    )
                    % {"places": session.capacity}
                )
        _reply, created = SessionReply.objects.get_or_create(session=session, user=user)
    return created


@dataclass(frozen=True)
class CheckIn:
    attendance: Attendance
    created: bool  # False: she was checked in already (a second scan)


def session_check_in(*, session, user, now=None):
    """She scanned the class's code: checked in once, during the check-in window."""
    now = now or timezone.now()
    _not_open(session)
    _member_invited(session, user)
    _in_window(session, now)
    with transaction.atomic():
        attendance, created = Attendance.objects.get_or_create(
            session=session,
            user=user,
            defaults={"method": Attendance.Method.SCAN, "checked_in_at": now},
        )
    return CheckIn(attendance, created)


def may_manage(user, session):
    """May ``user`` run this class (its list, ticks, closing)? Those who may hold classes at
    its host unit: its organiser, another leader of that chapter, an official above it."""
    return user.is_authenticated and can_organise(user, session.host)


def _manager(user, session):
    if not may_manage(user, session):
        raise SessionRefused(_("You do not run this class."), status=403)


class KeyAlreadyUsed(SessionRefused):
    """A tick's key from the organiser's phone was already used for another member."""


def session_tick(*, session, organiser, user, client_key=None, now=None):
    """The organiser ticks an invited member on her list (she has no phone or signal).

    ``client_key``: the key the organiser's phone made for a tick queued offline and sent
    now; the same key again records nothing. Returns True when she was ticked now.
    """
    now = now or timezone.now()
    _manager(organiser, session)
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session.pk)
        _not_open(session)
        member = getattr(user, "member", None)
        if member is None or not can_organise(organiser, member.chapter):
            raise SessionRefused(_("This member is not in your units."), status=403)
        _member_invited(session, user)
        # Ticks open with the check-in window but do not close with it: ticks made without
        # signal arrive when her phone is back online, perhaps hours later, until she closes.
        if now < checkin_window(session)[0]:
            _in_window(session, now)
        if client_key is not None:
            known = Attendance.objects.filter(session=session, client_key=client_key).first()
            if known is not None:
                if known.user_id != user.pk:
                    raise KeyAlreadyUsed(
                        _("This key was already used for another member."), status=400
                    )
                return False
        if Attendance.objects.filter(session=session, user=user).exists():
            return False
        try:
            with transaction.atomic():
                Attendance.objects.create(
                    session=session,
                    user=user,
                    method=Attendance.Method.LIST,
                    ticked_by=organiser,
                    checked_in_at=now,
                    client_key=client_key,
                )
        except IntegrityError:
            return False  # her own scan came in meanwhile
    return True


def session_untick(*, session, organiser, user):
    """Take a tick (or a scan) back before the class is closed: nothing else is recorded.
    Returns True when there was one."""
    _manager(organiser, session)
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session.pk)
        _not_open(session)
        deleted, _rows = Attendance.objects.filter(session=session, user=user).delete()
    return bool(deleted)


def session_close(*, session, user, now=None):
    """Close the class: each lesson it covered is completed for each member who came,
    through the completion path of online learning (her enrollment, the chapter counters,
    the course rule, her certificate), marked as completed in class. A lesson she had done
    already stays as it was. Then the class is counted in the units' reports
    (``classes.stats.session_counted``). One transaction; closing again changes nothing.
    Returns True when it was closed now."""
    now = now or timezone.now()
    _manager(user, session)
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session.pk)
        if session.cancelled_at is not None:
            raise _cancelled()
        if session.closed_at is not None:
            return False
        if now < session.starts_at:
            raise SessionRefused(_("A class can be closed only once it has started."))
        lessons = session_lessons(session)
        attendees = [a.user for a in session.attendances.select_related("user").order_by("pk")]
        for attendee in attendees:
            for lesson in lessons:
                lesson_complete(
                    user=attendee, lesson=lesson, course=session.course, in_class=True, now=now
                )
        session.closed_at = now
        session.closed_by = user
        session.save(update_fields=["closed_at", "closed_by"])
        stats.session_counted(session=session)
    return True


def session_cancel(*, session, user, now=None):
    """Cancel a class not yet closed: it leaves the members' home pages. Returns True when
    it was cancelled now."""
    _manager(user, session)
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session.pk)
        if session.closed_at is not None:
            raise _closed()
        if session.cancelled_at is not None:
            return False
        session.cancelled_at = now or timezone.now()
        session.save(update_fields=["cancelled_at"])
    return True

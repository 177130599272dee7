"""Read-only queries for training sessions. Each makes a fixed number of queries, whatever
the number of sessions, members or units."""

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from classes.models import Attendance, SessionReply, TrainingSession
from courses.models import CoursePage, LessonPage
from lms.chapters.scope import organise_filter
from lms.dashboards.roster import search_filter
from lms.models import Chapter, Member


def _prefixes(chapter):
    """The paths of ``chapter`` and every node above it: a session inviting any of them
    invites her."""
    step = Chapter.steplen
    return [chapter.path[: step * depth] for depth in range(1, len(chapter.path) // step + 1)]


def is_invited(session, chapter):
    """Is ``chapter`` (a member's) beneath one of the units the session invites? One query."""
    return session.invited.filter(path__in=_prefixes(chapter)).exists()


def session_lessons(session):
    """The live lessons of the session's course that it covers, in course order."""
    return list(
        LessonPage.objects.live()
        .child_of(session.course)
        .filter(pk__in=session.lessons.values("pk"))
        .defer_streamfields()
        .order_by("path")
    )


def session_for_code(code):
    """The session whose check-in code this is, with its course, or None."""
    return (
        TrainingSession.objects.select_related("course", "host").filter(code=code).first()
        if code
        else None
    )


def _count(model):
    counted = (
        model.objects.filter(session=OuterRef("pk"))
        .order_by()
        .values("session")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_counts(sessions):
    """Annotate ``reply_count`` and ``attendance_count`` (correlated counts: one query)."""
    return sessions.annotate(reply_count=_count(SessionReply), attendance_count=_count(Attendance))


def upcoming_for_member(user, now=None):
    """The classes she is invited to that have not ended, soonest first, each with
    ``replied`` (she said she will come) and ``attended``. One query: her chapter is matched
    in the database (an invited unit's path starts her chapter's path), never loaded."""
    if not user.is_authenticated:
        return []
    now = now or timezone.now()
    her_chapter_beneath = Member.objects.filter(
        user_id=user.pk, chapter__path__startswith=OuterRef("chapter__path")
    )
    invites_her = TrainingSession.invited.through.objects.filter(
        trainingsession_id=OuterRef("pk")
    ).filter(Exists(her_chapter_beneath))
    return list(
        TrainingSession.objects.filter(
            Exists(invites_her),
            ends_at__gte=now,
            closed_at__isnull=True,
            cancelled_at__isnull=True,
        )
        .select_related("course")
        .annotate(
            replied=Exists(SessionReply.objects.filter(session=OuterRef("pk"), user=user)),
            attended=Exists(Attendance.objects.filter(session=OuterRef("pk"), user=user)),
        )
        .order_by("starts_at", "pk")
    )


def organised_sessions(user):
    """The classes held in her units, newest first, with their counts. One query."""
    return list(
        with_counts(
            TrainingSession.objects.filter(organise_filter(user, "host__path")).select_related(
                "course", "host"
            )
        ).order_by("-starts_at", "-pk")
    )


def managed_session(pk):
    """The session with its counts, course and host, or None."""
    return (
        with_counts(TrainingSession.objects.select_related("course", "host")).filter(pk=pk).first()
    )


def invited_filter(session, field="chapter__path"):
    """A Q of the members beneath the units the session invites."""
    query = Q(pk__in=[])
    for path in session.invited.values_list("path", flat=True):
        query |= Q(**{f"{field}__startswith": path})
    return query


def invited_members(session, organiser, *, search=""):
    """The members she may tick: invited and in her units, with ``attended`` and
    ``replied``, by name (not evaluated: the view pages it)."""
    return (
        Member.objects.filter(invited_filter(session))
        .filter(organise_filter(organiser, "chapter__path"))
        .filter(search_filter(search))
        .select_related("user", "chapter")
        .annotate(
            attended=Exists(Attendance.objects.filter(session=session, user=OuterRef("user_id"))),
            replied=Exists(SessionReply.objects.filter(session=session, user=OuterRef("user_id"))),
        )
        .order_by("full_name", "pk")
    )


def join_chapters(session, limit=50):
    """Chapters a newcomer may join to come to this class: those beneath the invited units
    (the host's own first when it is one of them)."""
    paths = list(session.invited.values_list("path", flat=True))
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(path__startswith=path)
    return list(Chapter.objects.filter(query, kind=Chapter.Kind.CHAPTER).order_by("name")[:limit])


def live_courses():
    return CoursePage.objects.live().order_by("title")


def schedulable_lessons():
    """Every live lesson of every live course, for the scheduling form."""
    return LessonPage.objects.live().defer_streamfields().order_by("path")


UNIT_CHOICES = 150  # at most about this many units listed in the form on her phone
UNIT_LEVELS = 2  # levels listed beneath the unit the list is around, when it is narrowed


def organising_units(user):
    """The units where she may hold a class and that she may invite, in tree order."""
    return Chapter.objects.filter(organise_filter(user)).order_by("path")


def units_to_list(user, around=None, keep=()):
    """What the scheduling form lists: ``(units, around)``. Every unit where she may organise
    when they are few (a leader, a commune or district official); for a province or the
    nation (a thousand chapters and more, too many for a phone) only ``around`` (a unit she
    may organise; by default her first; a chapter's commune for a chapter) and
    ``UNIT_LEVELS`` levels beneath it, plus the
    units in ``keep`` (those a class being changed already has). ``around`` is None when
    everything is listed."""
    everything = organising_units(user)
    if everything.count() <= UNIT_CHOICES:
        return everything, None
    centre = everything.filter(pk=around).first() if str(around or "").isdigit() else None
    if centre is None:
        centre = everything.first()
    elif centre.kind == Chapter.Kind.CHAPTER:  # around its commune: she may invite its sisters
        centre = everything.filter(path=centre.path[: -Chapter.steplen]).first() or centre
    near = Q(path__startswith=centre.path, depth__lte=centre.depth + UNIT_LEVELS) | Q(
        pk__in=list(keep)
    )
    return everything.filter(near), centre


def units_around(user, centre):
    """The units to move the list to: the one above ``centre`` (if she may organise it) and
    those beneath it, each with its name."""
    above = organising_units(user).filter(path=centre.path[: -Chapter.steplen] or None)
    return list(above), list(
        organising_units(user).filter(path__startswith=centre.path, depth=centre.depth + 1)
    )

"""Read-only queries for the class reports: the dashboard panel, the sessions held beneath a
node, a session's attendance list and the Excel export all read these functions, so their
figures cannot differ.

The panel makes a fixed number of queries whatever the size of the subtree: it sums the
``ClassStat`` rows beneath the node (classes.stats) and lms's completion counters, grouped by
chapter path and folded into the node's children by path prefix.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db.models import Count, Sum
from django.db.models.functions import Substr
from django.utils import timezone

from classes.models import Attendance, ClassStat
from classes.stats import held_sessions
from courses.models import CoursePage
from lms.dashboards import big_nodes
from lms.models import Chapter, ChapterWeekStats

MONTHS = 6


@dataclass
class Figures:
    sessions: int = 0
    attendances: int = 0
    trained: int = 0
    online: int = 0  # course completions (lms's counters), online or with lessons taught in class

    def add(self, other):
        self.sessions += other.sessions
        self.attendances += other.attendances
        self.trained += other.trained
        self.online += other.online

    def as_tuple(self):
        return (self.sessions, self.attendances, self.trained, self.online)


@dataclass
class UnitRow:
    """A child unit of the node; or the node itself for what is counted there and not in a
    child (a session its district held), ``is_self``."""

    node: Chapter
    figures: Figures = field(default_factory=Figures)
    months: dict = field(default_factory=dict)  # month -> Figures
    is_self: bool = False

    def month(self, month):
        return self.months.get(month, Figures())


@dataclass
class ClassReport:
    node: Chapter
    months: list  # first days of the months shown, oldest first
    courses: list  # live courses
    course: CoursePage | None  # the course chosen, or None for all of them
    rows: list  # UnitRow per child, in tree order, then the node itself if it has figures
    total: Figures
    by_month: list  # [(month, Figures)], oldest first
    by_course: list  # [(course, Figures)] over the months shown, every live course
    as_of: datetime | None = None  # when a big node's kept sums were computed; None: live

    @property
    def since(self):
        return self.months[0]


def last_months(today, n=MONTHS):
    """The first days of the ``n`` months ending with ``today``'s, oldest first."""
    months = [today.replace(day=1)]
    while len(months) < n:
        months.append((months[-1] - timedelta(days=1)).replace(day=1))
    return months[::-1]


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def month_of_week(monday):
    """The month a week (given by its Monday) is counted in: the one that holds most of its
    days, i.e. its Thursday's (as ISO 8601 places a week in a year). Its first day."""
    return (monday + timedelta(days=3)).replace(day=1)


def online_completions(node, course_ids, *, since, until):
    """Online course completions beneath ``node``, folded into its children, by month:
    {(child path or the node's own path, course id, month): n}, from lms's weekly counters
    (``ChapterWeekStats``) only, so the cost follows units x courses x weeks, never members.
    A week that straddles two months counts in the month that holds most of its days
    (``month_of_week``); the weeks shown are those whose month is ``since``'s or later, up to
    ``until``'s week. One query, grouped by child in SQL."""
    first = since - timedelta(days=since.weekday())
    if month_of_week(first) < since:
        first += timedelta(weeks=1)
    last = until - timedelta(days=until.weekday())
    weeks = (
        ChapterWeekStats.objects.filter(
            chapter__path__startswith=node.path,
            course_id__in=course_ids,
            week__gte=first,
            week__lte=last,
            completed__gt=0,
        )
        .values("course_id", "week", child=_child_of(node))
        .annotate(n=Sum("completed"))
        .values_list("child", "course_id", "week", "n")
    )
    counts = {}
    for child, course_id, week, n in weeks:
        key = (child, course_id, month_of_week(week))
        counts[key] = counts.get(key, 0) + n
    return counts


def _child_of(node, field="chapter__path"):
    """The path of the child of ``node`` a row's chapter lies beneath (the first
    ``depth + 1`` steps of its path; the node's own path for a row of the node itself)."""
    return Substr(field, 1, (node.depth + 1) * Chapter.steplen)


def class_report(node, *, course_id=None, today=None, months=MONTHS):
    """Sessions held, attendances, members trained in class and online completions beneath
    ``node`` over the last ``months`` months: per child unit and per month for the course
    chosen (every live course when ``course_id`` is None or not live), and per course for the
    node. Five queries, whatever the size of the subtree."""
    today = today or timezone.localdate()
    shown = last_months(today, months)
    courses = list(CoursePage.objects.live().order_by("path"))
    course = next((c for c in courses if c.pk == course_id), None)
    chosen = {course.pk} if course else {c.pk for c in courses}
    children = list(node.get_children()) if not node.is_leaf() else []
    rows = {child.path: UnitRow(node=child) for child in children}
    here = UnitRow(node=node, is_self=True)
    total = Figures()
    by_month = {month: Figures() for month in shown}
    by_course = {c.pk: Figures() for c in courses}

    def fold(path, course_id, month, figures):
        by_course[course_id].add(figures)
        if course_id not in chosen:
            return
        total.add(figures)
        by_month[month].add(figures)
        row = rows.get(path) or here  # ``path`` is already the child's (``_child_of``)
        row.figures.add(figures)
        row.months.setdefault(month, Figures()).add(figures)

    def sums():
        stats = list(
            ClassStat.objects.filter(
                chapter__path__startswith=node.path,
                course_id__in=list(by_course),
                month__gte=shown[0],
            )
            .values("course_id", "month", child=_child_of(node))
            .annotate(s=Sum("sessions_held"), a=Sum("attendances"), t=Sum("members_trained"))
            .values_list("child", "course_id", "month", "s", "a", "t")
        )
        return stats, online_completions(node, list(by_course), since=shown[0], until=today)

    # A big node's sums are kept a few minutes (lms.dashboards.big_nodes).
    (stats, online), as_of = big_nodes.remember(
        node, "classes", (sorted(by_course), shown[0], today), sums
    )
    for path, course_id, month, sessions, attendances, trained in stats:
        if month in by_month:
            fold(
                path,
                course_id,
                month,
                Figures(sessions=sessions, attendances=attendances, trained=trained),
            )
    for (path, course_id, month), n in online.items():
        if month in by_month:
            fold(path, course_id, month, Figures(online=n))

    unit_rows = [rows[child.path] for child in children]
    if here.figures.as_tuple() != (0, 0, 0, 0):
        unit_rows.append(here)
    return ClassReport(
        node=node,
        months=shown,
        courses=courses,
        course=course,
        rows=unit_rows,
        total=total,
        by_month=[(month, by_month[month]) for month in shown],
        by_course=[(c, by_course[c.pk]) for c in courses],
        as_of=as_of,
    )


def sessions_held_beneath(node, *, since=None, course_id=None):
    """Closed sessions hosted beneath ``node``, newest first, with their attendee count
    (``n_attendees``) and invited count (``n_invited``): a queryset to page."""
    sessions = held_sessions().filter(host__path__startswith=node.path)
    if since is not None:
        sessions = sessions.filter(starts_at__gte=_start_of(since))
    if course_id is not None:
        sessions = sessions.filter(course_id=course_id)
    return (
        sessions.select_related("host", "course")
        .annotate(
            n_attendees=Count("attendances", distinct=True),
            n_invited=Count("invited", distinct=True),
        )
        .order_by("-starts_at", "-pk")
    )


def session_in_node(node, session_id):
    """A closed session hosted beneath ``node``, or None."""
    return (
        held_sessions()
        .filter(pk=session_id, host__path__startswith=node.path)
        .select_related("host", "course")
        .first()
    )


def attendance_rows(session, *, scope_q=None):
    """Who came, with her chapter: Attendance rows with ``user__member__chapter`` loaded,
    in check-in order; ``scope_q`` (a Q on the member's chapter path) keeps those the viewer
    may see. Returns (rows, how many others there were)."""
    everyone = Attendance.objects.filter(session=session)
    rows = everyone
    if scope_q is not None:
        rows = rows.filter(scope_q)
    rows = list(
        rows.select_related("user", "user__member", "chapter").order_by("checked_in_at", "pk")
    )
    others = everyone.count() - len(rows) if scope_q is not None else 0
    return rows, others


def sessions_with_attendance(node, *, since):
    """Sessions hosted beneath ``node`` since ``since`` (a date), oldest first, with
    lessons, invited units and attendance rows prefetched: what the export writes."""
    return list(
        held_sessions()
        .filter(host__path__startswith=node.path, starts_at__gte=_start_of(since))
        .select_related("host", "course")
        .prefetch_related("lessons", "invited")
        .annotate(n_attendees=Count("attendances", distinct=True))
        .order_by("starts_at", "pk")
    )


def attendances_beneath(node, *, since, scope_q=None):
    """Attendance rows of sessions hosted beneath ``node`` since ``since``, oldest first."""
    rows = Attendance.objects.filter(
        session__in=held_sessions().filter(
            host__path__startswith=node.path, starts_at__gte=_start_of(since)
        )
    )
    if scope_q is not None:
        rows = rows.filter(scope_q)
    return rows.select_related(
        "session", "session__host", "session__course", "user", "user__member", "chapter"
    ).order_by("session__starts_at", "session_id", "checked_in_at", "pk")

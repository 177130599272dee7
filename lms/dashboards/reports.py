"""The query layer of the completion dashboards: one set of functions for the leader's phone
page, the officials' admin report and the exports.

Every function makes a fixed number of queries; their cost follows the number of chapters
beneath the node, never the number of members.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db.models import Count, Sum
from django.db.models.functions import Substr, TruncWeek
from django.utils import timezone

from courses.models import CoursePage, Enrollment
from lms.dashboards import big_nodes, selection
from lms.dashboards.rates import overall_rate, rate
from lms.models import Campaign, Chapter, ChapterCourseStats, ChapterWeekStats


@dataclass
class CourseFigures:
    started: int = 0
    completed: int = 0


@dataclass
class Row:
    """One line of the dashboard: a child node, or the node itself (``is_total``)."""

    node: Chapter
    members: int = 0
    courses: dict = field(default_factory=dict)  # course id -> CourseFigures
    is_total: bool = False

    def figures(self, course_id):
        return self.courses.get(course_id, CourseFigures())

    def rate(self, course_id):
        return rate(self.figures(course_id).completed, self.members)

    def overall(self, course_ids):
        return overall_rate({c: self.figures(c).completed for c in course_ids}, self.members)


@dataclass
class Dashboard:
    node: Chapter
    ancestors: list
    courses: list  # CoursePage: the courses the switch shows (lms.dashboards.selection)
    campaigns: list
    rows: list  # children, in tree order
    total: Row
    choice: selection.CourseChoice = field(default_factory=selection.CourseChoice)
    live_courses: list = field(default_factory=list)  # every live course, campaign's first
    due_on: dict = field(default_factory=dict)  # course id -> due date, campaign courses
    as_of: datetime | None = None  # when a big node's kept sums were computed; None: live

    @property
    def course_ids(self):
        return [course.pk for course in self.courses]

    @property
    def campaign_courses(self):
        return [course for course in self.live_courses if course.pk in self.due_on]

    def cells(self, row):
        """The figures of one row, course by course: (course, started, completed, rate)."""
        return [
            (
                course,
                row.figures(course.pk).started,
                row.figures(course.pk).completed,
                row.rate(course.pk),
            )
            for course in self.courses
        ]


def ancestor_paths(path, steplen=Chapter.steplen):
    return [path[:i] for i in range(steplen, len(path) + 1, steplen)]


def campaigns_over(node, today=None):
    """Campaigns that apply at ``node``: set on it or on any node above it, started by
    ``today`` (as members see them, lms.campaigns.assignments), newest first."""
    today = today or timezone.localdate()
    return list(
        Campaign.objects.filter(node__path__in=ancestor_paths(node.path), starts_on__lte=today)
        .select_related("node")
        .prefetch_related("courses")
        .order_by("-starts_on")
    )


def node_dashboard(node, *, choice=None):
    """Members, started, completed and rates for each child of ``node`` and for ``node``,
    for the courses ``choice`` (a ``selection.CourseChoice``; every course by default) asks
    for among the live ones. A fixed number of queries, whatever the number of courses."""
    campaigns = campaigns_over(node)
    due_on = selection.due_dates(campaigns)
    live = selection.order_courses(CoursePage.objects.live().order_by("path"), due_on)
    choice, courses = selection.select_courses(choice or selection.CourseChoice(), live, due_on)
    course_ids = [course.pk for course in courses]
    children = list(node.get_children()) if not node.is_leaf() else []
    rows = {child.path: Row(node=child) for child in children}
    total = Row(node=node, is_total=True)

    # Folded into the children in SQL (the child's path is the first (depth + 1) steps of a
    # path): a few rows per child come back, whatever the number of chapters beneath.
    child = Substr("path", 1, (node.depth + 1) * Chapter.steplen)
    chapter_child = Substr("chapter__path", 1, (node.depth + 1) * Chapter.steplen)

    def sums():
        # Each chapter's maintained member count (lms.stats.counters), not a count over members.
        member_counts = list(
            Chapter.objects.filter(path__startswith=node.path, direct_member_count__gt=0)
            .values(child=child)
            .annotate(n=Sum("direct_member_count"))
            .values_list("child", "n")
        )
        stats = list(
            ChapterCourseStats.objects.filter(
                chapter__path__startswith=node.path, course_id__in=course_ids
            )
            .values("course_id", child=chapter_child)
            .annotate(started=Sum("started"), completed=Sum("completed"))
            .values_list("child", "course_id", "started", "completed")
        )
        return member_counts, stats

    # A big node's sums are kept a few minutes (lms.dashboards.big_nodes).
    (member_counts, stats), as_of = big_nodes.remember(node, "sums", sorted(course_ids), sums)
    for prefix, n in member_counts:
        total.members += n
        row = rows.get(prefix)
        if row is not None:
            row.members += n
    for prefix, course_id, started, completed in stats:
        targets = [total]
        row = rows.get(prefix)
        if row is not None:
            targets.append(row)
        for target in targets:
            figures = target.courses.setdefault(course_id, CourseFigures())
            figures.started += started
            figures.completed += completed

    return Dashboard(
        node=node,
        ancestors=list(
            Chapter.objects.filter(path__in=ancestor_paths(node.path)[:-1]).order_by("path")
        ),
        courses=courses,
        campaigns=campaigns,
        rows=[rows[child.path] for child in children],
        total=total,
        choice=choice,
        live_courses=live,
        due_on={course.pk: due_on[course.pk] for course in live if course.pk in due_on},
        as_of=as_of,
    )


def sort_rows(rows, key, course_ids, descending=True):
    """Sort dashboard rows by ``name``, ``members``, ``overall`` or ``course-<id>`` rate."""

    def value(row):
        if key == "name":
            return row.node.name
        if key == "members":
            return row.members
        if key.startswith("course-") and key[7:].isdigit():
            return row.rate(int(key[7:])) or -1
        return row.overall(course_ids) or -1

    return sorted(rows, key=value, reverse=descending and key != "name")


def whole_weeks(since, until, today=None):
    """The days the weekly chart covers for the window ``since``..``until``: whole weeks,
    from the Monday of the window's first week to the Sunday of its last (or ``today`` when
    that Sunday is still to come). Used as the chart's label, so the figures and the dates
    shown agree."""
    today = today or timezone.localdate()
    monday = since - timedelta(days=since.weekday())
    sunday = until + timedelta(days=6 - until.weekday())
    return monday, sunday if sunday <= today else max(today, monday)


def weekly_completions(node, courses, *, since=None, until=None):
    """Completions per week beneath ``node`` for these courses: [(monday, count), ...].

    Charts whole weeks (site time zone): from the Monday of the week of ``since`` to the end
    of the week of ``until`` (``whole_weeks``), so every figure is a sum of the week counters
    (``ChapterWeekStats``: at most chapters x courses x weeks rows, one indexed range of
    chapter ids), never a count over enrollments: the cost follows chapters, not members.
    """
    return weekly_chart(node, courses, since=since, until=until)[0]


def weekly_chart(node, courses, *, since=None, until=None):
    """``weekly_completions`` and when they were summed: None when live, the time a big
    node's kept sums were computed (lms.dashboards.big_nodes)."""
    until = until or timezone.localdate()
    since = since or (until - timedelta(weeks=11))
    first = since - timedelta(days=since.weekday())
    last = until - timedelta(days=until.weekday())
    course_ids = sorted(getattr(course, "pk", course) for course in courses)

    def sums():
        return dict(
            ChapterWeekStats.objects.filter(
                chapter_id__in=_chapter_ids_beneath(node),
                course_id__in=course_ids,
                week__gte=first,
                week__lte=last,
            )
            .values("week")
            .annotate(n=Sum("completed"))
            .values_list("week", "n")
        )

    counts, as_of = big_nodes.remember(node, "weeks", (course_ids, first, last), sums)
    weeks = []
    monday = first
    while monday <= last:
        weeks.append((monday, counts.get(monday, 0)))
        monday += timedelta(weeks=1)
    return weeks, as_of


def weekly_completions_from_enrollments(node, courses, *, since, until):
    """The same figures read from every enrollment: the reference ``weekly_completions``
    is checked against (tests, ``recompute_chapter_stats``), too slow for a page at scale.
    Whole weeks too: the Monday of ``since``'s week to the Sunday of ``until``'s."""
    first = since - timedelta(days=since.weekday())
    end = until + timedelta(days=7 - until.weekday())  # the Monday after the last week
    rows = (
        Enrollment.objects.filter(
            course__in=courses,
            completed_at__gte=_start_of(first),
            completed_at__lt=_start_of(end),
            user__member__chapter__path__startswith=node.path,
        )
        .annotate(week=TruncWeek("completed_at"))
        .values("week")
        .annotate(n=Count("pk"))
    )
    counts = {_as_date(row["week"]): row["n"] for row in rows}
    monday = first
    weeks = []
    while monday < end:
        weeks.append((monday, counts.get(monday, 0)))
        monday += timedelta(weeks=1)
    return weeks


def _chapter_ids_beneath(node):
    """The ids of ``node`` and every chapter beneath it, as a subquery (one indexed
    ``path LIKE 'prefix%'`` range), so counter sums filter by chapter id, not by a join."""
    return Chapter.objects.filter(path__startswith=node.path).values("pk")


def _start_of(day):
    """Midnight at the start of ``day`` in the site's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


def _as_date(value):
    return value.date() if hasattr(value, "date") else value


def chart_window(dashboard, today=None):
    """The weeks the chart covers: a campaign's when the dashboard shows campaign courses
    only (the campaign's, or one of them), else the last 12 weeks."""
    shown = set(dashboard.course_ids)
    campaigns = []
    if dashboard.choice.kind != selection.ALL:
        campaigns = [
            campaign
            for campaign in dashboard.campaigns
            if shown & {course.pk for course in campaign.courses.all()}
        ]
    return campaign_window(campaigns, today=today)


def campaign_window(campaigns, today=None):
    """The weeks to chart: the newest campaign's start to min(today, due), or 12 weeks."""
    today = today or timezone.localdate()
    if campaigns:
        campaign = campaigns[0]
        return campaign.starts_on, min(
            today, campaign.due_on
        ) if campaign.starts_on <= today else campaign.starts_on
    return today - timedelta(weeks=11), today

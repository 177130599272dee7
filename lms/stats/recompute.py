"""Rebuild the chapter counters from the facts, and report what had drifted.

``recount*`` say what the counters should be (from enrollments and members), ``current*``
what they are, and ``recompute`` (the ``recompute_chapter_stats`` command) locks them, compares
and rewrites them, in the lock order of ``lms.stats.counters``.
"""

from django.db import transaction
from django.db.models import Count, Q
from django.db.models.functions import TruncWeek

from lms.models import Chapter, ChapterCourseStats, ChapterWeekStats, Member
from lms.stats.counters import COURSE_KEY, WEEK_KEY


def recount():
    """The counters as the facts say they should be: {(chapter_id, course_id): (started, done)}."""
    from courses.models import Enrollment

    rows = (
        Enrollment.objects.filter(user__member__isnull=False)
        .values("user__member__chapter_id", "course_id")
        .annotate(started=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
    )
    return {
        (row["user__member__chapter_id"], row["course_id"]): (row["started"], row["completed"])
        for row in rows
    }


def recount_weeks():
    """Completions per week as the facts say: {(chapter_id, course_id, monday): n}."""
    from courses.models import Enrollment

    rows = (
        Enrollment.objects.filter(user__member__isnull=False, completed_at__isnull=False)
        .annotate(week=TruncWeek("completed_at"))
        .values("user__member__chapter_id", "course_id", "week")
        .annotate(n=Count("pk"))
    )
    return {
        (row["user__member__chapter_id"], row["course_id"], _as_date(row["week"])): row["n"]
        for row in rows
    }


def recount_members():
    """Members per chapter as the facts say: {chapter_id: n} (chapters with members)."""
    return dict(
        Member.objects.order_by()
        .values("chapter_id")
        .annotate(n=Count("pk"))
        .values_list("chapter_id", "n")
    )


def current_members():
    return dict(
        Chapter.objects.filter(direct_member_count__gt=0).values_list("pk", "direct_member_count")
    )


def _as_date(value):
    return value.date() if hasattr(value, "date") else value


def current_weeks():
    return {
        (row.chapter_id, row.course_id, row.week): row.completed
        for row in ChapterWeekStats.objects.all()
    }


def _drift(current, expected, zero):
    return {
        key: (current.get(key, zero), expected.get(key, zero))
        for key in set(expected) | set(current)
        if current.get(key, zero) != expected.get(key, zero)
    }


@transaction.atomic
def recompute():
    """Rebuild every counter from the facts. Returns the rows that were wrong (before
    fixing), in one dict: {(chapter, course): ((started, completed) was, now)},
    {(chapter, course, week): (completed was, now)} and {(chapter,): (members was, now)}."""
    # Lock first, then count: a change committed before the lock is in the recount, one
    # made after it waits and then adds to the rebuilt rows.
    current = {
        (row.chapter_id, row.course_id): (row.started, row.completed)
        for row in ChapterCourseStats.objects.order_by(*COURSE_KEY).select_for_update()
    }
    weeks = {
        (row.chapter_id, row.course_id, row.week): row.completed
        for row in ChapterWeekStats.objects.order_by(*WEEK_KEY).select_for_update()
    }
    members = dict(
        Chapter.objects.order_by("pk")
        .select_for_update(no_key=True)  # sign-ups' foreign key checks need not wait
        .values_list("pk", "direct_member_count")
    )
    expected = recount()
    expected_weeks = recount_weeks()
    expected_members = recount_members()
    wrong = _drift(current, expected, (0, 0))
    wrong.update(_drift(weeks, expected_weeks, 0))
    members_wrong = _drift(members, expected_members, 0)
    wrong.update({(chapter_id,): change for chapter_id, change in members_wrong.items()})
    for chapter_id, (_was, now) in members_wrong.items():
        Chapter.objects.filter(pk=chapter_id).update(direct_member_count=now)
    if wrong:
        ChapterCourseStats.objects.all().delete()
        ChapterCourseStats.objects.bulk_create(
            (
                ChapterCourseStats(chapter_id=chapter, course_id=course, started=s, completed=c)
                for (chapter, course), (s, c) in expected.items()
            ),
            batch_size=2000,
        )
        ChapterWeekStats.objects.all().delete()
        ChapterWeekStats.objects.bulk_create(
            (
                ChapterWeekStats(chapter_id=chapter, course_id=course, week=week, completed=n)
                for (chapter, course, week), n in expected_weeks.items()
            ),
            batch_size=2000,
        )
    return wrong

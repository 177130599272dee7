"""The dashboards' weekly chart reads the weekly counters and shows what the enrollments say."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import transaction

from courses.models import CoursePage
from demo import scale_data
from lms.dashboards import reports
from lms.models import Chapter, ChapterWeekStats
from lms.stats import recompute

pytestmark = pytest.mark.django_db

UNTIL = dt.date(2026, 3, 1)  # a Sunday
TINY = [
    "--chapters=12",
    "--members=150",
    "--courses=2",
    "--lessons=2",
    "--completion-ratio=0.6",
    "--districts=2",
    f"--until={UNTIL.isoformat()}",
]


def generate(*extra):
    call_command("generate_scale_data", *TINY, *extra, verbosity=0)


def week_rows():
    return sorted(
        ChapterWeekStats.objects.values_list("chapter__code", "course__slug", "week", "completed")
    )


def test_generated_weekly_counters_agree_with_the_enrollments_and_follow_the_seed():
    with transaction.atomic():
        generate("--seed=3")
        first = week_rows()
        assert recompute.recount_weeks() == recompute.current_weeks()
        assert recompute.recompute() == {}
        transaction.set_rollback(True)
    with transaction.atomic():
        generate("--seed=3")
        assert week_rows() == first
        transaction.set_rollback(True)
    assert first
    assert {week.weekday() for _chapter, _course, week, _n in first} == {0}


WINDOWS = [
    (UNTIL - dt.timedelta(days=83), UNTIL),  # the campaign's twelve weeks, ending on a Sunday
    (dt.date(2025, 12, 10), dt.date(2026, 2, 12)),  # starts and ends mid-week
    (dt.date(2025, 12, 8), dt.date(2026, 1, 4)),  # a Monday to a Sunday
    (dt.date(2026, 1, 1), dt.date(2026, 1, 1)),  # one day
    (dt.date(2026, 2, 20), dt.date(2026, 4, 20)),  # beyond the last completion
]


def test_weekly_chart_equals_the_count_over_enrollments_for_every_node_and_window():
    generate("--seed=7")
    courses = list(CoursePage.objects.order_by("path"))
    province = Chapter.objects.get(code=f"{scale_data.CODE_PREFIX}province")
    nodes = [
        province,
        Chapter.objects.filter(kind=Chapter.Kind.DISTRICT).order_by("path").first(),
        Chapter.objects.filter(kind=Chapter.Kind.CHAPTER).order_by("path").last(),
    ]
    checked = 0
    for node in nodes:
        for chosen in (courses, courses[:1]):
            for since, until in WINDOWS:
                expected = reports.weekly_completions_from_enrollments(
                    node, chosen, since=since, until=until
                )
                assert reports.weekly_completions(node, chosen, since=since, until=until) == (
                    expected
                ), (node.code, since, until)
                checked += sum(n for _monday, n in expected)
    assert checked > 0


def test_weekly_chart_reads_the_counters():
    generate("--seed=2")
    province = Chapter.objects.get(code=f"{scale_data.CODE_PREFIX}province")
    courses = list(CoursePage.objects.order_by("path"))
    since, until = UNTIL - dt.timedelta(days=83), UNTIL
    before = reports.weekly_completions(province, courses, since=since, until=until)
    # Counters are what the chart reads: change one and the chart follows.
    row = ChapterWeekStats.objects.filter(week__gte=since).order_by("pk").first()
    ChapterWeekStats.objects.filter(pk=row.pk).update(completed=row.completed + 5)
    after = dict(reports.weekly_completions(province, courses, since=since, until=until))
    assert after[row.week] == dict(before)[row.week] + 5

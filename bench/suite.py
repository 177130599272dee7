"""The benchmark suite, run by bench/run.py once Django is set up."""

import os
import sys
import time

from django.core.management import call_command
from django.db import connection

from bench import contest_load, exports, fixtures, naive, national, pages, quiz_load
from bench.report import Report
from demo.scale_data import ScaleDataError
from lms.models import Chapter, ChapterCourseStats
from lms.stats import recompute


def _machine():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    memory = ""
    try:
        with open("/proc/meminfo") as meminfo:
            kb = int(meminfo.readline().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB memory"
    except (OSError, ValueError, IndexError):
        pass
    return f"PostgreSQL {version.split()[0]}, {os.cpu_count()} cores{memory}"


def _load():
    try:
        with open("/proc/loadavg") as loadavg:
            return " ".join(loadavg.read().split()[:3])
    except OSError:
        return "unknown"


def _counters_wrong():
    """Per-chapter counter rows (course totals, weeks, member counts) that disagree with the
    facts (0 after any load)."""
    expected = recompute.recount()
    current = {
        (row.chapter_id, row.course_id): (row.started, row.completed)
        for row in ChapterCourseStats.objects.all()
    }
    weeks, expected_weeks = recompute.current_weeks(), recompute.recount_weeks()
    members, expected_members = recompute.current_members(), recompute.recount_members()
    return (
        sum(
            1
            for key in members.keys() | expected_members.keys()
            if members.get(key, 0) != expected_members.get(key, 0)
        )
        + sum(
            1
            for key in expected.keys() | current.keys()
            if expected.get(key, (0, 0)) != current.get(key, (0, 0))
        )
        + sum(
            1
            for key in expected_weeks.keys() | weeks.keys()
            if expected_weeks.get(key, 0) != weeks.get(key, 0)
        )
    )


def run(*, quick=False, strict=False):
    report = Report()
    began = time.monotonic()
    scale = fixtures.QUICK if quick else fixtures.FULL
    call_command("migrate", interactive=False, verbosity=0)
    report.note(
        f"Sen benchmarks, {'quick (one tenth of the scale)' if quick else 'full scale'}, "
        f"{_machine()}"
    )
    report.note(f"load average at start: {_load()} (other processes on the machine skew timings)")
    try:
        province = fixtures.load_scale(scale, report)
    except ScaleDataError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    fx = fixtures.ensure(province)
    with connection.cursor() as cursor:  # planner statistics that include the bench's rows
        cursor.execute("ANALYZE")
    report.figure("tree_problems", sum(len(p) for p in Chapter.find_problems()), "nodes")

    client = pages.lesson_page_ratio(fx, report, requests=100 if quick else 200)
    pages.lesson_page_weight(fx, report, client)
    pages.query_counts(fx, report)
    pages.province_dashboard(fx, report, requests=10 if quick else 20)
    pages.big_chapter_page(fx, report, requests=10 if quick else 20)
    exports.member_exports(fx, report)
    naive.compare(fx, report)
    quiz_load.run(fx, report, clients=16, rounds=6 if quick else 12)
    # A province round closing: 1,000 members (100 quick) through gunicorn (docs/performance.md).
    contest_load.run(
        report,
        node=province,
        contestants=100 if quick else 1000,
        window_s=20 if quick else 100,
    )
    report.figure("chapter_stats_wrong", _counters_wrong(), "rows")
    report.figure("bench_total_s", time.monotonic() - began, "s")
    report.note(f"load average at the end: {_load()}")
    return report.finish(strict=strict)


def run_national(*, quick=False, strict=False):
    """The national scale (``--national``): generation, the national and a province's
    dashboards, publishing a lesson of a course of 1,000,000 enrollments and the worker's
    re-apply, one province's member export; then the counters against a recount."""
    report = Report()
    began = time.monotonic()
    scale = fixtures.NATIONAL_QUICK if quick else fixtures.NATIONAL
    call_command("migrate", interactive=False, verbosity=0)
    report.note(
        f"Sen benchmarks, national scale{' (one hundredth of the members)' if quick else ''}, "
        f"{_machine()}"
    )
    report.note(f"load average at start: {_load()} (other processes on the machine skew timings)")
    try:
        root, province = fixtures.load_national(scale, report)
    except ScaleDataError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    report.figure("database_mb", national.database_size_mb(), "MB")
    fx = fixtures.ensure_national(root, province)
    national.settle_generated_queue(fixtures.scale_courses())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    report.figure("tree_problems", sum(len(p) for p in Chapter.find_problems()), "nodes")
    report.note(f"load average before the pages: {_load()}")
    national.national_dashboard(fx, report, requests=20)
    pages.province_dashboard(fx, report, requests=20)
    national.publish_and_reapply(fx, report)
    report.note(f"load average before the export: {_load()}")
    national.province_export(fx, report)
    report.figure("chapter_stats_wrong", _counters_wrong(), "rows")
    report.figure("database_mb_end", national.database_size_mb(), "MB")
    report.figure("bench_total_s", time.monotonic() - began, "s")
    report.note(f"load average at the end: {_load()}")
    return report.finish(strict=strict)

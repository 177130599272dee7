"""The baselines of the report benchmark, the province figures computed without the
per-chapter counters. Bench-only.

- ``naive_dashboard`` (``report_speedup``): a plain loop, member by member and rule by rule;
- ``grouped_dashboard`` (``report_speedup_vs_grouped``): what a competent developer writes
  without counters: one grouped query over the facts (lessons done per member and course),
  one for the final quizzes passed and one for the member counts, then the rule in Python.
"""

import statistics
import time

from django.db.models import Count, Q

from courses.completion import is_course_complete
from courses.models import Enrollment, LessonCompletion, LessonPage
from lms.dashboards import reports
from lms.dashboards.rates import child_prefix
from lms.models import Member


def naive_dashboard(node, courses):
    """{path of a child or the node: [members, {course_id: [started, completed]}]}.

    One query per member for her completions (and one for her final quizzes when a course
    has one), then the completion rule per course in Python.
    """
    required = {
        course.pk: set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
        for course in courses
    }
    final = {course.pk: course.final_quiz_id for course in courses}
    rows = {child.path: [0, {c.pk: [0, 0] for c in courses}] for child in node.get_children()}
    total = [0, {c.pk: [0, 0] for c in courses}]
    members = Member.objects.filter(chapter__path__startswith=node.path).values_list(
        "user_id", "chapter__path"
    )
    for user_id, path in list(members):
        done = {}
        for course_id, lesson_id in LessonCompletion.objects.filter(
            user_id=user_id, course_id__in=required
        ).values_list("course_id", "lesson_id"):
            done.setdefault(course_id, set()).add(lesson_id)
        passed = set()
        if any(final.values()):
            passed = set(
                Enrollment.objects.filter(
                    user_id=user_id, final_quiz_passed_at__isnull=False
                ).values_list("course_id", flat=True)
            )
        targets = [total]
        row = rows.get(child_prefix(path, node.depth, node.steplen))
        if row is not None:
            targets.append(row)
        for target in targets:
            target[0] += 1
        for course_id, lessons in required.items():
            mine = done.get(course_id, set())
            started = bool(mine) or course_id in passed
            completed = is_course_complete(
                required_lesson_ids=lessons,
                done_lesson_ids=mine,
                final_quiz_required=bool(final[course_id]),
                final_quiz_passed=course_id in passed,
            )
            for target in targets:
                target[1][course_id][0] += started
                target[1][course_id][1] += completed
    rows[node.path] = total
    return rows


def grouped_dashboard(node, courses):
    """The same figures as ``naive_dashboard`` in three grouped queries over the facts."""
    required = {
        course.pk: set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
        for course in courses
    }
    final = {course.pk: course.final_quiz_id for course in courses}
    rows = {child.path: [0, {c.pk: [0, 0] for c in courses}] for child in node.get_children()}
    total = [0, {c.pk: [0, 0] for c in courses}]

    def targets(path):
        row = rows.get(child_prefix(path, node.depth, node.steplen))
        return [total] if row is None else [total, row]

    beneath = {"user__member__chapter__path__startswith": node.path}
    for path, members in (
        Member.objects.filter(chapter__path__startswith=node.path)
        .values_list("chapter__path")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        for target in targets(path):
            target[0] += members
    passed = set(
        Enrollment.objects.filter(
            **beneath, course_id__in=required, final_quiz_passed_at__isnull=False
        ).values_list("user_id", "course_id")
    )
    lessons_done = {
        (user_id, course_id): (path, n)
        for user_id, path, course_id, n in LessonCompletion.objects.filter(
            **beneath, course_id__in=required
        )
        .values_list("user_id", "user__member__chapter__path", "course_id")
        .annotate(n=Count("pk", filter=Q(lesson_id__in=set().union(*required.values()))))
        .order_by()
    }
    paths = dict(
        Member.objects.filter(user_id__in={user for user, _course in passed}).values_list(
            "user_id", "chapter__path"
        )
    )
    for key in passed - lessons_done.keys():  # passed the final quiz, no lesson done yet
        lessons_done[key] = (paths[key[0]], 0)
    for (user_id, course_id), (path, n) in lessons_done.items():
        quiz_passed = (user_id, course_id) in passed
        completed = is_course_complete(
            required_lesson_ids=required[course_id],
            # the count of required lessons she did stands for the set
            done_lesson_ids=required[course_id] if n == len(required[course_id]) else (),
            final_quiz_required=bool(final[course_id]),
            final_quiz_passed=quiz_passed,
        )
        for target in targets(path):
            target[1][course_id][0] += 1
            target[1][course_id][1] += completed
    rows[node.path] = total
    return rows


def _ours_as_rows(dashboard):
    def figures(row):
        return [
            row.members,
            {c: [row.figures(c).started, row.figures(c).completed] for c in dashboard.course_ids},
        ]

    rows = {row.node.path: figures(row) for row in dashboard.rows}
    rows[dashboard.node.path] = figures(dashboard.total)
    return rows


def compare(fx, report, *, repeats=5):
    node = fx.province
    courses = reports.node_dashboard(node).courses
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        dashboard = reports.node_dashboard(node)
        samples.append(time.perf_counter() - began)
    ours = statistics.median(samples)
    began = time.perf_counter()
    naive = naive_dashboard(node, courses)
    naive_s = time.perf_counter() - began
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        grouped = grouped_dashboard(node, courses)
        samples.append(time.perf_counter() - began)
    grouped_s = statistics.median(samples)
    theirs = _ours_as_rows(dashboard)
    mismatches = sum(
        1
        for path in naive.keys() | grouped.keys() | theirs.keys()
        if not naive.get(path) == grouped.get(path) == theirs.get(path)
    )
    report.figure("report_ours_s", ours, "s")
    report.figure("report_naive_s", naive_s, "s")
    report.figure("report_grouped_s", grouped_s, "s")
    report.figure("report_speedup", naive_s / ours, "x")
    report.figure("report_speedup_vs_grouped", grouped_s / ours, "x")
    report.figure("report_mismatches", mismatches, "rows")

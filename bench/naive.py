"""The baseline of ``report_speedup``: the province figures computed the way a plain loop
would, member by member and rule by rule, without the per-chapter counters. Bench-only."""

import statistics
import time

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
    theirs = _ours_as_rows(dashboard)
    mismatches = sum(
        1 for path in naive.keys() | theirs.keys() if naive.get(path) != theirs.get(path)
    )
    report.figure("report_ours_s", ours, "s")
    report.figure("report_naive_s", naive_s, "s")
    report.figure("report_speedup", naive_s / ours, "x")
    report.figure("report_mismatches", mismatches, "rows")

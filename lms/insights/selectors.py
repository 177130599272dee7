"""Course insights: how far the members who started a course in a period got, lesson by lesson,
and how they did at its quizzes. Read-only, for the admin page and its Excel file.

Who counts: the cohort, members (people with a member profile) whose first opening of any
lesson of the course falls in the period, beneath the chosen unit of the tree. Openings are
``courses.LessonOpen`` facts (a completion records one too). What the cohort did afterwards
counts whenever it happened, so each figure follows the same people down the funnel.

Every figure is one grouped query over the facts with the cohort as a subquery: the number of
queries does not grow with lessons, quizzes or members (tests/lms/test_insights.py).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Exists, Min, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext

from courses.models import Enrollment, LessonCompletion, LessonOpen, LessonPage
from lms.chapters.scope import scope_filter
from lms.dashboards.rates import rate
from lms.insights.figures import median_from_counts, stopped_before_any
from quizzes.models import Attempt, Quiz


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both dates included, in the site's time zone."""

    start: datetime.date
    end: datetime.date

    @property
    def bounds(self):
        zone = timezone.get_current_timezone()
        first = datetime.datetime.combine(self.start, datetime.time.min, tzinfo=zone)
        after = datetime.datetime.combine(
            self.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return first, after


@dataclass
class LessonFigures:
    number: int
    lesson_id: int
    title: str
    live: bool
    opened: int = 0
    completed: int = 0
    stopped_here: int = 0  # the furthest lesson they completed is this one
    opened_rate: Decimal | None = None  # of the members who started
    completed_rate: Decimal | None = None


@dataclass
class QuizFigures:
    quiz_id: int
    title: str
    used_in: str  # the lessons (or "final quiz") in this course that use it
    took: int = 0  # members with a submitted attempt
    first_tries: int = 0
    first_try_passed: int = 0
    passed: int = 0
    first_try_rate: Decimal | None = None
    median_attempts: Decimal | None = None  # attempts she needed to pass, among those who did


@dataclass
class CourseInsights:
    course: object
    period: Period
    node: object  # the unit chosen, or None for everything the viewer may see
    started: int = 0
    finished: int = 0
    stopped_before_any: int = 0
    finished_rate: Decimal | None = None
    lessons: list = field(default_factory=list)
    quizzes: list = field(default_factory=list)


def member_filter(*, node, viewer, whole_course):
    """Which members count, as a Q on a fact's ``user``: beneath ``node`` when one is chosen
    (the view checked the viewer may see it), otherwise everyone for a whole-course viewer
    and the viewer's scope for an official or leader."""
    if node is not None:
        return Q(user__member__chapter__path__startswith=node.path)
    if whole_course:
        return Q(user__member__isnull=False)
    return scope_filter(viewer, field="user__member__chapter__path")


def cohort(*, course, period, members):
    """User ids (a subquery) of the members whose first opening in ``course`` is in ``period``."""
    first, after = period.bounds
    return (
        LessonOpen.objects.filter(members, course_id=course.pk)
        .values("user_id")
        .annotate(first_opened=Min("opened_at"))
        .filter(first_opened__gte=first, first_opened__lt=after)
        .values("user_id")
    )


def _per_lesson(queryset):
    return dict(
        queryset.values("lesson_id").annotate(n=Count("user_id")).values_list("lesson_id", "n")
    )


def _lesson_rows(course):
    return list(
        LessonPage.objects.child_of(course)
        .order_by("path")
        .values_list("pk", "title", "live", "quiz_id")
    )


def course_insights(*, course, period, node=None, viewer=None, whole_course=False):
    """The funnel and quiz figures of ``course`` for the cohort of ``period`` beneath ``node``.

    Ten queries whatever the size of the course or the cohort.
    """
    members = member_filter(node=node, viewer=viewer, whole_course=whole_course)
    who = cohort(course=course, period=period, members=members)
    insights = CourseInsights(course=course, period=period, node=node)
    insights.started = who.count()
    insights.finished = Enrollment.objects.filter(
        course_id=course.pk, user_id__in=who, completed_at__isnull=False
    ).count()
    insights.finished_rate = rate(insights.finished, insights.started)

    lessons = _lesson_rows(course)
    opened = _per_lesson(LessonOpen.objects.filter(course_id=course.pk, user_id__in=who))
    completions = LessonCompletion.objects.filter(course_id=course.pk, user_id__in=who)
    completed = _per_lesson(completions)
    later = LessonCompletion.objects.filter(
        course_id=course.pk,
        user_id=OuterRef("user_id"),
        lesson__path__gt=OuterRef("lesson__path"),
    )
    stopped = _per_lesson(completions.filter(~Exists(later)))
    for number, (pk, title, live, _quiz_id) in enumerate(lessons, start=1):
        row = LessonFigures(
            number=number,
            lesson_id=pk,
            title=title,
            live=live,
            opened=opened.get(pk, 0),
            completed=completed.get(pk, 0),
            stopped_here=stopped.get(pk, 0),
        )
        row.opened_rate = rate(row.opened, insights.started)
        row.completed_rate = rate(row.completed, insights.started)
        insights.lessons.append(row)
    insights.stopped_before_any = stopped_before_any(
        insights.started, [row.stopped_here for row in insights.lessons]
    )
    insights.quizzes = _quiz_figures(course, lessons, who)
    return insights


def _quiz_places(course, lessons):
    """{quiz id: [where it is used in this course]}, in course order; the final quiz last."""
    places = {}
    for number, (_pk, title, _live, quiz_id) in enumerate(lessons, start=1):
        if quiz_id is not None:
            places.setdefault(quiz_id, []).append(f"{number}. {title}")
    if course.final_quiz_id is not None:
        places.setdefault(course.final_quiz_id, []).append(gettext("Final quiz"))
    return places


def _quiz_figures(course, lessons, who):
    places = _quiz_places(course, lessons)
    if not places:
        return []
    titles = dict(Quiz.objects.filter(pk__in=places).values_list("pk", "title"))
    attempts = Attempt.objects.filter(
        quiz_id__in=places, user_id__in=who, submitted_at__isnull=False
    )
    took = dict(
        attempts.values("quiz_id")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("quiz_id", "n")
    )
    first_tries = {
        quiz_id: (total, passed)
        for quiz_id, total, passed in attempts.filter(number=1)
        .values("quiz_id")
        .annotate(total=Count("pk"), passed=Count("pk", filter=Q(passed=True)))
        .values_list("quiz_id", "total", "passed")
    }
    # Her first passing attempt: a passed attempt with no passed attempt numbered before it.
    earlier_pass = Attempt.objects.filter(
        quiz_id=OuterRef("quiz_id"),
        user_id=OuterRef("user_id"),
        passed=True,
        number__lt=OuterRef("number"),
    )
    attempts_to_pass = {}
    for quiz_id, number, n in (
        attempts.filter(passed=True)
        .filter(~Exists(earlier_pass))
        .values("quiz_id", "number")
        .annotate(n=Count("user_id"))
        .values_list("quiz_id", "number", "n")
    ):
        attempts_to_pass.setdefault(quiz_id, {})[number] = n
    figures = []
    for quiz_id, used_in in places.items():
        total, passed_first = first_tries.get(quiz_id, (0, 0))
        counts = attempts_to_pass.get(quiz_id, {})
        figures.append(
            QuizFigures(
                quiz_id=quiz_id,
                title=titles.get(quiz_id, ""),
                used_in=", ".join(used_in),
                took=took.get(quiz_id, 0),
                first_tries=total,
                first_try_passed=passed_first,
                passed=sum(counts.values()),
                first_try_rate=rate(passed_first, total),
                median_attempts=median_from_counts(counts),
            )
        )
    return figures

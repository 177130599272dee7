"""Read-only queries for course pages. Each function makes a fixed number of queries,
whatever the number of lessons or courses."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page

from courses.completion import CourseStatus, course_status
from courses.hooks import assignments_for, certificate_links_for, certificate_urls_for
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from quizzes.selectors import live_quiz


@dataclass
class OutlineItem:
    lesson: LessonPage
    url: str
    number: int
    done: bool = False
    current: bool = False
    in_class: bool = False  # done because she was taught it in a class


@dataclass
class CourseProgress:
    course: CoursePage
    course_url: str = ""
    outline: list = field(default_factory=list)
    status: CourseStatus | None = None
    next_item: OutlineItem | None = None  # where Start / Continue leads
    signed_in: bool = False
    final_quiz: object = None  # the live final quiz, if the course has one
    final_quiz_passed: bool = False
    certificate_url: str = ""  # her certificate page, once she has completed the course
    completed_url: str = ""  # her finish line, once she has completed the course

    @property
    def total_minutes(self):
        return sum(item.lesson.minutes for item in self.outline)


@dataclass
class CourseCard:
    course: CoursePage
    url: str
    lesson_count: int
    minutes: int
    status: CourseStatus | None
    due_on: object = None  # set when a campaign assigns the course to her
    certificate_url: str = ""  # her certificate page, for a completed course
    completed_url: str = ""  # her finish line, for a completed course


def _outline_lessons(course):
    return list(
        LessonPage.objects.live()
        .child_of(course)
        .defer_streamfields()
        .only("id", "title", "slug", "url_path", "path", "depth", "minutes", "summary")
        .order_by("path")
    )


def _done(user, course):
    """{lesson_id: completed in class} of her completions in ``course``."""
    if not user.is_authenticated:
        return {}
    return dict(
        LessonCompletion.objects.filter(user=user, course=course).values_list(
            "lesson_id", "in_class"
        )
    )


def _build_progress(*, course, user, request, current_lesson=None):
    lessons = _outline_lessons(course)
    done = _done(user, course)
    done_ids = set(done)
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).first()
    final_quiz = live_quiz(course.final_quiz_id)
    final_quiz_passed = bool(enrollment and enrollment.final_quiz_passed_at)
    outline = [
        OutlineItem(
            lesson=lesson,
            url=lesson.get_url(request),
            number=number,
            done=lesson.pk in done_ids,
            in_class=done.get(lesson.pk, False),
            current=current_lesson is not None and lesson.pk == current_lesson.pk,
        )
        for number, lesson in enumerate(lessons, start=1)
    ]
    status = course_status(
        required_lesson_ids=[item.lesson.pk for item in outline],
        done_lesson_ids=done_ids,
        completed_at=enrollment.completed_at if enrollment else None,
    )
    next_item = next((item for item in outline if not item.done), None)
    return CourseProgress(
        course=course,
        course_url=course.get_url(request),
        outline=outline,
        status=status,
        next_item=next_item,
        signed_in=user.is_authenticated,
        final_quiz=final_quiz,
        final_quiz_passed=final_quiz_passed,
    )


def course_progress(*, course, user, request):
    """The course page: its lessons in order, her ticks, where to continue, her certificate."""
    progress = _build_progress(course=course, user=user, request=request)
    if progress.status.completed:
        progress.certificate_url = certificate_urls_for(user, [course.pk]).get(course.pk, "")
        progress.completed_url = course.completed_url(request)
    return progress


@dataclass
class LessonProgress(CourseProgress):
    current: OutlineItem | None = None
    next_lesson: OutlineItem | None = None  # the one after this, in order
    previous_lesson: OutlineItem | None = None
    quiz: object = None  # the live quiz that completes this lesson, if any
    done_url: str = ""  # where "I have finished this lesson" posts (a route of the lesson)


def lesson_progress(*, lesson, user, request):
    """The lesson page: its course, the outline with ticks, previous and next lessons."""
    course = lesson.course
    progress = _build_progress(course=course, user=user, request=request, current_lesson=lesson)
    items = progress.outline
    index = next((i for i, item in enumerate(items) if item.current), None)
    result = LessonProgress(**progress.__dict__, quiz=live_quiz(lesson.quiz_id))
    if index is not None:
        result.current = items[index]
        result.done_url = result.current.url + lesson.reverse_subpage("done")
        result.previous_lesson = items[index - 1] if index > 0 else None
        result.next_lesson = items[index + 1] if index + 1 < len(items) else None
    return result


def lesson_open_to(request, lesson):
    """Whether the member making ``request`` may see, and so complete, ``lesson``: it, its
    course and every page above are live, and Wagtail's view restrictions on any of them
    (password, sign-in, groups) let her request through. Two queries.

    The one check behind every way of completing a lesson (its "done" route, the "done" her
    phone sends later): Wagtail checks the restrictions before serving a route, but not that
    the pages above a live lesson are live."""
    if not lesson.live:
        return False
    if Page.objects.ancestor_of(lesson).filter(depth__gt=1, live=False).exists():
        return False
    return all(
        restriction.accept_request(request) for restriction in lesson.get_view_restrictions()
    )


def course_cards(*, index_page, user, request):
    """Course cards for the home page: counts, minutes and her progress, in four queries."""
    courses = list(
        CoursePage.objects.live()
        .child_of(index_page)
        .select_related("cover")
        .prefetch_related("cover__renditions")
        .order_by("path")
    )
    lessons_by_course = {course.path: [] for course in courses}
    lesson_rows = (
        LessonPage.objects.live()
        .descendant_of(index_page)
        .filter(depth=index_page.depth + 2)
        .values_list("pk", "path", "minutes")
    )
    for pk, path, minutes in lesson_rows:
        parent = LessonPage.course_path(path)
        if parent in lessons_by_course:
            lessons_by_course[parent].append((pk, minutes))

    done_by_course = {}
    completed_at_by_course = {}
    if user.is_authenticated and courses:
        for lesson_id, course_id in LessonCompletion.objects.filter(
            user=user, course__in=courses
        ).values_list("lesson_id", "course_id"):
            done_by_course.setdefault(course_id, set()).add(lesson_id)
        completed_at_by_course = dict(
            Enrollment.objects.filter(user=user, course__in=courses).values_list(
                "course_id", "completed_at"
            )
        )

    cards = []
    for course in courses:
        lessons = lessons_by_course[course.path]
        status = None
        if user.is_authenticated:
            status = course_status(
                required_lesson_ids=[pk for pk, _ in lessons],
                done_lesson_ids=done_by_course.get(course.pk, set()),
                completed_at=completed_at_by_course.get(course.pk),
            )
        cards.append(
            CourseCard(
                course=course,
                url=course.get_url(request),
                lesson_count=len(lessons),
                minutes=sum(minutes for _, minutes in lessons),
                status=status,
            )
        )
    return _assigned_first(cards, user)


def _assigned_first(cards, user):
    due = assignments_for(user)
    for card in cards:
        card.due_on = due.get(card.course.pk)
    # Assigned and not yet completed first (soonest due), then the rest in tree order.
    return sorted(
        cards,
        key=lambda c: (
            c.due_on is None or bool(c.status and c.status.completed),
            c.due_on or datetime.date.max,
        ),
    )


def my_learning(*, user, request):
    """Her enrollments split into in progress and completed, with progress, newest first."""
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by("-last_activity_at")
    )
    if not enrollments:
        return [], []
    courses = [e.course for e in enrollments]
    live_lessons = {}
    for pk, path in _live_lessons_of(courses):
        live_lessons.setdefault(LessonPage.course_path(path), set()).add(pk)
    done = {}
    for lesson_id, course_id in LessonCompletion.objects.filter(
        user=user, course__in=courses
    ).values_list("lesson_id", "course_id"):
        done.setdefault(course_id, set()).add(lesson_id)
    in_progress, completed = [], []
    for enrollment in enrollments:
        course = enrollment.course
        status = course_status(
            required_lesson_ids=live_lessons.get(course.path, set()),
            done_lesson_ids=done.get(course.pk, set()),
            completed_at=enrollment.completed_at,
        )
        card = CourseCard(
            course=course,
            url=course.get_url(request),
            lesson_count=status.total,
            minutes=0,
            status=status,
        )
        (completed if status.completed else in_progress).append((card, enrollment))
    certificates = certificate_urls_for(user, [card.course.pk for card, _e in completed])
    for card, _enrollment in completed:
        card.certificate_url = certificates.get(card.course.pk, "")
        card.completed_url = card.url + card.course.reverse_subpage("completed")
    return in_progress, completed


def _live_lessons_of(courses):
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path, depth=course.depth + 1)
    return LessonPage.objects.live().filter(query).values_list("pk", "path")


@dataclass
class FinishLine:
    course: CoursePage
    course_url: str
    completed_at: datetime.datetime
    certificate: dict | None  # courses.hooks.CERTIFICATE_LINKS's answer
    next_card: CourseCard | None  # the course to take next, if any is left


def finish_line(*, course, user, request):
    """Her "course completed" page, or None while she has not completed ``course``. The next
    course: the first card of the home page (assigned to her first) she has not completed."""
    enrollment = Enrollment.objects.filter(
        user=user, course=course, completed_at__isnull=False
    ).first()
    if enrollment is None:
        return None
    cards = course_cards(index_page=course.get_parent(), user=user, request=request)
    next_card = next(
        (c for c in cards if c.course.pk != course.pk and not (c.status and c.status.completed)),
        None,
    )
    return FinishLine(
        course=course,
        course_url=course.get_url(request),
        completed_at=enrollment.completed_at,
        certificate=certificate_links_for(request, course),
        next_card=next_card,
    )


def finished_by_quiz(request, quiz):
    """[(course title, finish line URL)] of the live courses she has completed that ``quiz``
    is part of (as their final quiz or a lesson's quiz). Answers quizzes' QUIZ_FINISHED
    hook; three queries."""
    course_paths = {
        LessonPage.course_path(path)
        for path in LessonPage.objects.live().filter(quiz=quiz).values_list("path", flat=True)
    }
    completed = Enrollment.objects.filter(user=request.user, completed_at__isnull=False).values(
        "course_id"
    )
    courses = (
        CoursePage.objects.live()
        .filter(Q(final_quiz=quiz) | Q(path__in=course_paths), pk__in=completed)
        .order_by("path")
    )
    return [(course.title, course.completed_url(request)) for course in courses]


def course_quiz_ids(courses):
    """{course id: {quiz id, ...}}: the quizzes of each course's live lessons and its final
    quiz, the ones whose scores belong to the course (one query)."""
    found = {course.pk: {course.final_quiz_id} - {None} for course in courses}
    by_path = {course.path: course.pk for course in courses}
    if not by_path:
        return found
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path, depth=course.depth + 1)
    lessons = LessonPage.objects.live().filter(query, quiz__isnull=False)
    for path, quiz_id in lessons.values_list("path", "quiz_id"):
        found[by_path[path[: -Page.steplen]]].add(quiz_id)
    return found

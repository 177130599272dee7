"""The data the suite measures: scale data from demo.scale_data, plus a few bench-only pieces
(a bare page, two small sites for query counts, two dashboard nodes, signed-in people)."""

import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from wagtail.models import Page, Site

from bench.bare.models import BarePage
from courses.models import CourseIndexPage, CoursePage, Enrollment, LessonPage
from courses.services import lesson_complete
from demo import scale_data
from demo.scale_data import CODE_PREFIX, Node, Scale
from demo.scale_data.progress import CourseData, insert_counters, insert_progress, progress_rows
from lms.models import Chapter, Member, Role
from quizzes.services import attempt_start, attempt_submit
from quizzes.snapshots import build_snapshot

FULL = Scale()  # 1,000 chapters, 200,000 members, 4 courses x 10 lessons, ~2,000,000 done
QUICK = Scale(chapters=100, members=20_000)  # one tenth
# 63 provinces under a national root: the first like FULL's province (1,000 chapters, about
# 200,000 members), 9,000 chapters shared by the 62 others; 3 courses of about 1,000,000
# enrollments each; a third of all (member, lesson) pairs done: about 20,000,000 completions.
NATIONAL = Scale(
    chapters=10_000,
    members=2_000_000,
    courses=3,
    completion_ratio=1 / 3,
    provinces=63,
    first_province_chapters=1_000,
)
NATIONAL_QUICK = Scale(  # one hundredth of the members, for trying the suite out
    chapters=1_000,
    members=20_000,
    courses=3,
    completion_ratio=1 / 3,
    provinces=63,
    first_province_chapters=100,
)

BENCH_PREFIX = f"{CODE_PREFIX}bench-"
PHONE_PREFIX = "+8497"  # bench people; generated members are +8498...
OFFICIAL_PHONE = "+84979900001"
NATIONAL_OFFICIAL_PHONE = "+84979900003"
SIZES = (5, 50)  # lessons per course, for query counts
CHILDREN = (10, 1000)  # child chapters of a dashboard node, for query counts
BIG_CHAPTER = 10_000  # members of one chapter (worker-housing chapters pass 1,000)
LEADER_PHONE = "+84979600001"


def load_scale(scale, report):
    """Generate the scale data, or reuse what an earlier run of the same size left."""
    province = Chapter.objects.filter(code=f"{CODE_PREFIX}province").first()
    if province is None:
        result = scale_data.generate(scale, log=lambda m: report.note(f"generating: {m}"))
        province = result["province"]
        report.figure("generate_s", result["seconds"], "s")
    else:
        members = Member.objects.filter(chapter__path__startswith=province.path).count()
        chapters = Chapter.objects.filter(
            path__startswith=province.path, kind=Chapter.Kind.CHAPTER
        ).count()
        if (members, chapters) != (scale.members, scale.chapters):
            raise scale_data.ScaleDataError(
                f"This database holds scale data of another size ({chapters} chapters, "
                f"{members} members). Use a fresh database."
            )
        report.note("reusing the scale data already in this database")
    report.figure(
        "scale_chapters",
        Chapter.objects.filter(path__startswith=province.path, kind="chapter").count(),
        "chapters",
    )
    report.figure(
        "scale_members",
        Member.objects.filter(chapter__path__startswith=province.path).count(),
        "members",
    )
    courses = scale_courses()
    report.figure("scale_courses", len(courses), "courses")
    report.figure(
        "scale_enrollments", Enrollment.objects.filter(course__in=courses).count(), "rows"
    )
    from courses.models import LessonCompletion
    from quizzes.models import Attempt

    report.figure(
        "scale_lesson_completions",
        LessonCompletion.objects.filter(course__in=courses).count(),
        "rows",
    )
    report.figure(
        "scale_quiz_attempts",
        Attempt.objects.filter(user__phone__startswith=scale_data.PHONE_PREFIX).count(),
        "rows",
    )
    return province


def _beneath(node, **filters):
    return Chapter.objects.filter(path__startswith=node.path, **filters)


def _members(node):
    return Member.objects.filter(chapter__path__startswith=node.path).count()


def load_national(scale, report):
    """Generate the national data (indexes built after the load), or reuse what an earlier
    run of the same size left. Returns (root, first province)."""
    root = Chapter.objects.filter(code=scale_data.NATIONAL_CODE).first()
    if root is None:
        result = scale_data.generate(
            scale, log=lambda m: report.note(f"generating: {m}"), defer_indexes=True
        )
        root = result["root"]
        report.figure("generate_s", result["seconds"], "s")
    else:
        members = Member.objects.filter(chapter__path__startswith=root.path).count()
        chapters = _beneath(root, kind=Chapter.Kind.CHAPTER).count()
        if (members, chapters) != (scale.members, scale.chapters):
            raise scale_data.ScaleDataError(
                f"This database holds national data of another size ({chapters} chapters, "
                f"{members} members). Use a fresh database."
            )
        report.note("reusing the national data already in this database")
    province = Chapter.objects.get(code=f"{CODE_PREFIX}province")
    report.figure("scale_provinces", root.get_children().count(), "provinces")
    report.figure("scale_chapters", _beneath(root, kind="chapter").count(), "chapters")
    report.figure("scale_members", _members(root), "members")
    report.figure("province_chapters", _beneath(province, kind="chapter").count(), "chapters")
    report.figure("province_members", _members(province), "members")
    courses = scale_courses()
    report.figure("scale_courses", len(courses), "courses")
    report.figure(
        "scale_enrollments", Enrollment.objects.filter(course__in=courses).count(), "rows"
    )
    from courses.models import LessonCompletion
    from quizzes.models import Attempt

    report.figure(
        "scale_lesson_completions",
        LessonCompletion.objects.filter(course__in=courses).count(),
        "rows",
    )
    report.figure("scale_quiz_attempts", Attempt.objects.count(), "rows")
    return root, province


@dataclass
class NationalFixtures:
    root: Chapter
    root_official: object
    province: Chapter
    official: object  # official of the province
    big_course: CoursePage  # the scale course with the most enrollments


@transaction.atomic
def ensure_national(root, province):
    courses = scale_courses()
    counts = dict(
        Enrollment.objects.filter(course__in=courses)
        .values("course_id")
        .annotate(n=Count("pk"))
        .values_list("course_id", "n")
    )
    big_course = max(courses, key=lambda course: (counts.get(course.pk, 0), -course.pk))
    return NationalFixtures(
        root=root,
        root_official=_official(NATIONAL_OFFICIAL_PHONE, root),
        province=province,
        official=_official(OFFICIAL_PHONE, province),
        big_course=big_course,
    )


def scale_courses():
    return list(
        CoursePage.objects.filter(slug__startswith=f"{CODE_PREFIX}course-").order_by("path")
    )


@dataclass
class SmallSite:
    """A site of one course of ``size`` lessons and a member part-way through it."""

    host: str
    index: CourseIndexPage
    course: CoursePage
    lessons: list
    quiz_lesson: LessonPage
    member: object


@dataclass
class Fixtures:
    province: Chapter
    official: object  # official of the province
    course: CoursePage  # the first scale course
    lesson: LessonPage  # its lesson with a quiz
    bare: BarePage  # the same body on a bare page
    learner: object  # a generated member part-way through the course
    sites: dict  # lessons -> SmallSite
    nodes: dict  # children -> (Chapter, official)
    big_chapter: Chapter  # BIG_CHAPTER members, outside the scale province
    big_leader: object  # its leader (she sees full phone numbers)


def _person(phone, chapter=None):
    user, _ = get_user_model().objects.get_or_create(phone=phone)
    if chapter is not None:
        Member.objects.get_or_create(
            user=user, defaults={"full_name": f"Học viên {phone[-4:]}", "chapter": chapter}
        )
    return user


def _official(phone, node):
    user = _person(phone)
    Role.objects.get_or_create(user=user, node=node, kind=Role.Kind.OFFICIAL)
    return user


def _dashboard_node(children, rng):
    code = f"{BENCH_PREFIX}q{children}"
    node = Chapter.objects.filter(code=code).first()
    if node is None:
        node = Chapter.add_root(
            name=f"Xã thử tải {children} chi hội",
            code=code,
            kind=Chapter.Kind.COMMUNE,
        )
        nodes = [
            Node(f"Chi hội thử {i:04d}", f"{code}-{i:04d}", Chapter.Kind.CHAPTER)
            for i in range(1, children + 1)
        ]
        chapters = scale_data.bulk_add_children(node, nodes, rng=rng)
        first = 1 + Member.objects.filter(user__phone__startswith=PHONE_PREFIX).count()
        people = scale_data.draw_people(
            rng, Scale(members=2 * children), chapters, first_number=first, prefix=PHONE_PREFIX
        )
        scale_data.insert_members(people, now=node.created_at)
    return node


def _course_data(course):
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    quiz_index = next(i for i, lesson in enumerate(lessons) if lesson.quiz_id)
    snapshot = build_snapshot(lessons[quiz_index].quiz, shuffle=False)
    return CourseData(
        course=course,
        lesson_ids=[lesson.pk for lesson in lessons],
        quiz_index=quiz_index,
        quiz=lessons[quiz_index].quiz,
        snapshot=snapshot,
        answers=scale_data.correct_answers(snapshot),
    )


def _big_chapter(rng, size):
    """One chapter of ``size`` members under its own root, with progress drawn like the
    scale data's (enrollments, completions, attempts and the counters that match them)."""
    code = f"{BENCH_PREFIX}big"
    chapter = Chapter.objects.filter(code=f"{code}-chapter").first()
    if chapter is None:
        root = Chapter.add_root(name="Xã thử tải chi hội lớn", code=code, kind=Chapter.Kind.COMMUNE)
        chapter = root.add_child(
            name=f"Chi hội nhà trọ {size} hội viên",
            code=f"{code}-chapter",
            kind=Chapter.Kind.CHAPTER,
        )
        first = 1 + Member.objects.filter(user__phone__startswith=PHONE_PREFIX).count()
        people = scale_data.draw_people(
            rng, Scale(members=size), [chapter], first_number=first, prefix=PHONE_PREFIX
        )
        ids = scale_data.insert_members(people, now=chapter.created_at)
        members = [(ids[phone], chapter.pk) for phone, *_ in people]
        courses = [_course_data(course) for course in scale_courses()]
        until = timezone.now()
        enrollments, completions, attempts, started, completed, weeks = progress_rows(
            rng, Scale(), members, courses, until
        )
        insert_progress(enrollments, completions, attempts)
        insert_counters(started, completed, weeks)
    leader = _person(LEADER_PHONE)
    Role.objects.get_or_create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    return chapter, leader


def _answers(attempt, right=True):
    answers = {}
    for question in attempt.snapshot["questions"]:
        ids = [c["id"] for c in question["choices"] if c["correct"] == right]
        answers[question["id"]] = frozenset(ids[:1] if not right else ids)
    return answers


def _small_site(size, chapter):
    host = f"lessons{size}.bench"
    site = Site.objects.filter(hostname=host).first()
    if site is None:
        index = CourseIndexPage(title=f"Thử tải {size} bài", slug=f"bench-{size}")
        Page.get_first_root_node().add_child(instance=index)
        index.save_revision().publish()
        site = Site.objects.create(hostname=host, port=80, root_page=index, site_name=host)
        scale_data.add_course(
            index, number=900 + size, slug=f"bench-{size}", lessons=size, quiz_at=1
        )
    index = site.root_page.specific
    course = CoursePage.objects.child_of(index).get()
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    member = _person(f"+849798{size:05d}", chapter)
    if not Enrollment.objects.filter(user=member, course=course).exists():
        for lesson in lessons[: size // 2]:
            if lesson.quiz_id:
                attempt = attempt_start(user=member, quiz=lesson.quiz)
                attempt_submit(attempt_id=attempt.pk, user=member, answers=_answers(attempt))
            else:
                lesson_complete(user=member, lesson=lesson, course=course)
    return SmallSite(host, index, course, lessons, lessons[1], member)


@transaction.atomic
def ensure(province):
    """Create (once) and return everything the measurements use."""
    rng = random.Random(2026)
    official = _official(OFFICIAL_PHONE, province)
    course = scale_courses()[0]
    lesson = LessonPage.objects.child_of(course).filter(quiz__isnull=False).get()
    bare = BarePage.objects.child_of(course).first()
    if bare is None:
        bare = BarePage(title=lesson.title, slug="bench-bare", body=lesson.body.raw_data)
        course.add_child(instance=bare)
        bare.save_revision().publish()
    learner = (
        Enrollment.objects.filter(
            course=course,
            user__phone__startswith=scale_data.PHONE_PREFIX,
            lessons_done__gt=0,
            completed_at__isnull=True,
        )
        .order_by("user_id")
        .select_related("user")
        .first()
        .user
    )
    nodes = {}
    for children in CHILDREN:
        node = _dashboard_node(children, rng)
        nodes[children] = (node, _official(f"+849799{children:05d}", node))
    home_chapter = nodes[CHILDREN[0]][0].get_first_child()
    sites = {size: _small_site(size, home_chapter) for size in SIZES}
    big_chapter, big_leader = _big_chapter(rng, BIG_CHAPTER)
    return Fixtures(
        province, official, course, lesson, bare, learner, sites, nodes, big_chapter, big_leader
    )

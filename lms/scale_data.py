"""Synthetic data at scale for benchmarks: a union tree, members, courses and their progress.

Everything is drawn from one seed, so two runs with the same arguments (and the same ``until``
day) write the same rows. Big tables are filled in batches: ``COPY`` on PostgreSQL,
``bulk_create`` elsewhere. Chapters get their treebeard paths computed here and are inserted in
bulk (``add_child`` costs several queries per node); the few pages go through Wagtail's
``add_child`` and are published like a trainer's.

The rows agree with each other as the services would have left them: an enrollment's
``lessons_done`` and ``completed_at`` match its lesson completions, each completion of a lesson
with a quiz has a passed attempt, and the per-chapter counters (course totals and weeks)
match the enrollments.
"""

import datetime as dt
import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from courses.demo.loader import demo_courses, ensure_course_index, lesson_stream_data
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from lms import stats
from lms.demo import FAMILY, GIVEN, MIDDLE
from lms.models import (
    Campaign,
    Chapter,
    ChapterCourseStats,
    ChapterWeekStats,
    Member,
    Occupation,
)
from lms.models.chapters import INVITE_ALPHABET
from lms.models.stats import week_of
from quizzes.models import Attempt, Quiz
from quizzes.snapshots import build_snapshot

CODE_PREFIX = "scale-"  # every generated chapter's code starts with this
PHONE_PREFIX = "+8498"  # generated members: +8498 and seven digits
PASSWORD = "sen-scale-2026"  # noqa: S105 - every generated member's password (synthetic data)
BATCH = 5000
MEMBERS_PER_CHUNK = 10_000  # progress rows are written chunk by chunk to bound memory
WINDOW_DAYS = 84  # activity falls in the twelve weeks before ``until``


class ScaleDataError(Exception):
    """The database is not one to fill with synthetic data."""


@dataclass(frozen=True)
class Scale:
    chapters: int = 1000  # chi hội, the leaves of the tree
    members: int = 200_000
    courses: int = 4
    lessons: int = 10  # per course; the last one carries a quiz
    completion_ratio: float = 0.25  # share of all (member, lesson) pairs done
    seed: int = 1
    districts: int = 10
    chapters_per_commune: int = 10
    until: dt.date | None = None  # default: today


@dataclass
class Node:
    """A chapter to create, with the nodes beneath it."""

    name: str
    code: str
    kind: str
    children: list = field(default_factory=list)


# -- guards ---------------------------------------------------------------------------------


def real_member_count():
    """Members who do not belong to generated chapters."""
    return Member.objects.exclude(chapter__code__startswith=CODE_PREFIX).count()


def has_scale_data():
    return Chapter.objects.filter(code__startswith=CODE_PREFIX).exists()


def check_database(*, force=False):
    if has_scale_data():
        raise ScaleDataError(
            "This database already holds generated data (chapters coded "
            f"'{CODE_PREFIX}...'). Use a fresh database."
        )
    if get_user_model().objects.filter(phone__startswith=PHONE_PREFIX).exists():
        raise ScaleDataError(f"Users with phone numbers {PHONE_PREFIX}... exist already.")
    real = real_member_count()
    if real and not force:
        raise ScaleDataError(
            f"This database holds {real} real members. Generate scale data in a throwaway "
            "database, or pass --force to add it beside them."
        )


# -- inserting rows -------------------------------------------------------------------------


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_rows(model, names, rows):
    """Insert ``rows`` (tuples in the order of ``names``, attribute names such as
    ``user_id``); every other column takes its field default. COPY on PostgreSQL."""
    meta = model._meta
    given = [meta.get_field(name) for name in names]
    rest = [f for f in meta.concrete_fields if f not in given and not f.primary_key]
    defaults = tuple(f.get_default() for f in rest)
    if connection.vendor != "postgresql":
        attnames = [f.attname for f in given + rest]
        for batch in chunks(rows, BATCH):
            model.objects.bulk_create(
                [model(**dict(zip(attnames, (*row, *defaults), strict=True))) for row in batch]
            )
        return
    from psycopg.types.json import Jsonb

    fields = given + rest
    json_at = [i for i, f in enumerate(fields) if f.get_internal_type() == "JSONField"]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    sql = f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN"  # noqa: S608 - names from _meta
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            row = (*row, *defaults)
            if json_at:
                row = list(row)
                for i in json_at:
                    row[i] = Jsonb(row[i])
            copy.write_row(row)


# -- the union tree -------------------------------------------------------------------------


def _invite_code(rng, taken):
    while True:
        code = "".join(rng.choice(INVITE_ALPHABET) for _ in range(8))
        if code not in taken:
            taken.add(code)
            return code


def bulk_add_children(parent, nodes, *, rng):
    """Create ``nodes`` and everything beneath them under ``parent``, in a few queries.

    Paths, depths and ``numchild`` are computed here the way treebeard would set them;
    siblings are placed in name order (``Chapter.node_order_by``) after the parent's existing
    children. Returns the new chapters, in path order, with their primary keys.
    """
    taken = set(Chapter.objects.values_list("invite_code", flat=True))
    created = []

    def place(parent_path, depth, siblings, first_step):
        for step, node in enumerate(sorted(siblings, key=lambda n: n.name), start=first_step):
            path = Chapter._get_path(parent_path, depth, step)
            created.append(
                Chapter(
                    path=path,
                    depth=depth,
                    numchild=len(node.children),
                    name=node.name,
                    code=node.code,
                    kind=node.kind,
                    invite_code=_invite_code(rng, taken),
                )
            )
            place(path, depth + 1, node.children, 1)

    last = parent.get_last_child()
    first_step = Chapter._str2int(last.path[-Chapter.steplen :]) + 1 if last else 1
    place(parent.path, parent.depth + 1, nodes, first_step)
    created.sort(key=lambda chapter: chapter.path)
    Chapter.objects.bulk_create(created, batch_size=BATCH)
    Chapter.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(nodes))
    parent.numchild += len(nodes)
    return created


def scale_tree(scale):
    """Districts > communes > chapters, spread as evenly as the numbers allow."""
    communes = max(1, math.ceil(scale.chapters / scale.chapters_per_commune))
    districts = max(1, min(scale.districts, communes))
    district_nodes = [
        Node(f"Huyện mẫu {d:02d}", f"{CODE_PREFIX}d{d:02d}", Chapter.Kind.DISTRICT)
        for d in range(1, districts + 1)
    ]
    commune_nodes = []
    for c in range(communes):
        node = Node(f"Xã mẫu {c + 1:04d}", f"{CODE_PREFIX}x{c + 1:04d}", Chapter.Kind.COMMUNE)
        district_nodes[c % districts].children.append(node)
        commune_nodes.append(node)
    for n in range(scale.chapters):
        commune_nodes[n % communes].children.append(
            Node(f"Chi hội mẫu {n + 1:05d}", f"{CODE_PREFIX}c{n + 1:05d}", Chapter.Kind.CHAPTER)
        )
    return district_nodes


def make_tree(scale, rng):
    taken = set(Chapter.objects.values_list("invite_code", flat=True))
    province = Chapter.add_root(
        name="Tỉnh mẫu (dữ liệu thử tải)",
        code=f"{CODE_PREFIX}province",
        kind=Chapter.Kind.PROVINCE,
        invite_code=_invite_code(rng, taken),
    )
    nodes = bulk_add_children(province, scale_tree(scale), rng=rng)
    chapters = [node for node in nodes if node.kind == Chapter.Kind.CHAPTER]
    return province, nodes, chapters


# -- courses and quizzes --------------------------------------------------------------------


def _choices(question_id, choices):
    return [
        {
            "type": "item",
            "id": f"{question_id}{letter}",
            "value": {"text": text, "correct": correct, "feedback": ""},
        }
        for letter, (text, correct) in zip("abcd", choices, strict=False)
    ]


QUIZ_QUESTIONS = [
    {
        "type": "single_choice",
        "id": "q1",
        "value": {
            "prompt": "Ngân hàng có bao giờ hỏi mã OTP của chị không?",
            "scenario": "",
            "image": None,
            "image_alt": "",
            "explanation": "Ngân hàng không bao giờ hỏi mã OTP.",
            "choices": _choices("q1", [("Không bao giờ", True), ("Có, khi cần", False)]),
        },
    },
    {
        "type": "multiple_choice",
        "id": "q2",
        "value": {
            "prompt": "Dấu hiệu nào cho thấy một đường link là giả?",
            "scenario": "",
            "image": None,
            "image_alt": "",
            "explanation": "",
            "partial_credit": True,
            "choices": _choices(
                "q2", [("Tên miền lạ", True), ("Đuôi .top", True), ("Có chữ https", False)]
            ),
        },
    },
    {
        "type": "true_false",
        "id": "q3",
        "value": {
            "prompt": "Nên dùng một mật khẩu cho mọi tài khoản.",
            "scenario": "",
            "image": None,
            "image_alt": "",
            "explanation": "",
            "answer": "false",
            "feedback_true": "",
            "feedback_false": "",
        },
    },
]


def make_quiz(title):
    quiz = Quiz(
        title=title,
        instructions="Ba câu hỏi ngắn; đạt 70% là xong bài.",
        pass_mark=70,
        max_attempts=0,
        shuffle_questions=False,
        shuffle_choices=False,
        live=True,
        questions=QUIZ_QUESTIONS,
    )
    quiz.save()
    quiz.save_revision().publish()
    return quiz


def correct_answers(snapshot):
    """{question id: [correct choice ids]} for a snapshot: a full-marks attempt."""
    return {
        q["id"]: sorted(c["id"] for c in q["choices"] if c["correct"])
        for q in snapshot["questions"]
    }


def _lesson_contents():
    return [
        (lesson["title"], lesson["summary"], lesson["minutes"], lesson["body"])
        for course in demo_courses()
        for lesson in course["lessons"]
    ]


def add_course(index, *, number, slug, lessons, quiz_at=None, contents=None):
    """A published course of ``lessons`` published lessons under ``index``; the lesson at
    ``quiz_at`` (default: the last) is completed by passing a new quiz. Returns
    ``(course, [lessons], quiz)``. Lesson bodies are the demo courses' real lessons."""
    contents = contents or _lesson_contents()
    quiz_at = lessons - 1 if quiz_at is None else quiz_at
    quiz = make_quiz(f"Kiểm tra nhanh: khóa học mẫu {number}")
    course = CoursePage(
        title=f"Khóa học mẫu {number}",
        slug=slug,
        topic="safety",
        summary="Khóa học tạo tự động để đo hiệu năng.",
        intro="<p>Khóa học tạo tự động để đo hiệu năng của Sen.</p>",
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    pages = []
    for j in range(lessons):
        title, summary, minutes, body = contents[(number * lessons + j) % len(contents)]
        lesson = LessonPage(
            title=title,
            slug=f"bai-{j + 1:02d}",
            summary=summary,
            minutes=minutes,
            body=lesson_stream_data(body),
            quiz=quiz if j == quiz_at else None,
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        pages.append(lesson)
    return course, pages, quiz


def make_courses(scale):
    index = ensure_course_index()
    contents = _lesson_contents()
    return [
        add_course(
            index,
            number=i,
            slug=f"{CODE_PREFIX}course-{i}",
            lessons=scale.lessons,
            contents=contents,
        )
        for i in range(1, scale.courses + 1)
    ]


# -- members and progress -------------------------------------------------------------------


def member_phone(number, prefix=PHONE_PREFIX):
    return f"{prefix}{number:07d}"


def insert_members(people, *, now):
    """Create users and members: ``people`` is [(phone, full_name, chapter_id, birth_year,
    occupation)]. One password hash for all (hashing 200,000 would take hours).
    Returns {phone: user_id}."""
    user_model = get_user_model()
    password = make_password(PASSWORD)
    insert_rows(
        user_model,
        ["phone", "password", "date_joined"],
        [(phone, password, now) for phone, *_ in people],
    )
    phones = [person[0] for person in people]
    ids = {}
    for batch in chunks(phones, BATCH):
        ids.update(user_model.objects.filter(phone__in=batch).values_list("phone", "pk"))
    insert_rows(
        Member,
        ["user_id", "full_name", "chapter_id", "birth_year", "occupation", "joined_at"],
        [(ids[phone], *rest, now) for phone, *rest in people],
    )
    stats.members_added(chapter_id for _phone, _name, chapter_id, *_rest in people)
    return ids


def _shares(ratio):
    """(completed, part-way) shares of (member, course) pairs that give ``ratio`` of all
    lessons done when a part-way member has done half the lessons on average."""
    ratio = min(max(ratio, 0.0), 1.0)
    if ratio <= 2 / 3:
        return ratio / 2, ratio
    return 2 * ratio - 1, 2 - 2 * ratio


def draw_done(rng, lessons, ratio):
    """How many lessons of one course (taken in order) one member has done."""
    completed, partial = _shares(ratio)
    u = rng.random()
    if u < completed:
        return lessons
    if u < completed + partial:
        return rng.randint(1, lessons - 1) if lessons > 1 else lessons
    return 0


@dataclass
class CourseData:
    course: CoursePage
    lesson_ids: list
    quiz_index: int  # the lesson completed by passing the quiz
    quiz: Quiz
    snapshot: dict
    answers: dict


def progress_rows(rng, scale, members, courses, until):
    """Draw progress for ``members`` [(user_id, chapter_id)]: enrollment, completion and
    attempt rows, plus counter increments (per chapter and course, and per week)."""
    enrollments, completions, attempts = [], [], []
    started, completed, weeks = Counter(), Counter(), Counter()
    window = WINDOW_DAYS * 86400
    full = Decimal("100.00")
    for user_id, chapter_id in members:
        for data in courses:
            lessons = len(data.lesson_ids)
            done = draw_done(rng, lessons, scale.completion_ratio)
            if not done:
                continue
            start = until - dt.timedelta(seconds=rng.randrange(60, window))
            room = int((until - start).total_seconds()) // (done + 1)
            gap = dt.timedelta(seconds=min(rng.randint(300, 2 * 86400), room))
            times = [start + gap * j for j in range(done)]
            for j in range(done):
                completions.append((user_id, data.lesson_ids[j], data.course.pk, times[j]))
            if done > data.quiz_index:
                passed_at = times[data.quiz_index]
                attempts.append(
                    (
                        data.quiz.pk,
                        user_id,
                        1,
                        data.snapshot,
                        data.answers,
                        passed_at - dt.timedelta(minutes=3),
                        passed_at,
                        full,
                        True,
                    )
                )
            finished = times[-1] if done == lessons else None
            enrollments.append((user_id, data.course.pk, times[0], times[-1], done, finished))
            started[chapter_id, data.course.pk] += 1
            if finished:
                completed[chapter_id, data.course.pk] += 1
                weeks[chapter_id, data.course.pk, week_of(finished)] += 1
    return enrollments, completions, attempts, started, completed, weeks


def insert_progress(enrollments, completions, attempts):
    insert_rows(
        Enrollment,
        ["user_id", "course_id", "started_at", "last_activity_at", "lessons_done", "completed_at"],
        enrollments,
    )
    insert_rows(
        LessonCompletion, ["user_id", "lesson_id", "course_id", "completed_at"], completions
    )
    insert_rows(
        Attempt,
        [
            "quiz_id",
            "user_id",
            "number",
            "snapshot",
            "answers",
            "started_at",
            "submitted_at",
            "score",
            "passed",
        ],
        attempts,
    )


def insert_counters(started, completed, weeks):
    insert_rows(
        ChapterCourseStats,
        ["chapter_id", "course_id", "started", "completed"],
        [
            (chapter, course, n, completed[chapter, course])
            for (chapter, course), n in started.items()
        ],
    )
    insert_rows(
        ChapterWeekStats,
        ["chapter_id", "course_id", "week", "completed"],
        [(chapter, course, week, n) for (chapter, course, week), n in sorted(weeks.items())],
    )


def draw_people(rng, scale, chapters, *, first_number=1, prefix=PHONE_PREFIX):
    """[(phone, full_name, chapter_id, birth_year, occupation)] for ``scale.members``."""
    occupations = Occupation.values
    return [
        (
            member_phone(number, prefix),
            f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            chapters[rng.randrange(len(chapters))].pk,
            rng.randint(1960, 2006),
            rng.choice(occupations),
        )
        for number in range(first_number, first_number + scale.members)
    ]


def _end_of(day):
    tz = timezone.get_current_timezone()
    return timezone.make_aware(dt.datetime.combine(day, dt.time(20, 0)), tz)


def generate(scale, *, force=False, log=None):
    """Fill the database; returns counts. Refuses a database with real members unless
    ``force``, and one that holds generated data already."""
    log = log or (lambda message: None)
    began = time.monotonic()
    with transaction.atomic():
        check_database(force=force)
        rng = random.Random(scale.seed)  # noqa: S311 - synthetic data, reproducible on purpose
        until_day = scale.until or timezone.localdate()
        until = _end_of(until_day)
        now = until

        province, nodes, chapters = make_tree(scale, rng)
        log(f"chapters: {len(nodes) + 1} nodes, {len(chapters)} chapters")

        courses = []
        for course, lessons, quiz in make_courses(scale):
            quiz_index = next(i for i, lesson in enumerate(lessons) if lesson.quiz_id)
            snapshot = build_snapshot(quiz, shuffle=False)
            courses.append(
                CourseData(
                    course=course,
                    lesson_ids=[lesson.pk for lesson in lessons],
                    quiz_index=quiz_index,
                    quiz=quiz,
                    snapshot=snapshot,
                    answers=correct_answers(snapshot),
                )
            )
        campaign = Campaign(
            name="Chiến dịch mẫu",
            node=province,
            starts_on=until_day - dt.timedelta(days=WINDOW_DAYS),
            due_on=until_day + dt.timedelta(days=28),
        )
        campaign.save()
        campaign.courses.set([data.course for data in courses])
        campaign.save()  # a ParentalManyToManyField is written on save
        log(f"courses: {len(courses)} x {scale.lessons} lessons")

        people = draw_people(rng, scale, chapters)
        ids = insert_members(people, now=now)
        members = [(ids[phone], chapter_id) for phone, _name, chapter_id, *_ in people]
        del people
        log(f"members: {len(members)}")

        counts = Counter()
        started, completed, weeks = Counter(), Counter(), Counter()
        for batch in chunks(members, MEMBERS_PER_CHUNK):
            enrollments, completions, attempts, s, c, w = progress_rows(
                rng, scale, batch, courses, until
            )
            insert_progress(enrollments, completions, attempts)
            started.update(s)
            completed.update(c)
            weeks.update(w)
            counts["enrollments"] += len(enrollments)
            counts["completions"] += len(completions)
            counts["attempts"] += len(attempts)
            log(f"progress: {counts['completions']} lesson completions")
        insert_counters(started, completed, weeks)

    if connection.vendor == "postgresql":
        # Planner statistics and hint bits, as autovacuum would leave them after a while;
        # without this the first reads of the new rows pay for setting hint bits.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for model in (
                Chapter,
                get_user_model(),
                Member,
                Enrollment,
                LessonCompletion,
                Attempt,
                ChapterCourseStats,
                ChapterWeekStats,
            ):
                cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")
    return {
        "province": province,
        "nodes": len(nodes) + 1,
        "chapters": len(chapters),
        "members": len(members),
        "courses": [data.course for data in courses],
        "enrollments": counts["enrollments"],
        "completions": counts["completions"],
        "attempts": counts["attempts"],
        "seconds": time.monotonic() - began,
    }

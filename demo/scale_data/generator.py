"""``generate``: fill the database with one scale of synthetic data, in one transaction."""

import datetime as dt
import random
import time
from collections import Counter

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from core.iterables import batched
from courses.models import Enrollment, LessonCompletion
from demo.scale_data.courses import correct_answers, make_courses
from demo.scale_data.members import draw_people, insert_members
from demo.scale_data.progress import CourseData, insert_counters, insert_progress, progress_rows
from demo.scale_data.rows import deferred_indexes
from demo.scale_data.scale import MEMBERS_PER_CHUNK, WINDOW_DAYS, check_database
from demo.scale_data.tree import make_tree
from lms.models import Campaign, Chapter, ChapterCourseStats, ChapterWeekStats, Member
from quizzes.models import Attempt
from quizzes.snapshots import build_snapshot


def _end_of(day):
    tz = timezone.get_current_timezone()
    return timezone.make_aware(dt.datetime.combine(day, dt.time(20, 0)), tz)


def generate(scale, *, force=False, log=None, defer_indexes=False):
    """Fill the database; returns counts. Refuses a database with real members unless
    ``force``, and one that holds generated data already. ``defer_indexes``: build the big
    tables' indexes and foreign keys after loading them (PostgreSQL; millions of rows)."""
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

        deferred = (Member, Enrollment, LessonCompletion, Attempt) if defer_indexes else ()
        with deferred_indexes(deferred, log=log):
            people = draw_people(rng, scale, chapters)
            ids = insert_members(people, now=now)
            members = [(ids[phone], chapter_id) for phone, _name, chapter_id, *_ in people]
            del people
            log(f"members: {len(members)}")

            counts = Counter()
            started, completed, weeks = Counter(), Counter(), Counter()
            for batch in batched(members, MEMBERS_PER_CHUNK):
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
        "province": province,  # the root: the national one when there are provinces
        "root": province,
        "nodes": len(nodes) + 1,
        "chapters": len(chapters),
        "members": len(members),
        "courses": [data.course for data in courses],
        "enrollments": counts["enrollments"],
        "completions": counts["completions"],
        "attempts": counts["attempts"],
        "seconds": time.monotonic() - began,
    }

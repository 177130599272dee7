"""Members' progress: enrollments, lesson completions, passed attempts and the chapter counters,
drawn so that they agree with each other as the services would have left them."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from courses.models import CoursePage, Enrollment, LessonCompletion
from demo.scale_data.rows import insert_rows
from demo.scale_data.scale import WINDOW_DAYS
from lms.models import ChapterCourseStats, ChapterWeekStats
from lms.models.stats import week_of
from quizzes.models import Attempt, Quiz


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

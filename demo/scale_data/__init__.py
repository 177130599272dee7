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

The pieces: ``scale`` (what to generate, and the checks that refuse a database), ``rows`` (bulk
inserts), ``tree``, ``courses``, ``members``, ``progress``, and ``generator`` which runs them.
"""

from demo.scale_data.courses import (
    QUIZ_QUESTIONS,
    add_course,
    correct_answers,
    make_courses,
    make_quiz,
)
from demo.scale_data.generator import generate
from demo.scale_data.members import draw_people, insert_members, member_phone
from demo.scale_data.progress import (
    CourseData,
    draw_done,
    insert_counters,
    insert_progress,
    progress_rows,
)
from demo.scale_data.rows import deferred_indexes, insert_rows
from demo.scale_data.scale import (
    BATCH,
    CODE_PREFIX,
    MEMBERS_PER_CHUNK,
    NATIONAL_CODE,
    PASSWORD,
    PHONE_PREFIX,
    WINDOW_DAYS,
    Scale,
    ScaleDataError,
    check_database,
    has_scale_data,
    real_member_count,
)
from demo.scale_data.tree import (
    Node,
    bulk_add_children,
    make_tree,
    national_tree,
    province_chapters,
    scale_tree,
)

__all__ = [
    "BATCH",
    "CODE_PREFIX",
    "MEMBERS_PER_CHUNK",
    "NATIONAL_CODE",
    "PASSWORD",
    "PHONE_PREFIX",
    "QUIZ_QUESTIONS",
    "WINDOW_DAYS",
    "CourseData",
    "Node",
    "Scale",
    "ScaleDataError",
    "add_course",
    "bulk_add_children",
    "check_database",
    "correct_answers",
    "deferred_indexes",
    "draw_done",
    "draw_people",
    "generate",
    "has_scale_data",
    "insert_counters",
    "insert_members",
    "insert_progress",
    "insert_rows",
    "make_courses",
    "make_quiz",
    "make_tree",
    "member_phone",
    "national_tree",
    "progress_rows",
    "province_chapters",
    "real_member_count",
    "scale_tree",
]

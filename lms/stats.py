"""Keep the per-chapter course counters in step with enrollments.

Each change is one ``UPDATE ... SET n = n + 1`` on one (chapter, course) row, in the same
transaction as the enrollment change (the courses signals are sent inside it).
"""

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q

from lms.models import ChapterCourseStats, Member


def bump(*, chapter_id, course_id, started=0, completed=0):
    """Add to one chapter's counters for one course (creating the row if needed)."""
    changes = {}
    if started:
        changes["started"] = F("started") + started
    if completed:
        changes["completed"] = F("completed") + completed
    if not changes:
        return
    rows = ChapterCourseStats.objects.filter(chapter_id=chapter_id, course_id=course_id)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            ChapterCourseStats.objects.create(
                chapter_id=chapter_id,
                course_id=course_id,
                started=max(started, 0),
                completed=max(completed, 0),
            )
    except IntegrityError:  # created by a concurrent first event
        rows.update(**changes)


def _chapter_of(user_id):
    return Member.objects.filter(user_id=user_id).values_list("chapter_id", flat=True).first()


def on_course_started(sender, enrollment, **kwargs):
    chapter_id = _chapter_of(enrollment.user_id)
    if chapter_id:
        bump(chapter_id=chapter_id, course_id=enrollment.course_id, started=1)


def on_course_completed(sender, enrollment, **kwargs):
    chapter_id = _chapter_of(enrollment.user_id)
    if chapter_id:
        bump(chapter_id=chapter_id, course_id=enrollment.course_id, completed=1)


def shift_member(*, user_id, from_chapter_id, to_chapter_id):
    """Move her enrollments' counts from one chapter to another (she changed chapter)."""
    from courses.models import Enrollment

    for course_id, completed_at in Enrollment.objects.filter(user_id=user_id).values_list(
        "course_id", "completed_at"
    ):
        done = 1 if completed_at else 0
        bump(chapter_id=from_chapter_id, course_id=course_id, started=-1, completed=-done)
        bump(chapter_id=to_chapter_id, course_id=course_id, started=1, completed=done)


def recount():
    """The counters as the facts say they should be: {(chapter_id, course_id): (started, done)}."""
    from courses.models import Enrollment

    rows = (
        Enrollment.objects.filter(user__member__isnull=False)
        .values("user__member__chapter_id", "course_id")
        .annotate(started=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
    )
    return {
        (row["user__member__chapter_id"], row["course_id"]): (row["started"], row["completed"])
        for row in rows
    }


@transaction.atomic
def recompute():
    """Rebuild every counter from the facts. Returns the rows that were wrong (before fixing)."""
    expected = recount()
    current = {
        (row.chapter_id, row.course_id): (row.started, row.completed)
        for row in ChapterCourseStats.objects.select_for_update()
    }
    wrong = {
        key: (current.get(key, (0, 0)), expected.get(key, (0, 0)))
        for key in set(expected) | set(current)
        if current.get(key, (0, 0)) != expected.get(key, (0, 0))
    }
    ChapterCourseStats.objects.all().delete()
    ChapterCourseStats.objects.bulk_create(
        ChapterCourseStats(chapter_id=chapter, course_id=course, started=s, completed=c)
        for (chapter, course), (s, c) in expected.items()
    )
    return wrong

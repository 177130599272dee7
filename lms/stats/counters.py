"""Keep the per-chapter counters in step with enrollments and members.

``ChapterCourseStats`` (members started and completed, per chapter and course) and
``ChapterWeekStats`` (completions per chapter, course and week) move by
``UPDATE ... SET n = n + k`` in the same transaction as the change they count: the courses
signals (started, completed, uncompleted, a course's rule re-applied) are sent inside it, a
member's move calls ``shift_member`` and her deletion (``pre_delete``) runs inside the delete.

``Chapter.direct_member_count`` counts each chapter's own members the same way: sign-up
(``post_save``), import (``members_added``), move (``shift_member``) and deletion.

Lock order, everywhere: the member row, her enrollment rows (by primary key), then
``ChapterCourseStats`` rows, ``ChapterWeekStats`` rows and ``Chapter`` rows (member counts),
each set in key order. Transactions that all follow it wait for each other but cannot
deadlock.

``recompute`` rebuilds all three from the facts and reports the rows that had drifted.
"""

from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest

from core.iterables import batched
from lms.models import Chapter, ChapterCourseStats, ChapterWeekStats, Member
from lms.models.stats import week_of

COURSE_KEY = ("chapter_id", "course_id")
WEEK_KEY = ("chapter_id", "course_id", "week")
BULK_FROM = 20  # rows; more than this are locked and updated a few statements at a time
BATCH = 500


def _change(field, n):
    """``field + n``, never below zero (a counter that drifted is reported by recompute,
    not turned into an error in a member's request)."""
    if n >= 0:
        return F(field) + n
    return Greatest(F(field) + n, Value(0))


def _bump_row(model, key_names, key, changes):
    """Add ``changes`` ({field: n}) to one counter row, creating it if needed."""
    changes = {name: n for name, n in changes.items() if n}
    if not changes:
        return
    lookup = dict(zip(key_names, key, strict=True))
    rows = model.objects.filter(**lookup)
    if rows.update(**{name: _change(name, n) for name, n in changes.items()}):
        return
    if all(n < 0 for n in changes.values()):
        return  # nothing to take from (drift, which recompute reports; or a course going)
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **{name: max(n, 0) for name, n in changes.items()})
    except IntegrityError:  # created by a concurrent first event
        rows.update(**{name: _change(name, n) for name, n in changes.items()})


def _bump_rows(model, key_names, deltas):
    """Apply {key: {field: n}} to ``model``'s rows, in key order (see the lock order)."""
    deltas = {key: d for key, d in deltas.items() if any(d.values())}
    if len(deltas) <= BULK_FROM:
        for key in sorted(deltas):
            _bump_row(model, key_names, key, deltas[key])
        return
    # Many rows (a course's rule re-applied): make sure those that grow exist, lock them all
    # in key order, then one UPDATE per distinct change (few: most are -1 or +1).
    model.objects.bulk_create(
        [
            model(**dict(zip(key_names, key, strict=True)))
            for key in sorted(deltas)
            if any(n > 0 for n in deltas[key].values())
        ],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    filters = {f"{name}__in": {key[i] for key in deltas} for i, name in enumerate(key_names)}
    by_change = {}  # (field, n) -> [pk]
    for pk, *key in (
        model.objects.filter(**filters)
        .order_by(*key_names)
        .select_for_update()
        .values_list("pk", *key_names)
    ):
        for name, n in deltas.get(tuple(key), {}).items():
            if n:
                by_change.setdefault((name, n), []).append(pk)
    for (name, n), pks in sorted(by_change.items()):
        for batch in batched(pks, BATCH):
            model.objects.filter(pk__in=batch).update(**{name: _change(name, n)})


def bump(*, chapter_id, course_id, started=0, completed=0):
    """Add to one chapter's counters for one course (creating the row if needed)."""
    _bump_row(
        ChapterCourseStats,
        COURSE_KEY,
        (chapter_id, course_id),
        {"started": started, "completed": completed},
    )


class Deltas:
    """Changes to the counters (courses, weeks, member counts), applied in the lock order."""

    def __init__(self):
        self.courses = {}
        self.weeks = {}
        self.members = Counter()  # chapter id -> change in member count

    def add(self, *, chapter_id, course_id, started=0, completed=0, completed_at=None):
        """Count (or with negative numbers, uncount) one enrollment's change."""
        row = self.courses.setdefault((chapter_id, course_id), Counter())
        row["started"] += started
        row["completed"] += completed
        if completed and completed_at is not None:
            week = self.weeks.setdefault((chapter_id, course_id, week_of(completed_at)), Counter())
            week["completed"] += completed

    def enrollment(self, *, chapter_id, course_id, completed_at, sign=1):
        """Count her whole enrollment (+1) or take it away (-1)."""
        done = sign if completed_at else 0
        self.add(
            chapter_id=chapter_id,
            course_id=course_id,
            started=sign,
            completed=done,
            completed_at=completed_at,
        )

    def apply(self):
        _bump_rows(ChapterCourseStats, COURSE_KEY, self.courses)
        _bump_rows(ChapterWeekStats, WEEK_KEY, self.weeks)
        for chapter_id in sorted(self.members):
            if self.members[chapter_id]:
                Chapter.objects.filter(pk=chapter_id).update(
                    direct_member_count=_change("direct_member_count", self.members[chapter_id])
                )


def _chapter_of(user_id, *, lock=False):
    members = Member.objects.filter(user_id=user_id)
    if lock:
        members = members.select_for_update(no_key=True)
    return members.values_list("chapter_id", flat=True).first()


def _chapters_of(user_ids):
    chapters = {}
    for batch in batched(user_ids, BATCH):
        chapters.update(
            Member.objects.filter(user_id__in=batch).values_list("user_id", "chapter_id")
        )
    return chapters


def _locked_enrollments(user_id):
    """Her enrollments, locked (by primary key) until the transaction ends: no completion of
    hers can change them while her counters move."""
    from courses.models import Enrollment

    return list(
        Enrollment.objects.filter(user_id=user_id)
        .order_by("pk")
        .select_for_update()
        .values_list("course_id", "completed_at")
    )


# Receivers of the courses signals (connected in lms.apps)


def on_course_started(sender, enrollment, **kwargs):
    # Her new enrollment is invisible to a move of hers in progress (which shifts only the
    # enrollments it can lock), so wait for the move and count in the chapter it leaves her.
    chapter_id = _chapter_of(enrollment.user_id, lock=True)
    if chapter_id:
        bump(chapter_id=chapter_id, course_id=enrollment.course_id, started=1)


def on_course_completed(sender, enrollment, **kwargs):
    chapter_id = _chapter_of(enrollment.user_id)
    if chapter_id:
        deltas = Deltas()
        deltas.add(
            chapter_id=chapter_id,
            course_id=enrollment.course_id,
            completed=1,
            completed_at=enrollment.completed_at,
        )
        deltas.apply()


def on_course_uncompleted(sender, enrollment, completed_at, **kwargs):
    """An admin took back a completion and the course is no longer complete: uncount it,
    in the week it had been counted in."""
    chapter_id = _chapter_of(enrollment.user_id)
    if chapter_id:
        deltas = Deltas()
        deltas.add(
            chapter_id=chapter_id,
            course_id=enrollment.course_id,
            completed=-1,
            completed_at=completed_at,
        )
        deltas.apply()


def on_course_progress_reapplied(sender, course, completed, **kwargs):
    """A course's rule was re-applied to its enrollments (its lessons changed): count the
    new completions (``completed``: enrollments), a few queries in all."""
    if not completed:
        return
    chapters = _chapters_of([e.user_id for e in completed])
    deltas = Deltas()
    for enrollment in completed:
        if enrollment.user_id in chapters:
            deltas.add(
                chapter_id=chapters[enrollment.user_id],
                course_id=course.pk,
                completed=1,
                completed_at=enrollment.completed_at,
            )
    deltas.apply()


def on_member_deleted(sender, instance, **kwargs):
    """``pre_delete`` of a Member (deleted alone, or with her account): her enrollments stop
    counting in her chapter. Erasure (``lms.privacy.services``) keeps the Member row, so it
    keeps her counts too."""
    # Her row first: a first lesson of hers in flight waits, then finds no member to count.
    chapter_id = _chapter_of(instance.user_id, lock=True)
    if chapter_id is None:
        return
    deltas = Deltas()
    deltas.members[chapter_id] -= 1
    for course_id, completed_at in _locked_enrollments(instance.user_id):
        deltas.enrollment(
            chapter_id=chapter_id, course_id=course_id, completed_at=completed_at, sign=-1
        )
    deltas.apply()


def on_member_saved(sender, instance, created, raw=False, **kwargs):
    """``post_save`` of a Member: a new member counts in her chapter."""
    if created and not raw:
        members_added([instance.chapter_id])


def members_added(chapter_ids):
    """Members were created without ``save()`` (an import's ``bulk_create``): count them,
    one chapter id per member."""
    deltas = Deltas()
    deltas.members.update(chapter_ids)
    deltas.apply()


def shift_member(*, user_id, from_chapter_id, to_chapter_id):
    """Move her, and her enrollments' counts, from one chapter to another."""
    deltas = Deltas()
    deltas.members[from_chapter_id] -= 1
    deltas.members[to_chapter_id] += 1
    for course_id, completed_at in _locked_enrollments(user_id):
        deltas.enrollment(
            chapter_id=from_chapter_id, course_id=course_id, completed_at=completed_at, sign=-1
        )
        deltas.enrollment(chapter_id=to_chapter_id, course_id=course_id, completed_at=completed_at)
    deltas.apply()

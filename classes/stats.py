"""Keep the class counters (``ClassStat``) in step with closed sessions, and rebuild them.

``session_counted`` is called by the service that closes a session, inside its transaction,
after the attendees' lessons are completed. It adds the session once (``counted_at`` is
claimed by one ``UPDATE ... WHERE counted_at IS NULL``: a second call, a retry or a
concurrent close changes nothing):

- ``sessions_held`` + 1 at the host unit (any level), for the course and the session's month;
- ``attendances`` + 1 per attendee at her own chapter (kept on the attendance: she is
  counted where she was when the session was closed);
- ``members_trained`` + 1 at her chapter the first time she attends a closed session of the
  course (``ClassTrained``, one row per member and course). If a session closed later started
  earlier than the one she was counted in, her count moves to its month.

Lock order, everywhere: the session row (the closing service holds it), ``ClassTrained``
rows by member id, then ``ClassStat`` rows in key order (chapter, course, month). Counters
move by ``UPDATE ... SET n = n + k``, so the locks are short.

``recompute`` (the ``recompute_class_stats`` command) rebuilds the counters and the
``ClassTrained`` rows from the attendances of closed sessions and reports what had drifted.
"""

from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Greatest
from django.utils import timezone

from classes.models import Attendance, ClassStat, ClassTrained, TrainingSession
from lms.models import Member

KEY = ("chapter_id", "course_id", "month")
FIGURES = ("sessions_held", "attendances", "members_trained")


def month_of(moment):
    """The first day of the month ``moment`` falls in, in the site's time zone (a date)."""
    return timezone.localdate(moment).replace(day=1)


def held_sessions():
    """Sessions that took place and are counted: closed, not cancelled."""
    return TrainingSession.objects.filter(closed_at__isnull=False, cancelled_at__isnull=True)


def _her_chapter():
    return Subquery(Member.objects.filter(user_id=OuterRef("user_id")).values("chapter_id")[:1])


def session_counted(*, session):
    """Add a closed session to the counters, once. Returns True when it was counted now,
    False when it had been already."""
    if session.closed_at is None or session.cancelled_at is not None:
        raise ValueError("Only a closed session is counted.")
    with transaction.atomic():
        claimed = TrainingSession.objects.filter(pk=session.pk, counted_at__isnull=True).update(
            counted_at=timezone.now()
        )
        if not claimed:
            return False
        attendances = Attendance.objects.filter(session_id=session.pk)
        attendances.update(chapter=_her_chapter())
        chapters = dict(
            attendances.filter(chapter__isnull=False).values_list("user_id", "chapter_id")
        )
        month = month_of(session.starts_at)
        deltas = {}
        _add(deltas, (session.host_id, session.course_id, month), sessions_held=1)
        for chapter_id in chapters.values():
            _add(deltas, (chapter_id, session.course_id, month), attendances=1)
        _count_trained(session, chapters, month, deltas)
        _apply(deltas)
    return True


def _add(deltas, key, **changes):
    deltas.setdefault(key, Counter()).update(changes)


def _count_trained(session, chapters, month, deltas):
    """Members trained: a row per member and course, inserted if missing (the rows of this
    session are the new ones), or moved to this session if it started earlier."""
    if not chapters:
        return
    course_id = session.course_id
    ClassTrained.objects.bulk_create(
        [
            ClassTrained(
                user_id=user_id,
                course_id=course_id,
                session_id=session.pk,
                starts_at=session.starts_at,
                chapter_id=chapters[user_id],
                month=month,
            )
            for user_id in sorted(chapters)
        ],
        ignore_conflicts=True,
    )
    rows = (
        ClassTrained.objects.filter(course_id=course_id, user_id__in=list(chapters))
        .order_by("user_id")
        .select_for_update()
    )
    for row in rows:
        chapter_id = chapters[row.user_id]
        if row.session_id == session.pk:
            _add(deltas, (chapter_id, course_id, month), members_trained=1)
        elif (session.starts_at, session.pk) < (row.starts_at, row.session_id):
            _add(deltas, (row.chapter_id, course_id, row.month), members_trained=-1)
            _add(deltas, (chapter_id, course_id, month), members_trained=1)
            ClassTrained.objects.filter(pk=row.pk).update(
                session_id=session.pk,
                starts_at=session.starts_at,
                chapter_id=chapter_id,
                month=month,
            )


def _change(field, n):
    if n >= 0:
        return F(field) + n
    return Greatest(F(field) + n, Value(0))  # drift is recompute's to report, not an error


def _apply(deltas):
    """Add {key: {figure: n}} to the ClassStat rows, in key order (see the lock order)."""
    for key in sorted(deltas):
        changes = {name: n for name, n in deltas[key].items() if n}
        if not changes:
            continue
        rows = ClassStat.objects.filter(**dict(zip(KEY, key, strict=True)))
        update = {name: _change(name, n) for name, n in changes.items()}
        if rows.update(**update) or all(n < 0 for n in changes.values()):
            continue
        try:
            with transaction.atomic():
                ClassStat.objects.create(
                    **dict(zip(KEY, key, strict=True)),
                    **{name: max(n, 0) for name, n in changes.items()},
                )
        except IntegrityError:  # created meanwhile by a concurrent close
            rows.update(**update)


def recount():
    """What the counters and ClassTrained should be, from the attendances of held sessions:
    ({(chapter, course, month): (sessions, attendances, trained)},
     {(user, course): (session, chapter, month)})."""
    figures = {}
    for host_id, course_id, starts_at in held_sessions().values_list(
        "host_id", "course_id", "starts_at"
    ):
        figures.setdefault((host_id, course_id, month_of(starts_at)), Counter())["s"] += 1
    first = {}  # (user, course) -> (starts_at, session, chapter)
    rows = Attendance.objects.filter(
        session__in=held_sessions(), chapter__isnull=False
    ).values_list("user_id", "chapter_id", "session_id", "session__course_id", "session__starts_at")
    for user_id, chapter_id, session_id, course_id, starts_at in rows.iterator(chunk_size=2000):
        figures.setdefault((chapter_id, course_id, month_of(starts_at)), Counter())["a"] += 1
        earliest = first.get((user_id, course_id))
        if earliest is None or (starts_at, session_id) < earliest[:2]:
            first[(user_id, course_id)] = (starts_at, session_id, chapter_id)
    trained = {}
    for (user_id, course_id), (starts_at, session_id, chapter_id) in first.items():
        month = month_of(starts_at)
        figures.setdefault((chapter_id, course_id, month), Counter())["t"] += 1
        trained[(user_id, course_id)] = (session_id, chapter_id, month)
    expected = {key: (c["s"], c["a"], c["t"]) for key, c in figures.items()}
    return expected, trained


def current():
    return {
        (row.chapter_id, row.course_id, row.month): (
            row.sessions_held,
            row.attendances,
            row.members_trained,
        )
        for row in ClassStat.objects.all()
    }


@transaction.atomic
def recompute():
    """Rebuild the counters from the facts. Returns the rows that were wrong before:
    {(chapter, course, month): ((sessions, attendances, trained) was, now)}; a closed
    session nobody had counted is counted first (its attendees at their chapter now)."""
    now = timezone.now()
    # Lock first, then count: a close committed before the lock is in the recount, one made
    # after waits and then adds to the rebuilt rows.
    was = {
        (row.chapter_id, row.course_id, row.month): (
            row.sessions_held,
            row.attendances,
            row.members_trained,
        )
        for row in ClassStat.objects.order_by(*KEY).select_for_update()
    }
    uncounted = list(held_sessions().filter(counted_at__isnull=True).values_list("pk", flat=True))
    if uncounted:
        Attendance.objects.filter(session_id__in=uncounted).update(chapter=_her_chapter())
        TrainingSession.objects.filter(pk__in=uncounted).update(counted_at=now)
    expected, trained = recount()
    zero = (0, 0, 0)
    wrong = {
        key: (was.get(key, zero), expected.get(key, zero))
        for key in set(was) | set(expected)
        if was.get(key, zero) != expected.get(key, zero)
    }
    trained_now = {
        (row.user_id, row.course_id): (row.session_id, row.chapter_id, row.month)
        for row in ClassTrained.objects.all()
    }
    if trained_now != trained:
        ClassTrained.objects.all().delete()
        starts = dict(held_sessions().values_list("pk", "starts_at"))
        ClassTrained.objects.bulk_create(
            (
                ClassTrained(
                    user_id=user_id,
                    course_id=course_id,
                    session_id=session_id,
                    starts_at=starts[session_id],
                    chapter_id=chapter_id,
                    month=month,
                )
                for (user_id, course_id), (session_id, chapter_id, month) in trained.items()
            ),
            batch_size=2000,
        )
    if wrong:
        ClassStat.objects.all().delete()
        ClassStat.objects.bulk_create(
            (
                ClassStat(
                    chapter_id=chapter_id,
                    course_id=course_id,
                    month=month,
                    sessions_held=s,
                    attendances=a,
                    members_trained=t,
                )
                for (chapter_id, course_id, month), (s, a, t) in expected.items()
            ),
            batch_size=2000,
        )
    return wrong

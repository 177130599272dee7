"""State changes for progress, each in one transaction."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from core.iterables import batched
from courses import signals
from courses.completion import is_course_complete
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonOpen, LessonPage
from quizzes.selectors import live_quiz

BATCH = 500  # rows per UPDATE ... WHERE pk IN (...) or bulk insert


class QuizRequired(Exception):
    """This lesson is done by passing its quiz, not by the "done" button."""


@dataclass(frozen=True)
class ProgressResult:
    enrollment: Enrollment
    changed: bool  # False for a repeated tap or a second pass: nothing changed
    course_newly_completed: bool


def _get_or_create_enrollment_locked(*, user, course, now):
    """Return her enrollment row, locked until the transaction ends (created if missing)."""
    enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
    if enrollment is not None:
        return enrollment, False
    try:
        with transaction.atomic():
            enrollment = Enrollment.objects.create(
                user=user, course=course, started_at=now, last_activity_at=now
            )
        return enrollment, True
    except IntegrityError:
        # Another request created it between our read and insert: lock theirs.
        return Enrollment.objects.select_for_update().get(user=user, course=course), False


def _refresh_enrollment(enrollment, *, course, now, taken_back=False):
    """Recount her live lessons done and apply the completion rule. Returns True when the
    course became complete just now.

    ``taken_back``: an admin removed one of her completions, so a completed course that no
    longer meets the rule is completed no more (``completed_at`` is cleared; the caller
    announces it). Otherwise a completed course stays completed.
    """
    required = set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
    done = set(
        LessonCompletion.objects.filter(user_id=enrollment.user_id, course=course).values_list(
            "lesson_id", flat=True
        )
    )
    enrollment.lessons_done = len(required & done)
    enrollment.last_activity_at = now
    complete = is_course_complete(
        required_lesson_ids=required,
        done_lesson_ids=done,
        final_quiz_required=course.final_quiz_id is not None,
        final_quiz_passed=enrollment.final_quiz_passed_at is not None,
    )
    newly_completed = enrollment.completed_at is None and complete
    if newly_completed:
        enrollment.completed_at = now
    elif taken_back and not complete:
        enrollment.completed_at = None
    enrollment.save(
        update_fields=["lessons_done", "last_activity_at", "completed_at", "final_quiz_passed_at"]
    )
    return newly_completed


def _announce(enrollment, *, started, newly_completed):
    if started:
        signals.course_started.send(sender=Enrollment, enrollment=enrollment)
    if newly_completed:
        signals.course_completed.send(sender=Enrollment, enrollment=enrollment)


def lesson_complete(
    *, user, lesson, course=None, quiz_passed=False, client_key=None, in_class=False, now=None
):
    """Record that ``user`` finished ``lesson``; safe to call twice (a double tap, a retry).

    A lesson with a quiz is completed only by passing it (``quiz_passed=True``, set by the
    quiz receiver), or by being taught it in class (``in_class=True``: the trainer covered it
    face to face and the organiser closed the session; the completion is marked so her course
    page says "completed in class"). A lesson she had already done stays as it was. Updates
    her enrollment in the same transaction. ``client_key`` is the idempotency key of a
    completion sent by her phone (see ``lesson_complete_from_phone``). ``now``: when it
    happened, if not now (a class closed records the time it was closed).
    """
    if not quiz_passed and not in_class and live_quiz(lesson.quiz_id) is not None:
        raise QuizRequired(lesson.pk)
    course = course or lesson.course
    now = now or timezone.now()
    with transaction.atomic():
        enrollment, created = _get_or_create_enrollment_locked(user=user, course=course, now=now)
        # The enrollment lock serialises this member's progress in this course.
        _completion, newly_done = LessonCompletion.objects.get_or_create(
            user=user,
            lesson=lesson,
            defaults={
                "course": course,
                "completed_at": now,
                "client_key": client_key,
                "in_class": in_class,
            },
        )
        if not newly_done:
            return ProgressResult(enrollment, changed=False, course_newly_completed=False)
        lesson_open(user=user, lesson=lesson, course=course, now=now)
        newly_completed = _refresh_enrollment(enrollment, course=course, now=now)
        _announce(enrollment, started=created, newly_completed=newly_completed)
    return ProgressResult(enrollment, changed=True, course_newly_completed=newly_completed)


def lesson_open(*, user, lesson, course=None, now=None):
    """Record that ``user`` opened ``lesson``, once: one INSERT that does nothing when she
    opened it before (a reload, a second tab, a retry), so no lock and no read first."""
    course = course or lesson.course
    LessonOpen.objects.bulk_create(
        [LessonOpen(user=user, lesson=lesson, course=course, opened_at=now or timezone.now())],
        ignore_conflicts=True,
    )


@dataclass(frozen=True)
class RemovalResult:
    removed: bool  # False: she had no such completion (a second tap, another tab)
    course_uncompleted: bool  # the course met its rule before and no longer does


def lesson_completion_remove(*, user, lesson):
    """Take back her completion of ``lesson`` (an admin correcting her record: she was marked
    done by mistake, or cheated). One transaction, in the lock order of a completion: her
    enrollment, then what the receivers lock.

    Her enrollment is recounted and the course's rule applied again; when the course no
    longer meets it, ``completed_at`` is cleared and ``course_uncompleted`` is sent (the
    chapter counters take the completion out of its week, her certificate is revoked).
    Passing the lesson's quiz again, or marking it done again, completes it as before.
    """
    now = timezone.now()
    with transaction.atomic():
        completion = LessonCompletion.objects.filter(user=user, lesson=lesson).first()
        if completion is None:
            return RemovalResult(removed=False, course_uncompleted=False)
        course = CoursePage.objects.get(pk=completion.course_id)
        enrollment = (
            Enrollment.objects.select_for_update().filter(user=user, course_id=course.pk).first()
        )
        deleted, _rows = LessonCompletion.objects.filter(pk=completion.pk).delete()
        if not deleted:  # removed by her other request while we waited for the lock
            return RemovalResult(removed=False, course_uncompleted=False)
        if enrollment is None:
            return RemovalResult(removed=True, course_uncompleted=False)
        was_completed_at = enrollment.completed_at
        _refresh_enrollment(enrollment, course=course, now=now, taken_back=True)
        uncompleted = was_completed_at is not None and enrollment.completed_at is None
        if uncompleted:
            signals.course_uncompleted.send(
                sender=Enrollment, enrollment=enrollment, completed_at=was_completed_at
            )
    return RemovalResult(removed=True, course_uncompleted=uncompleted)


class KeyAlreadyUsed(Exception):
    """The idempotency key was already used by this member for another lesson."""


def lesson_complete_from_phone(*, user, lesson, client_key, course=None):
    """A "done" her phone queued (offline) and sends now, with its idempotency key.

    A replay of the same key, a double send, or another key for a lesson already done change
    nothing (``changed`` is False). A key already used for another lesson is refused.
    """
    known = LessonCompletion.objects.filter(user=user, client_key=client_key).first()
    if known is not None:
        if known.lesson_id != lesson.pk:
            raise KeyAlreadyUsed(client_key)
        return ProgressResult(
            Enrollment.objects.get(user=user, course_id=known.course_id),
            changed=False,
            course_newly_completed=False,
        )
    try:
        return lesson_complete(user=user, lesson=lesson, course=course, client_key=client_key)
    except IntegrityError as error:
        # The same key raced in for another lesson (the completion itself is unique per lesson
        # and is serialised by the enrollment lock, so only the key can collide here).
        raise KeyAlreadyUsed(client_key) from error


def final_quiz_pass(*, user, course):
    """Record that she passed the course's final quiz; completes the course if all is done."""
    now = timezone.now()
    with transaction.atomic():
        enrollment, created = _get_or_create_enrollment_locked(user=user, course=course, now=now)
        if enrollment.final_quiz_passed_at is not None:
            return ProgressResult(enrollment, changed=False, course_newly_completed=False)
        enrollment.final_quiz_passed_at = now
        newly_completed = _refresh_enrollment(enrollment, course=course, now=now)
        _announce(enrollment, started=created, newly_completed=newly_completed)
    return ProgressResult(enrollment, changed=True, course_newly_completed=newly_completed)


REAPPLY_BATCH = 2000  # members (enrollments) per transaction of course_progress_reapply


def course_progress_reapply(*, course, batch_size=REAPPLY_BATCH):
    """Apply the completion rule again to every enrollment in ``course``, after its lessons
    changed (a lesson published, unpublished or deleted, the final quiz changed).

    Set-based, the enrollments of ``batch_size`` members (by user id) per short transaction, so a
    course of a million enrollments never holds them all locked: each batch locks its rows,
    counts their done lessons in one grouped query, writes the rows that change, and moves
    the counters for the courses it completes (``course_progress_reapplied``) before it
    commits. Courses that become complete (a lesson she had not done was unpublished or
    deleted) are completed now. A completed course stays completed, as the rule says
    (``courses.completion``): a trainer adding a lesson must not take back the certificates
    members have shared, nor lower a campaign's figures. Returns how many enrollments became
    complete. A run cut short leaves every finished batch consistent; running it again
    finishes the rest.
    """
    completed = 0
    after = 0
    while after is not None:
        completed_now, after = _reapply_batch(course.pk, after=after, size=batch_size)
        completed += completed_now
    return completed


def _reapply_batch(course_id, *, after, size):
    """Re-apply the rule to the enrollments of the course's next ``size`` members (by user
    id, above ``after``), in one transaction. Returns (how many became complete, the last
    user id done, or None when there were no more)."""
    now = timezone.now()
    with transaction.atomic():
        # Members by user id: their completions are then one range of the user index, read
        # in one pass, not one lookup per member.
        user_ids = list(
            Enrollment.objects.filter(course_id=course_id, user_id__gt=after)
            .order_by("user_id")
            .values_list("user_id", flat=True)[:size]
        )
        if not user_ids:
            return 0, None
        first, last = user_ids[0], user_ids[-1]
        # Lock their enrollments (by primary key, the order every writer uses) before reading
        # the facts: a completion in flight finishes first and is then seen here.
        rows = list(
            Enrollment.objects.filter(course_id=course_id, user_id__gte=first, user_id__lte=last)
            .order_by("pk")
            .select_for_update()
            .values_list("pk", "user_id", "lessons_done", "completed_at", "final_quiz_passed_at")
        )
        course = CoursePage.objects.get(pk=course_id)
        required = set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
        done = dict(
            LessonCompletion.objects.filter(
                course_id=course_id,
                lesson_id__in=required,
                user_id__gte=first,
                user_id__lte=last,
            )
            .values("user_id")
            .annotate(n=Count("pk"))
            .values_list("user_id", "n")
        )
        by_count, completed = {}, []
        for pk, user_id, lessons_done, completed_at, quiz_passed_at in rows:
            n = done.get(user_id, 0)
            if n != lessons_done:
                by_count.setdefault(n, []).append(pk)
            complete = is_course_complete(
                required_lesson_ids=required,
                # the count of required lessons she did stands for the set (same rule)
                done_lesson_ids=required if required and n == len(required) else (),
                final_quiz_required=course.final_quiz_id is not None,
                final_quiz_passed=quiz_passed_at is not None,
            )
            if complete and completed_at is None:
                completed.append(pk)
        for n, pks in by_count.items():
            for batch in batched(pks, BATCH):
                Enrollment.objects.filter(pk__in=batch).update(lessons_done=n)
        for batch in batched(completed, BATCH):
            Enrollment.objects.filter(pk__in=batch).update(completed_at=now)
        if completed:
            _announce_reapplied(course, completed)
    # a short batch was the last: no need for one more (empty) transaction to find that out
    return len(completed), (last if len(user_ids) == size else None)


def _announce_reapplied(course, completed_pks):
    changed = Enrollment.objects.in_bulk(completed_pks)
    signals.course_progress_reapplied.send(
        sender=Enrollment, course=course, completed=[changed[pk] for pk in completed_pks]
    )


def lesson_moved(*, lesson, old_course, new_course):
    """A lesson was moved (Wagtail's "Move") from ``old_course`` to ``new_course`` (either may
    be None when the page was not under a course): her completions of it go with it and she is
    enrolled in the new course if she was not. Both courses' rules are then applied again
    (``course_progress_reapply``): the caller asks for that in the background
    (``courses.tasks``).

    One transaction. New enrollments are created a batch at a time and announced with
    ``course_started`` (the chapter counters count them). The old course's ``lessons_done``
    goes down; a completed course stays completed (see ``course_progress_reapply``).
    """
    now = timezone.now()
    with transaction.atomic():
        created = []
        if new_course is not None:
            completions = LessonCompletion.objects.filter(lesson_id=lesson.pk)
            user_ids = set(completions.values_list("user_id", flat=True))
            completions.exclude(course_id=new_course.pk).update(course_id=new_course.pk)
            LessonOpen.objects.filter(lesson_id=lesson.pk).exclude(course_id=new_course.pk).update(
                course_id=new_course.pk
            )
            enrolled = set(
                Enrollment.objects.filter(course_id=new_course.pk, user_id__in=user_ids)
                .order_by("pk")
                .select_for_update()
                .values_list("user_id", flat=True)
            )
            created = _create_enrollments(sorted(user_ids - enrolled), course=new_course, now=now)
        for enrollment in created:
            signals.course_started.send(sender=Enrollment, enrollment=enrollment)
    return len(created)


def _create_enrollments(user_ids, *, course, now):
    """Create her enrollment in ``course`` for each of ``user_ids``; returns those created
    (one that a completion of hers created meanwhile is hers, and is announced by it)."""
    created = []
    for batch in batched(user_ids, BATCH):
        rows = [
            Enrollment(user_id=user_id, course_id=course.pk, started_at=now, last_activity_at=now)
            for user_id in batch
        ]
        try:
            with transaction.atomic():
                created.extend(Enrollment.objects.bulk_create(rows))
        except IntegrityError:
            for row in rows:
                try:
                    with transaction.atomic():
                        row.save(force_insert=True)
                    created.append(row)
                except IntegrityError:
                    pass
    return created

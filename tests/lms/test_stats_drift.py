"""The chapter counters (course totals and weeks) always equal a recount of the facts, after
any sequence of completions and of the changes that undo them: a lesson unpublished,
published or deleted, a member moved, deleted or erased, a completion taken back by an admin."""

import datetime as dt
import io
import random
from collections import Counter
from contextlib import contextmanager
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from courses.completion import is_course_complete
from courses.models import Enrollment, LessonCompletion, LessonPage
from courses.services import course_progress_reapply, lesson_complete, lesson_completion_remove
from lms.chapters import memberships
from lms.models import ChapterCourseStats, ChapterWeekStats, Member
from lms.models.stats import week_of
from lms.privacy import services as privacy
from lms.stats import counters, recompute
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory

pytestmark = pytest.mark.django_db


@contextmanager
def clock(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def weeks_ago(n):
    return timezone.now() - dt.timedelta(weeks=n)


def publish_new_lesson(course, title):
    lesson = LessonPage(title=title, slug=title, body=[], live=False)
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def assert_counters_agree_with_the_facts():
    assert recompute.recompute() == {}


def assert_enrollments_follow_the_rule():
    for enrollment in Enrollment.objects.select_related("course"):
        course = enrollment.course
        required = set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
        done = set(
            LessonCompletion.objects.filter(user_id=enrollment.user_id, course=course).values_list(
                "lesson_id", flat=True
            )
        )
        assert enrollment.lessons_done == len(required & done)
        # Whoever meets the rule is completed; a completed course stays completed.
        if is_course_complete(required_lesson_ids=required, done_lesson_ids=done):
            assert enrollment.is_completed


def test_completion_counts_in_the_week_it_happened(home):
    member = MemberFactory()
    course, lessons = course_with_lessons(home, lessons=2)
    moment = weeks_ago(3)
    with clock(moment):
        for lesson in lessons:
            lesson_complete(user=member.user, lesson=lesson)
    row = ChapterWeekStats.objects.get()
    assert (row.chapter_id, row.course_id, row.week, row.completed) == (
        member.chapter_id,
        course.pk,
        week_of(moment),
        1,
    )
    assert row.week.weekday() == 0
    assert_counters_agree_with_the_facts()


def test_a_new_lesson_leaves_her_completed_course_and_counters_alone(home):
    member = MemberFactory()
    course, lessons = course_with_lessons(home, lessons=2)
    done_at = weeks_ago(2)
    with clock(done_at):
        for lesson in lessons:
            lesson_complete(user=member.user, lesson=lesson)

    publish_new_lesson(course, "bai-moi")

    enrollment = Enrollment.objects.get(user=member.user, course=course)
    assert enrollment.completed_at == done_at and enrollment.lessons_done == 2
    stats_row = ChapterCourseStats.objects.get(chapter=member.chapter, course=course)
    assert (stats_row.started, stats_row.completed) == (1, 1)
    assert ChapterWeekStats.objects.get(week=week_of(done_at)).completed == 1
    assert_counters_agree_with_the_facts()


def test_unpublishing_her_missing_lesson_completes_the_course_now(home):
    member = MemberFactory()
    course, lessons = course_with_lessons(home, lessons=3)
    for lesson in lessons[:2]:
        lesson_complete(user=member.user, lesson=lessons[0])
        lesson_complete(user=member.user, lesson=lesson)

    lessons[2].unpublish()

    enrollment = Enrollment.objects.get(user=member.user, course=course)
    assert enrollment.completed_at is not None
    assert ChapterWeekStats.objects.get().week == week_of(timezone.now())
    assert_counters_agree_with_the_facts()

    lessons[2].save_revision().publish()  # back again: her completion stays
    assert Enrollment.objects.get(pk=enrollment.pk).completed_at == enrollment.completed_at
    assert_counters_agree_with_the_facts()


def test_deleting_a_lesson_recounts_lessons_done(home):
    member = MemberFactory()
    course, lessons = course_with_lessons(home, lessons=3)
    lesson_complete(user=member.user, lesson=lessons[0])
    lessons[0].delete()
    enrollment = Enrollment.objects.get(user=member.user, course=course)
    assert enrollment.lessons_done == 0
    assert_counters_agree_with_the_facts()


def test_reapplying_an_unchanged_rule_changes_nothing(home):
    members = [MemberFactory() for _ in range(3)]
    course, lessons = course_with_lessons(home, lessons=2)
    for member in members[:2]:
        for lesson in lessons:
            lesson_complete(user=member.user, lesson=lesson)
    before = list(Enrollment.objects.order_by("pk").values())
    assert course_progress_reapply(course=course) == 0
    assert list(Enrollment.objects.order_by("pk").values()) == before


def test_reapplying_in_small_batches_treats_every_enrollment(home):
    """Seven members, batches of two (four transactions): each one's lessons done and
    completion come out as the rule says, the counters move once per new completion."""
    course, lessons = course_with_lessons(home, lessons=3)
    members = [MemberFactory() for _ in range(7)]
    done = [0, 1, 2, 2, 3, 2, 1]  # lessons done, in order, by each member
    for member, n in zip(members, done, strict=True):
        for lesson in lessons[:n]:
            lesson_complete(user=member.user, lesson=lesson)
    # Unpublished without its signal, so the re-apply below is the only one that runs.
    LessonPage.objects.filter(pk=lessons[2].pk).update(live=False)

    assert course_progress_reapply(course=course, batch_size=2) == 3

    status = {
        e.user_id: (e.lessons_done, e.completed_at is not None)
        for e in Enrollment.objects.filter(course=course)
    }
    # She who had done lesson 3 counts one lesson less and stays completed; those with
    # lessons 1 and 2 complete now; those with fewer do not.
    expected = {1: (1, False), 2: (2, True), 3: (2, True)}
    assert status == {m.user_id: expected[n] for m, n in zip(members, done, strict=True) if n}
    row = ChapterCourseStats.objects.filter(course=course)
    assert sum(r.completed for r in row) == 4
    assert_counters_agree_with_the_facts()
    assert course_progress_reapply(course=course, batch_size=2) == 0


def test_deleting_a_member_or_her_account_takes_her_out_of_the_counters(home):
    course, lessons = course_with_lessons(home, lessons=1)
    alone, with_account = MemberFactory(), MemberFactory()
    for member in (alone, with_account):
        lesson_complete(user=member.user, lesson=lessons[0])
    Member.objects.get(pk=alone.pk).delete()
    with_account.user.delete()
    assert set(ChapterCourseStats.objects.values_list("started", "completed")) == {(0, 0)}
    assert set(ChapterWeekStats.objects.values_list("completed", flat=True)) == {0}
    assert_counters_agree_with_the_facts()


def test_erasing_her_account_keeps_the_chapter_figures(home):
    course, lessons = course_with_lessons(home, lessons=1)
    member = MemberFactory()
    lesson_complete(user=member.user, lesson=lessons[0])
    before = (
        list(ChapterCourseStats.objects.values_list("chapter", "started", "completed")),
        list(ChapterWeekStats.objects.values_list("chapter", "week", "completed")),
    )
    privacy.member_delete(user=member.user)
    after = (
        list(ChapterCourseStats.objects.values_list("chapter", "started", "completed")),
        list(ChapterWeekStats.objects.values_list("chapter", "week", "completed")),
    )
    assert after == before
    assert_counters_agree_with_the_facts()


def test_moving_a_member_moves_her_weeks(home):
    course, lessons = course_with_lessons(home, lessons=1)
    member = MemberFactory()
    other = ChapterFactory()
    done_at = weeks_ago(5)
    with clock(done_at):
        lesson_complete(user=member.user, lesson=lessons[0])
    memberships.member_move(member=member, chapter=other)
    assert ChapterWeekStats.objects.get(chapter=other).completed == 1
    assert ChapterWeekStats.objects.get(chapter=member.chapter).completed == 0
    assert_counters_agree_with_the_facts()


def test_recompute_reports_and_fixes_drifted_weeks(home):
    course, lessons = course_with_lessons(home, lessons=1)
    member = MemberFactory()
    lesson_complete(user=member.user, lesson=lessons[0])
    ChapterWeekStats.objects.update(completed=7)
    wrong = recompute.recompute()
    assert list(wrong.values()) == [(7, 1)]
    assert ChapterWeekStats.objects.get().completed == 1
    assert recompute.recompute() == {}


class FactRecount:
    """The counters worked out by the test from the facts, not from the enrollments and
    counters the code under test keeps: who did which live lesson (``LessonCompletion``),
    the course rule (``is_course_complete``) applied after every step, and what the test
    itself did (she started a course when the test had her finish a lesson of it; a course
    she completed stays completed, so the week it first met the rule is remembered)."""

    def __init__(self):
        self.started = set()  # (user_id, course_id)
        self.completed = {}  # (user_id, course_id) -> Monday of the week it met the rule

    def lesson_done(self, user, course):
        self.started.add((user.pk, course.pk))

    def completion_taken_back(self, user, course):
        """An admin removed one of her completions: completed no more if the rule fails."""
        if not self._meets_rule(user.pk, course):
            self.completed.pop((user.pk, course.pk), None)

    def _meets_rule(self, user_id, course):
        required = set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
        done = LessonCompletion.objects.filter(user_id=user_id, lesson_id__in=required)
        return is_course_complete(
            required_lesson_ids=required,
            done_lesson_ids=set(done.values_list("lesson_id", flat=True)),
        )

    def apply_rule(self, courses, moment):
        for course in courses:
            required = set(LessonPage.objects.live().child_of(course).values_list("pk", flat=True))
            for user_id, course_id in self.started:
                if course_id != course.pk or (user_id, course_id) in self.completed:
                    continue
                done = set(
                    LessonCompletion.objects.filter(
                        user_id=user_id, lesson_id__in=required
                    ).values_list("lesson_id", flat=True)
                )
                if is_course_complete(required_lesson_ids=required, done_lesson_ids=done):
                    self.completed[(user_id, course_id)] = week_of(moment)

    def expected(self):
        """({(chapter, course): (started, completed)}, {(chapter, course, week): n})."""
        chapter_of = dict(Member.objects.values_list("user_id", "chapter_id"))
        courses, weeks = Counter(), Counter()
        for user_id, course_id in self.started:
            if user_id in chapter_of:  # deleted members (or accounts) count nowhere
                courses[(chapter_of[user_id], course_id, "started")] += 1
        for (user_id, course_id), week in self.completed.items():
            if user_id in chapter_of:
                courses[(chapter_of[user_id], course_id, "completed")] += 1
                weeks[(chapter_of[user_id], course_id, week)] += 1
        keys = {(chapter, course) for chapter, course, _kind in courses}
        return (
            {k: (courses[(*k, "started")], courses[(*k, "completed")]) for k in keys},
            dict(weeks),
        )

    def assert_counters_agree(self, where):
        expected_courses, expected_weeks = self.expected()
        stored = {
            (row.chapter_id, row.course_id): (row.started, row.completed)
            for row in ChapterCourseStats.objects.all()
            if row.started or row.completed
        }
        stored_weeks = {
            (row.chapter_id, row.course_id, row.week): row.completed
            for row in ChapterWeekStats.objects.all()
            if row.completed
        }
        assert stored == expected_courses, where
        assert stored_weeks == expected_weeks, where


@pytest.mark.parametrize(
    ("seed", "bulk_from"),
    [(1, 20), (2, 20), (3, 20), (4, 20), (3, 0), (5, 0)],
    ids=["seed1", "seed2", "seed3", "seed4", "seed3-bulk-updates", "seed5-bulk-updates"],
)
def test_counters_equal_a_recount_after_a_random_sequence_of_changes(
    home, seed, bulk_from, monkeypatch
):
    # bulk_from=0: every counter change takes the batch path a province-wide re-apply takes.
    monkeypatch.setattr(counters, "BULK_FROM", bulk_from)
    rng = random.Random(seed)
    chapters = [ChapterFactory() for _ in range(3)]
    members = [MemberFactory(chapter=rng.choice(chapters)) for _ in range(10)]
    courses = [course_with_lessons(home, lessons=n)[0] for n in (2, 3)]
    new_lessons = 0
    facts = FactRecount()

    def lessons_of(course, **filters):
        return list(LessonPage.objects.child_of(course).filter(**filters).order_by("path"))

    def alive():
        return [m for m in members if Member.objects.filter(pk=m.pk).exists()]

    moment = None
    for _step in range(60):
        action = rng.choices(
            ["complete", "unpublish", "publish", "new", "delete", "move", "remove", "erase"]
            + ["take back"],
            weights=[12, 2, 2, 1, 1, 2, 1, 1, 3],
        )[0]
        course = rng.choice(courses)
        if action == "complete" and alive():
            member = rng.choice(alive())
            live = lessons_of(course, live=True)
            if live:
                moment = weeks_ago(rng.randint(0, 6))
                with clock(moment):
                    lesson_complete(user=member.user, lesson=rng.choice(live), course=course)
                facts.lesson_done(member.user, course)
        elif action == "unpublish" and lessons_of(course, live=True):
            rng.choice(lessons_of(course, live=True)).unpublish()
        elif action == "publish" and lessons_of(course, live=False):
            rng.choice(lessons_of(course, live=False)).save_revision().publish()
        elif action == "new":
            new_lessons += 1
            publish_new_lesson(course, f"moi-{new_lessons}")
        elif action == "delete" and lessons_of(course):
            rng.choice(lessons_of(course)).delete()
        elif action == "move" and alive():
            member = Member.objects.get(pk=rng.choice(alive()).pk)
            memberships.member_move(member=member, chapter=rng.choice(chapters))
        elif action == "remove" and alive():
            member = Member.objects.get(pk=rng.choice(alive()).pk)
            if rng.random() < 0.5:
                member.delete()
            else:
                member.user.delete()
        elif action == "take back" and LessonCompletion.objects.filter(course=course).exists():
            # An admin takes a completion back (the service her admin page posts to).
            completion = rng.choice(
                list(LessonCompletion.objects.filter(course=course).order_by("pk"))
            )
            lesson_completion_remove(user=completion.user, lesson=completion.lesson)
            facts.completion_taken_back(completion.user, course)
        elif action == "erase" and alive():
            privacy.member_delete(user=rng.choice(alive()).user)
        facts.apply_rule(courses, moment if action == "complete" else timezone.now())
        facts.assert_counters_agree((_step, action))
        assert recompute.recompute() == {}, (_step, action)

    assert_enrollments_follow_the_rule()
    assert ChapterCourseStats.objects.exists()


def test_deleting_a_course_with_completions_deletes_its_counters(home):
    course, lessons = course_with_lessons(home, lessons=2)
    member = MemberFactory()
    for lesson in lessons:
        lesson_complete(user=member.user, lesson=lesson)
    course.delete()
    assert not ChapterCourseStats.objects.exists()
    assert not ChapterWeekStats.objects.exists()
    assert_counters_agree_with_the_facts()


def test_recompute_command_says_what_drifted(home):
    course, lessons = course_with_lessons(home, lessons=1)
    lesson_complete(user=MemberFactory().user, lesson=lessons[0])
    ChapterCourseStats.objects.update(started=4)
    ChapterWeekStats.objects.update(completed=0)
    out = io.StringIO()
    call_command("recompute_chapter_stats", stdout=out)
    text = out.getvalue()
    assert "was 4/1, now 1/1 (started/completed)" in text
    assert "was 0, now 1 (completed)" in text
    assert "Fixed 2 counter rows." in text
    out = io.StringIO()
    call_command("recompute_chapter_stats", stdout=out)
    assert "Counters agree with the facts." in out.getvalue()


def test_member_counts_follow_sign_up_import_move_and_deletion(home):
    from lms.imports.rows import Row
    from lms.imports.services import members_import
    from lms.members.services import member_signup
    from lms.models import Chapter, Role
    from tests.lms.factories import UserFactory

    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, code="tinh")
    a, b = (
        ChapterFactory(parent=province, code="chi-a"),
        ChapterFactory(parent=province, code="chi-b"),
    )
    official = UserFactory()
    Role.objects.create(user=official, node=province, kind=Role.Kind.OFFICIAL)
    rows = [
        Row(2, "Lan", "0912000001", "chi-a", "", ""),
        Row(3, "Mai", "0912000002", "chi-a", "", ""),
        Row(4, "Hoa", "0912000003", "chi-b", "", ""),
    ]
    members_import(user=official, rows=rows)
    member_signup(full_name="Thu", phone="+84912000009", password="mat-khau-2026!", chapter=b)

    def counts():
        return dict(
            Chapter.objects.filter(pk__in=[a.pk, b.pk]).values_list("code", "direct_member_count")
        )

    assert counts() == {"chi-a": 2, "chi-b": 2}
    members_import(user=official, rows=[Row(2, "Lan", "0912000001", "chi-b", "", "")])
    assert counts() == {"chi-a": 1, "chi-b": 3}
    Member.objects.get(user__phone="+84912000002").user.delete()
    Member.objects.get(user__phone="+84912000003").delete()
    assert counts() == {"chi-a": 0, "chi-b": 2}
    assert_counters_agree_with_the_facts()

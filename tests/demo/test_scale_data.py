"""The scale data generator (``manage.py generate_scale_data``) at a tiny scale."""

from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from bench.run import database_problem
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from demo import scale_data
from lms.models import Chapter, ChapterCourseStats, Member
from lms.stats import recompute
from quizzes.models import Attempt
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db

TINY = [
    "--chapters=25",
    "--members=60",
    "--courses=2",
    "--lessons=3",
    "--completion-ratio=0.5",
    "--districts=2",
    "--until=2026-03-01",
]


def generate(*extra):
    call_command("generate_scale_data", *TINY, *extra, verbosity=0)


def fingerprint():
    """Everything generated, by natural keys (primary keys differ from run to run)."""
    return {
        "chapters": sorted(
            Chapter.objects.values_list(
                "code", "path", "depth", "numchild", "name", "kind", "invite_code"
            )
        ),
        "members": sorted(
            Member.objects.values_list(
                "user__phone", "full_name", "chapter__code", "birth_year", "occupation"
            )
        ),
        "lessons": sorted(
            (lesson.get_parent().slug, lesson.slug, lesson.title, bool(lesson.quiz_id))
            for lesson in LessonPage.objects.all()
        ),
        "enrollments": sorted(
            Enrollment.objects.values_list(
                "user__phone",
                "course__slug",
                "started_at",
                "last_activity_at",
                "lessons_done",
                "completed_at",
            )
        ),
        "completions": sorted(
            LessonCompletion.objects.values_list(
                "user__phone", "course__slug", "lesson__slug", "completed_at"
            )
        ),
        "attempts": sorted(
            Attempt.objects.values_list(
                "user__phone", "quiz__title", "number", "submitted_at", "passed"
            )
        ),
        "counters": sorted(
            ChapterCourseStats.objects.values_list(
                "chapter__code", "course__slug", "started", "completed"
            )
        ),
    }


def generate_and_roll_back(*extra):
    with transaction.atomic():
        generate(*extra)
        result = fingerprint()
        transaction.set_rollback(True)
    return result


def test_same_seed_gives_the_same_data_and_another_seed_other_data():
    first = generate_and_roll_back("--seed=5")
    again = generate_and_roll_back("--seed=5")
    other = generate_and_roll_back("--seed=6")
    assert first["completions"], "the tiny scale should still have progress"
    assert first == again
    assert first["members"] != other["members"]
    assert first["completions"] != other["completions"]


def test_refuses_a_database_with_real_members_unless_forced():
    real = MemberFactory()
    with pytest.raises(CommandError, match="1 real members"):
        generate()
    assert not Chapter.objects.filter(code__startswith=scale_data.CODE_PREFIX).exists()

    generate("--force")
    assert Member.objects.filter(chapter__code__startswith=scale_data.CODE_PREFIX).count() == 60
    real.refresh_from_db()
    assert not real.chapter.code.startswith(scale_data.CODE_PREFIX)


def test_refuses_a_database_that_holds_generated_data_already():
    generate()
    with pytest.raises(CommandError, match="already holds generated data"):
        generate("--seed=2")


def test_tree_is_consistent_and_treebeard_can_keep_growing_it():
    generate()
    assert Chapter.find_problems() == ([], [], [], [], [])
    # 25 chapters make three communes (ten chapters each at most) over two districts.
    kinds = Counter(Chapter.objects.values_list("kind", flat=True))
    assert kinds == {"province": 1, "district": 2, "commune": 3, "chapter": 25}
    for node in Chapter.objects.all():
        children = list(node.get_children())
        assert len(children) == node.numchild
        assert [c.name for c in children] == sorted(c.name for c in children)
    commune = Chapter.objects.filter(kind=Chapter.Kind.COMMUNE).first()
    commune.add_child(name="Chi hội mới", code="moi", kind=Chapter.Kind.CHAPTER)
    assert Chapter.find_problems() == ([], [], [], [], [])
    assert Chapter.objects.get(code="moi").get_parent() == commune


def test_counters_and_enrollments_agree_with_the_completions():
    generate()
    stored = {
        (row.chapter_id, row.course_id): (row.started, row.completed)
        for row in ChapterCourseStats.objects.all()
    }
    assert stored == recompute.recount()
    assert recompute.recompute() == {}

    done = Counter(LessonCompletion.objects.values_list("user_id", "course_id"))
    lessons = {course.pk: 3 for course in CoursePage.objects.all()}
    for enrollment in Enrollment.objects.all():
        assert enrollment.lessons_done == done[enrollment.user_id, enrollment.course_id]
        finished = enrollment.lessons_done == lessons[enrollment.course_id]
        assert (enrollment.completed_at is not None) == finished
    assert set(done) == set(Enrollment.objects.values_list("user_id", "course_id"))

    # A lesson with a quiz is done only by passing it: one passed attempt per completion.
    quiz_done = set(
        LessonCompletion.objects.filter(lesson__quiz__isnull=False).values_list(
            "user_id", "lesson__quiz_id"
        )
    )
    passed = Counter(Attempt.objects.filter(passed=True).values_list("user_id", "quiz_id"))
    assert set(passed) == quiz_done
    assert set(passed.values()) == {1}


def test_completion_ratio_is_the_share_of_lessons_done():
    call_command(
        "generate_scale_data",
        "--chapters=3",
        "--members=400",
        "--courses=1",
        "--lessons=4",
        "--completion-ratio=0.3",
        verbosity=0,
    )
    share = LessonCompletion.objects.count() / (400 * 4)
    assert 0.24 < share < 0.36


@pytest.mark.parametrize("url", ["", "sqlite:///db.sqlite3", "sqlite://:memory:", "mysql://u@h/db"])
def test_bench_refuses_anything_but_postgresql(url):
    assert database_problem(url)


def test_bench_accepts_postgresql():
    assert database_problem("postgres://postgres@127.0.0.1:5432/sen_bench") is None

"""The scale data generator (``manage.py generate_scale_data``) at a tiny scale."""

from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

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


def test_province_chapters_share_out_the_rest_evenly():
    national = scale_data.Scale(chapters=10_000, provinces=63, first_province_chapters=1_000)
    shares = scale_data.province_chapters(national)
    # 9,000 over 62 provinces: 145 each and 10 left over, one more for the first ten.
    assert shares == [1_000] + [146] * 10 + [145] * 52
    assert scale_data.province_chapters(scale_data.Scale(chapters=10, provinces=3)) == [3, 4, 3]
    assert scale_data.province_chapters(scale_data.Scale(chapters=25)) == [25]


def test_provinces_sit_under_a_national_root():
    generate("--provinces=3", "--first-province-chapters=12", "--chapters=20")
    assert Chapter.find_problems() == ([], [], [], [], [])
    root = Chapter.objects.get(depth=1)
    assert root.code == "scale-national"
    provinces = {c.code: c for c in root.get_children()}
    assert set(provinces) == {"scale-province", "scale-p02", "scale-p03"}
    chapters = {
        code: Chapter.objects.filter(path__startswith=p.path, kind="chapter").count()
        for code, p in provinces.items()
    }
    assert chapters == {"scale-province": 12, "scale-p02": 4, "scale-p03": 4}
    # Codes stay unique across provinces: the first keeps the one-province codes.
    assert Chapter.objects.filter(code="scale-c00001").exists()
    assert Chapter.objects.filter(code="scale-p02-c00001").exists()
    # The root is stored as a province. The first province's 12 chapters make two communes
    # (ten chapters each at most) over two districts; 4 chapters make one of each.
    kinds = Counter(Chapter.objects.values_list("kind", flat=True))
    assert kinds == {"province": 1 + 3, "district": 2 + 1 + 1, "commune": 2 + 1 + 1, "chapter": 20}
    assert Member.objects.filter(chapter__path__startswith=root.path).count() == 60
    assert recompute.recompute() == {}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_deferred_indexes_are_built_again_as_they_were():
    def definitions():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
                "WHERE indrelid = ANY(%s::regclass[])",
                [tables],
            )
            indexes = set(cursor.fetchall())
            cursor.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = ANY(%s::regclass[])",
                [tables],
            )
            return indexes, set(cursor.fetchall())

    tables = [Enrollment._meta.db_table, LessonCompletion._meta.db_table]
    before = definitions()
    with scale_data.deferred_indexes([Enrollment, LessonCompletion]):
        during = definitions()
    assert definitions() == before
    # Only the primary keys (and check constraints) stayed while loading.
    assert len(during[0]) == 2 and len(before[0]) > 4
    assert all("FOREIGN KEY" not in d and "UNIQUE" not in d for _name, d in during[1]), during[1]


@pytest.mark.parametrize("url", ["", "sqlite:///db.sqlite3", "sqlite://:memory:", "mysql://u@h/db"])
def test_bench_refuses_anything_but_postgresql(url):
    assert database_problem(url)


def test_bench_accepts_postgresql():
    assert database_problem("postgres://postgres@127.0.0.1:5432/sen_bench") is None

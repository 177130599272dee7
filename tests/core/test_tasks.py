"""Background work on the database queue, run by the real worker (``manage.py db_worker``):
a trainer's unpublish returns before members' progress is updated, the editor says so, the
worker catches up, a second run changes nothing, and a task whose worker died is run again."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses.models import CourseRuleUpdate, Enrollment
from courses.tasks import reapply_course_rule
from lms.models import Certificate, ChapterCourseStats
from tests.core.background import completed_in_chapter, editor_text, run_worker, unpublish
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NOTICE = "Updating members' progress after the last change to this course"


def test_unpublish_returns_before_progress_is_updated_and_the_worker_catches_up(
    database_queue, scene, admin
):
    from django_tasks_db.models import DBTaskResult

    course, lessons, chapter, members = scene
    response = unpublish(admin, lessons[1])
    said = [str(m) for m in response.wsgi_request._messages]
    assert any("Updating members' progress in the background" in m for m in said), said

    # The request only queued the work: nobody is complete yet, and the editor says why.
    assert not Enrollment.objects.filter(course=course, completed_at__isnull=False).exists()
    assert DBTaskResult.objects.filter(task_path="courses.tasks.reapply_course_rule").count() == 1
    assert NOTICE in editor_text(admin, lessons[0])
    assert NOTICE in editor_text(admin, course)

    run_worker()

    assert Enrollment.objects.filter(course=course, completed_at__isnull=False).count() == 3
    assert Certificate.objects.filter(course=course, revoked_at__isnull=True).count() == 3
    stats = ChapterCourseStats.objects.get(chapter=chapter, course=course)
    assert stats.completed == completed_in_chapter(chapter, course) == 3
    assert not CourseRuleUpdate.objects.exists()
    assert NOTICE not in editor_text(admin, lessons[0])
    result = DBTaskResult.objects.get(task_path="courses.tasks.reapply_course_rule")
    assert result.status == "SUCCESSFUL"
    assert result.return_value == 3


def test_a_second_run_changes_nothing(database_queue, scene, admin):
    course, lessons, chapter, _members = scene
    unpublish(admin, lessons[1])
    run_worker()
    before = list(Enrollment.objects.order_by("pk").values_list("pk", "completed_at"))
    codes = set(Certificate.objects.values_list("code", flat=True))

    assert reapply_course_rule.call(course.pk) == 0

    assert list(Enrollment.objects.order_by("pk").values_list("pk", "completed_at")) == before
    assert set(Certificate.objects.values_list("code", flat=True)) == codes
    stats = ChapterCourseStats.objects.get(chapter=chapter, course=course)
    assert stats.completed == completed_in_chapter(chapter, course) == 3


def test_a_task_whose_worker_died_is_run_again_by_the_schedule(database_queue, scene, admin):
    from django_tasks_db.models import DBTaskResult

    course, lessons, chapter, _members = scene
    unpublish(admin, lessons[1])
    # A worker took it and died: the row says RUNNING, long ago, and nothing was done.
    DBTaskResult.objects.update(
        status="RUNNING",
        started_at=timezone.now() - timedelta(hours=2),
        worker_ids=["died-once"],
    )
    run_worker()
    assert not Enrollment.objects.filter(course=course, completed_at__isnull=False).exists()

    call_command("run_schedule", verbosity=0)
    run_worker()

    assert Enrollment.objects.filter(course=course, completed_at__isnull=False).count() == 3
    stats = ChapterCourseStats.objects.get(chapter=chapter, course=course)
    assert stats.completed == completed_in_chapter(chapter, course) == 3


def test_a_task_that_keeps_dying_is_shown_to_superusers_as_failed(
    database_queue, scene, admin, client
):
    from django_tasks_db.models import DBTaskResult

    _course, lessons, _chapter, _members = scene
    unpublish(admin, lessons[1])
    DBTaskResult.objects.update(
        status="RUNNING",
        started_at=timezone.now() - timedelta(hours=2),
        worker_ids=["one", "two", "three"],
    )
    call_command("run_schedule", verbosity=0)

    report = admin.get(reverse("lms_failed_tasks"))
    assert report.status_code == 200
    text = report.content.decode()
    assert "courses.tasks.reapply_course_rule" in text
    assert "stopped 3 times" in text


def test_the_failed_tasks_report_is_for_superusers_only(database_queue, client, db):
    trainer = UserFactory(is_staff=True)
    client.force_login(trainer)
    assert client.get(reverse("lms_failed_tasks")).status_code in (302, 403)


def test_a_course_update_that_waited_too_long_is_asked_for_again(database_queue, scene, admin):
    from django_tasks_db.models import DBTaskResult

    course, lessons, _chapter, _members = scene
    unpublish(admin, lessons[1])
    DBTaskResult.objects.all().delete()  # the queued task was lost
    CourseRuleUpdate.objects.update(requested_at=timezone.now() - timedelta(hours=1))

    call_command("run_schedule", verbosity=0)
    run_worker()

    assert Enrollment.objects.filter(course=course, completed_at__isnull=False).count() == 3
    assert not CourseRuleUpdate.objects.exists()


def test_recompute_in_the_background_fixes_drift_through_the_worker(database_queue, scene):
    course, _lessons, chapter, _members = scene
    ChapterCourseStats.objects.filter(chapter=chapter, course=course).update(started=0)

    call_command("recompute_chapter_stats", in_background=True, verbosity=0)
    assert ChapterCourseStats.objects.get(chapter=chapter, course=course).started == 0
    run_worker()

    assert ChapterCourseStats.objects.get(chapter=chapter, course=course).started == 3


def test_a_member_import_is_written_by_the_worker_in_batches(database_queue, client, monkeypatch):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django_tasks_db.models import DBTaskResult

    from lms.imports import jobs
    from lms.models import Member, MemberImportJob, Role
    from tests.lms.factories import ChapterFactory

    monkeypatch.setattr(jobs, "BATCH_ROWS", 4)  # 10 rows: three batches
    chapter = ChapterFactory(code="chi-a")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    client.force_login(leader)
    lines = ["full_name,phone,chapter_code"] + [
        f"Hội viên {n},0912{n:06d},chi-a" for n in range(10)
    ]
    file = SimpleUploadedFile("ds.csv", "\n".join(lines).encode())
    assert client.post(reverse("lms:member_import"), {"file": file}).status_code == 302
    token = client.get(reverse("lms:member_import_preview")).context["token"]
    response = client.post(reverse("lms:member_import_confirm"), {"token": token})
    job = MemberImportJob.objects.get()
    assert response.url == reverse("lms:member_import_job", args=[job.pk])
    assert not Member.objects.exists()

    run_worker()

    assert Member.objects.filter(chapter=chapter).count() == 10
    job.refresh_from_db()
    assert (job.next_row, job.created, job.finished_at is not None) == (10, 10, True)
    result = DBTaskResult.objects.get(task_path="lms.imports.tasks.run_member_import")
    assert result.status == "SUCCESSFUL"
    assert result.return_value == {"created": 10, "updated": 0, "moved": 0, "refused": 0}

"""Real worker processes over the test database (PostgreSQL: a second process cannot see
SQLite's in-memory test database): the database worker killed in the middle of a task, and
one run through RQ on the local Redis with ``manage.py rqworker``."""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse

from courses.models import Enrollment
from lms.models import Certificate, ChapterCourseStats
from tests.core.background import completed_in_chapter, run_worker, unpublish

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REAPPLY = "courses.tasks.reapply_course_rule"
ROOT = Path(__file__).resolve().parents[2]
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def worker_env(queue):
    """The environment of a worker process that uses this test's database."""
    db = connection.settings_dict
    user, host, port = db["USER"] or "postgres", db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    url = f"postgres://{user}@{host}:{port}/{db['NAME']}"
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "SEN_TEST_TASKS": queue,
    }


def wait_for(condition, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_counters_equal_a_recount_after_a_worker_is_killed_mid_task(settings, scene, admin):
    from django_tasks_db.models import DBTaskResult

    settings.SEN_TASKS = "database"
    settings.TASKS = DATABASE_QUEUE
    course, lessons, chapter, _members = scene
    unpublish(admin, lessons[1])
    blocked = Enrollment.objects.filter(course=course).order_by("pk").first()

    with transaction.atomic():
        # Hold one of the enrollments the task must lock: the worker takes the task, starts
        # it and waits here, in the middle of its transaction, until it is killed.
        Enrollment.objects.select_for_update().get(pk=blocked.pk)
        worker = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload"],
            cwd=ROOT,
            env=worker_env("database"),
        )
        try:
            assert wait_for(lambda: DBTaskResult.objects.filter(status="RUNNING").exists()), (
                "the worker never started the task"
            )
            time.sleep(1)  # it is now waiting for the lock, inside the task's transaction
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
        finally:
            if worker.poll() is None:
                worker.kill()

    # Nothing the dead worker did survived; the task still says RUNNING.
    assert not Enrollment.objects.filter(course=course, completed_at__isnull=False).exists()
    assert DBTaskResult.objects.get(task_path=REAPPLY).status == "RUNNING"

    settings.SEN_TASK_STALLED_AFTER = timedelta(0)
    call_command("run_schedule", verbosity=0)
    run_worker()

    assert Enrollment.objects.filter(course=course, completed_at__isnull=False).count() == 3
    assert Certificate.objects.filter(course=course).count() == 3
    stats = ChapterCourseStats.objects.get(chapter=chapter, course=course)
    assert stats.completed == completed_in_chapter(chapter, course) == 3


@pytest.fixture
def rq_queue(settings):
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/15"
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            raise  # CI has Redis: this test must run there
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    client.flushdb()
    settings.SEN_TASKS = "rq"
    settings.RQ_QUEUES = {"default": {"URL": url}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    yield url
    client.flushdb()


def test_an_rq_worker_brings_progress_up_to_date_after_an_unpublish(rq_queue, scene, admin):
    course, lessons, chapter, _members = scene
    unpublish(admin, lessons[1])
    assert not Enrollment.objects.filter(course=course, completed_at__isnull=False).exists()

    subprocess.run(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "rqworker",
            "default",
            "--burst",
            "--job-class",
            "django_tasks_rq.Job",
        ],
        cwd=ROOT,
        env={**worker_env("rq"), "SEN_TEST_REDIS_URL": rq_queue},
        check=True,
        timeout=120,
    )

    assert Enrollment.objects.filter(course=course, completed_at__isnull=False).count() == 3
    stats = ChapterCourseStats.objects.get(chapter=chapter, course=course)
    assert stats.completed == completed_in_chapter(chapter, course) == 3
    editor = admin.get(reverse("wagtailadmin_pages:edit", args=[lessons[0].pk]))
    assert "Updating members' progress" not in editor.content.decode()

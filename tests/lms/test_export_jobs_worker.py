"""Member lists on the database queue, made by the real worker (``manage.py db_worker``): the
leader's request only queues the file, the worker makes it, a worker that died is replaced
through ``run_schedule``, and a run that fails is in the superusers' failed-tasks report."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from lms.dashboards import member_exports
from lms.models import ExportJob, Role
from tests.core.background import run_worker
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TASK = "lms.dashboards.export_jobs.make_export_file"


@pytest.fixture
def official(tree):
    """The district's official (no admin groups: they are not needed here)."""
    user = UserFactory()
    Role.objects.create(user=user, node=tree["d1"], kind=Role.Kind.OFFICIAL)
    return user


@pytest.fixture
def database_queue(settings):
    settings.SEN_TASKS = "database"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def _ask(client, code):
    response = client.post(reverse("lms:dashboard_members_csv", args=[code]))
    assert response.status_code == 302
    return ExportJob.objects.get(pk=response["Location"].split("/")[-2])


def test_the_request_only_queues_the_file_and_the_worker_makes_it(
    database_queue, client, tree, official
):
    from django_tasks_db.models import DBTaskResult

    client.force_login(official)
    job = _ask(client, "d1")
    page = client.get(reverse("lms:export_progress", args=[job.pk]))
    assert "Đang chờ bắt đầu…" in page.text
    assert DBTaskResult.objects.filter(task_path=TASK).count() == 1

    run_worker()

    job.refresh_from_db()
    assert (job.status, job.rows_done, job.rows_total) == ("done", 6, 6)
    result = DBTaskResult.objects.get(task_path=TASK)
    assert (result.status, result.return_value) == ("SUCCESSFUL", 6)
    response = client.get(reverse("lms:export_download", args=[job.pk]))
    text = b"".join(response.streaming_content).decode("utf-8").removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(text)))
    assert sorted(row[2] for row in rows[1:]) == ["Chi hội A"] * 4 + ["Chi hội B"] * 2


def test_a_file_whose_worker_died_is_made_by_the_next_worker(
    database_queue, client, tree, official
):
    from django_tasks_db.models import DBTaskResult

    client.force_login(official)
    job = _ask(client, "d1")
    # A worker took it, wrote some rows and died: both rows say so, long ago.
    long_ago = timezone.now() - timedelta(minutes=40)  # past SEN_TASK_STALLED_MINUTES
    DBTaskResult.objects.filter(task_path=TASK).update(
        status="RUNNING", started_at=long_ago, worker_ids=["died"]
    )
    ExportJob.objects.filter(pk=job.pk).update(
        status="running", attempt="died", rows_done=2, rows_total=6, updated_at=long_ago
    )
    run_worker()  # nothing to run yet: the task is still marked running
    assert ExportJob.objects.get(pk=job.pk).status == "running"

    call_command("run_schedule", verbosity=0)
    run_worker()

    job.refresh_from_db()
    assert (job.status, job.rows_done) == ("done", 6)
    assert client.get(reverse("lms:export_download", args=[job.pk])).status_code == 200


def test_a_failed_file_is_in_the_failed_tasks_report_and_her_page_says_so(
    database_queue, client, tree, official, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
        yield

    monkeypatch.setattr(member_exports, "member_rows", broken)
    client.force_login(official)
    job = _ask(client, "d1")
    run_worker()

    job.refresh_from_db()
    assert job.status == "failed"
    page = client.get(reverse("lms:export_progress", args=[job.pk]))
    assert "Xin lỗi, chưa tạo được tệp." in page.text
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    report = client.get(reverse("lms_failed_tasks"))
    assert report.status_code == 200
    assert TASK in report.text
    assert "RuntimeError: disk full" in report.text

"""A leader's member list made in the background (lms.dashboards.export_jobs): her progress
page, the download that only she gets, the day it is kept, double taps, a run that died or
ran twice, a run that failed, and the schedule's cleaning. The queue runs tasks at once
here unless a test puts them on the database queue (``queued``); the file's content against
a table written by hand is tests/lms/test_member_exports.py, through the same jobs."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from lms.dashboards import export_jobs, member_exports
from lms.models import ExportJob, Role
from tests.lms.factories import ChapterFactory, MemberFactory

pytestmark = pytest.mark.django_db

CSV, XLSX = "lms:dashboard_members_csv", "lms:dashboard_members_xlsx"
REFRESH = '<meta http-equiv="refresh"'
EXPIRED = "Tệp này đã hết hạn: tệp chỉ được giữ một ngày. Chị hãy tạo tệp mới."
FAILED = "Xin lỗi, chưa tạo được tệp."
WAITING = "Đang chờ bắt đầu…"


@pytest.fixture
def queued(settings):
    """Tasks wait in the database queue (nobody runs them) instead of running at once."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def _ask(client, code="p", name=CSV, query=""):
    response = client.post(reverse(name, args=[code]) + query)
    assert response.status_code == 302, response.status_code
    pk = response["Location"].split("/")[-2]
    assert response["Location"] == reverse("lms:export_progress", args=[pk])
    return ExportJob.objects.get(pk=pk)


def _progress(client, job):
    return client.get(reverse("lms:export_progress", args=[job.pk]))


def _download(client, job):
    return client.get(reverse("lms:export_download", args=[job.pk]))


def _csv(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def _stored(settings):
    """The files in the private storage, whatever their names."""
    folder = settings.SEN_PRIVATE_ROOT / "exports"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def test_a_queued_file_shows_waiting_and_refreshes_itself(client, tree, people, queued):
    client.force_login(people["official_d1"])
    job = _ask(client, "d1")
    assert job.status == ExportJob.Status.QUEUED
    page = _progress(client, job)
    assert page.status_code == 200
    assert WAITING in page.text
    assert f'{REFRESH} content="3">' in page.text
    assert "/download/" not in page.text


def test_a_running_file_says_how_many_rows_are_written(client, tree, people, queued):
    client.force_login(people["official_d1"])
    job = _ask(client, "d1")
    ExportJob.objects.filter(pk=job.pk).update(status="running", rows_done=2000, rows_total=6543)
    page = _progress(client, job)
    assert "Đã ghi 2000 / 6543 hội viên" in page.text
    assert 'aria-valuenow="30"' in page.text  # 2,000 of 6,543, rounded down
    assert REFRESH in page.text
    listing = client.get(reverse("lms:export_list"))
    assert "Đã ghi 2000 / 6543 hội viên" in listing.text


def test_progress_is_saved_every_few_thousand_rows_and_ends_at_the_total(
    client, tree, people, monkeypatch
):
    """One UPDATE per PROGRESS_EVERY rows (3 here, for the province's 8 members)."""
    monkeypatch.setattr(export_jobs, "PROGRESS_EVERY", 3)
    seen = []
    save = export_jobs._Progress.save

    def save_and_look(progress):
        save(progress)
        seen.append(
            ExportJob.objects.values_list("status", "rows_done", "rows_total").get(
                pk=progress.job.pk
            )
        )

    monkeypatch.setattr(export_jobs._Progress, "save", save_and_look)
    client.force_login(people["superuser"])
    job = _ask(client, "p")
    assert seen == [("running", 3, 8), ("running", 6, 8)]
    job.refresh_from_db()
    assert (job.status, job.rows_done, job.rows_total) == ("done", 8, 8)
    page = _progress(client, job)
    assert "Tệp đã sẵn sàng: 8 hội viên." in page.text
    assert REFRESH not in page.text
    assert reverse("lms:export_download", args=[job.pk]) in page.text


def test_only_the_leader_who_asked_downloads_the_file_and_others_get_not_found(
    client, tree, people
):
    client.force_login(people["leader_a"])
    job = _ask(client, "a")
    response = _download(client, job)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="hoi-vien-a.csv"'
    assert response["Cache-Control"] == "private, no-store"
    assert len(_csv(response)) == 1 + 4  # header, chapter A's four members

    # The official above her and even a superuser see the same members, not her file.
    for other in ("official_d1", "superuser", "leader_b", "member"):
        client.force_login(people[other])
        assert _progress(client, job).status_code == 404, other
        assert _download(client, job).status_code == 404, other
        assert str(job.pk) not in client.get(reverse("lms:export_list")).text
    client.logout()
    response = _download(client, job)
    assert response.status_code == 302 and reverse("lms:signin") in response["Location"]


def test_an_unknown_id_is_not_found(client, people):
    client.force_login(people["superuser"])
    unknown = "6f1c1a56-5f39-4a4e-9d7a-1d1f6d0f0c11"
    assert client.get(reverse("lms:export_progress", args=[unknown])).status_code == 404
    assert client.get(reverse("lms:export_download", args=[unknown])).status_code == 404


def test_a_leader_who_lost_her_role_no_longer_gets_the_file(client, tree, people):
    leader = people["leader_a"]
    client.force_login(leader)
    job = _ask(client, "a")
    Role.objects.filter(user=leader).delete()
    assert _download(client, job).status_code == 404
    assert _progress(client, job).status_code == 404


def test_a_role_lost_before_the_run_makes_no_file(client, tree, people, queued, settings):
    leader = people["leader_a"]
    client.force_login(leader)
    job = _ask(client, "a")
    Role.objects.filter(user=leader).delete()
    assert export_jobs.export_job_run(job.pk) is None
    job.refresh_from_db()
    assert (job.status, job.file.name) == ("failed", "")
    assert _stored(settings) == []


def test_the_scope_check_refuses_a_node_she_does_not_see(client, tree, people):
    client.force_login(people["leader_a"])
    assert client.post(reverse(XLSX, args=["b"])).status_code == 403
    assert client.post(reverse(CSV, args=["p"])).status_code == 403
    assert not ExportJob.objects.exists()


def test_a_double_tap_while_the_file_is_made_reuses_the_same_job(client, tree, people, queued):
    from django_tasks_db.models import DBTaskResult

    client.force_login(people["official_d1"])
    first = _ask(client, "d1")
    again = _ask(client, "d1")
    assert again.pk == first.pk
    assert DBTaskResult.objects.count() == 1
    # Another format, another course switch, another node: other files.
    others = {
        _ask(client, "d1", XLSX).pk,
        _ask(client, "d1", query=f"?courses={tree['x'].pk}").pk,
        _ask(client, "c1").pk,
    }
    assert first.pk not in others and len(others) == 3
    # Once it is made, asking again makes a new one (members may have moved on since).
    export_jobs.export_job_run(first.pk)
    assert _ask(client, "d1").pk != first.pk


def test_the_database_refuses_two_unfinished_jobs_for_the_same_file(tree, people):
    from django.db import IntegrityError, transaction

    same = {
        "requester": people["official_d1"],
        "node": tree["d1"],
        "fmt": "csv",
        "choice": "all",
        "language": "vi",
        "expires_at": timezone.now() + timedelta(days=1),
    }
    ExportJob.objects.create(**same)
    with pytest.raises(IntegrityError), transaction.atomic():
        ExportJob.objects.create(**same)
    ExportJob.objects.create(**same, status="done")  # finished ones do not count


def test_a_second_run_of_a_finished_job_changes_nothing(client, tree, people, settings):
    client.force_login(people["superuser"])
    job = _ask(client, "p")
    first = job.file.name
    body = b"".join(_download(client, job).streaming_content)
    assert export_jobs.export_job_run(job.pk) is None
    job.refresh_from_db()
    assert job.file.name == first
    assert _stored(settings) == [first.split("/")[-1]]
    assert b"".join(_download(client, job).streaming_content) == body


def test_a_run_that_died_is_taken_over_by_the_next_run(client, tree, people, queued, settings):
    client.force_login(people["superuser"])
    job = _ask(client, "p")
    ExportJob.objects.filter(pk=job.pk).update(
        status="running", attempt="died", rows_done=2, rows_total=8
    )
    assert export_jobs.export_job_run(job.pk) == 8
    job.refresh_from_db()
    assert (job.status, job.rows_done, job.rows_total) == ("done", 8, 8)
    assert len(_csv(_download(client, job))) == 9
    assert len(_stored(settings)) == 1


def test_a_run_whose_job_was_taken_over_stops_and_leaves_no_file(
    client, tree, people, queued, settings, monkeypatch
):
    """The schedule thought the first worker dead and started a second run: the first one,
    still alive, finds out at its next progress update and stops."""
    monkeypatch.setattr(export_jobs, "PROGRESS_EVERY", 3)
    client.force_login(people["superuser"])
    job = _ask(client, "p")
    save = export_jobs._Progress.save

    def taken_over(progress):
        ExportJob.objects.filter(pk=job.pk).update(attempt="the-other-run")
        save(progress)

    monkeypatch.setattr(export_jobs._Progress, "save", taken_over)
    assert export_jobs.export_job_run(job.pk) is None
    job.refresh_from_db()
    assert (job.status, job.attempt, job.file.name) == ("running", "the-other-run", "")
    assert _stored(settings) == []


def test_a_failed_run_shows_a_translated_page_with_try_again(client, tree, people, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")
        yield

    monkeypatch.setattr(member_exports, "member_rows", broken)
    client.force_login(people["official_d1"])
    job = _ask(client, "d1")
    job.refresh_from_db()
    assert (job.status, job.error) == ("failed", "RuntimeError")
    page = _progress(client, job)
    assert FAILED in page.text
    assert "database went away" not in page.text
    assert REFRESH not in page.text
    assert f'action="{reverse(CSV, args=["d1"])}?courses=all"' in page.text
    assert _download(client, job).status_code == 302  # back to the page that says so


def test_an_expired_file_says_to_make_a_new_one_and_the_schedule_deletes_it(
    client, tree, people, settings
):
    client.force_login(people["official_d1"])
    job = _ask(client, "d1")
    assert len(_stored(settings)) == 1
    ExportJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    for response in (_progress(client, job), _download(client, job)):
        assert response.status_code == 410
        assert EXPIRED in response.text
        assert f'action="{reverse(CSV, args=["d1"])}?courses=all"' in response.text
    assert str(job.pk) not in client.get(reverse("lms:export_list")).text

    kept = _ask(client, "c1")  # still within its day
    call_command("run_schedule", verbosity=0)
    assert list(ExportJob.objects.values_list("pk", flat=True)) == [kept.pk]
    assert _stored(settings) == [kept.file.name.split("/")[-1]]
    assert _progress(client, job).status_code == 404
    call_command("run_schedule", verbosity=0)  # again: nothing more to do
    assert ExportJob.objects.count() == 1


def test_the_schedule_gives_up_on_a_job_whose_runs_all_died(client, tree, people, queued):
    client.force_login(people["official_d1"])
    stuck, recent = _ask(client, "d1"), _ask(client, "c1")
    hours_ago = timezone.now() - timedelta(hours=3)
    ExportJob.objects.filter(pk=stuck.pk).update(status="running", updated_at=hours_ago)
    call_command("run_schedule", verbosity=0)
    stuck.refresh_from_db()
    recent.refresh_from_db()
    assert (stuck.status, recent.status) == ("failed", "queued")
    assert FAILED in _progress(client, stuck).text


def test_her_files_of_the_last_day_newest_first(client, tree, people):
    client.force_login(people["official_d1"])
    older = _ask(client, "c1", XLSX)
    ExportJob.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(hours=2))
    newer = _ask(client, "d1")
    listing = client.get(reverse("lms:export_list"))
    text = listing.text
    assert text.index(str(newer.pk)) < text.index(str(older.pk))
    assert "Huyện 1 · CSV" in text and "Xã 1 · Excel (.xlsx)" in text


def test_the_get_address_explains_and_posts(client, tree, people):
    client.force_login(people["official_d1"])
    page = client.get(reverse(XLSX, args=["d1"]) + "?courses=campaign")
    assert page.status_code == 200
    assert "6 hội viên" in page.text  # chapters A and B
    assert f'action="{reverse(XLSX, args=["d1"])}?courses=campaign"' in page.text
    assert 'name="csrfmiddlewaretoken"' in page.text
    assert not ExportJob.objects.exists()


def test_the_dashboard_buttons_are_forms_that_post(client, tree, people):
    client.force_login(people["official_d1"])
    page = client.get(reverse("lms:dashboard_node", args=["d1"]))
    for name in (CSV, XLSX):
        assert f'<form method="post" action="{reverse(name, args=["d1"])}?courses=all">' in (
            page.text
        )
    assert reverse("lms:export_list") in page.text


def test_progress_and_list_pages_have_a_small_constant_query_budget(
    client, tree, people, django_assert_max_num_queries
):
    official = people["official_d1"]
    client.force_login(official)
    job = _ask(client, "d1")
    with django_assert_max_num_queries(6):
        assert _progress(client, job).status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get(reverse("lms:export_list")).status_code == 200
    for _ in range(5):
        chapter = ChapterFactory(parent=tree["c1"])
        MemberFactory(chapter=chapter)
        _ask(client, chapter.code)
    with django_assert_max_num_queries(6):
        assert client.get(reverse("lms:export_list")).text.count("/dashboard/exports/") >= 6

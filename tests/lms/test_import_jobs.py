"""A confirmed member import is written in the background, a batch at a time
(``lms.imports.jobs``): the leader's request only queues it, she follows it on its page, and a
double tap, a second run or a run killed mid-way leaves exactly one member per phone."""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.imports import jobs
from lms.imports.tasks import member_import_queue, run_member_import
from lms.models import Member, MemberImportJob
from tests.lms import test_import
from tests.lms.factories import UserFactory
from tests.lms.test_import import person_with_role, rows_of, signed_in, upload, xlsx_file

# The import tests' fixtures: two districts, a leader of chapter A, an official of district D.
tree = test_import.tree
leader = test_import.leader
official = test_import.official

pytestmark = pytest.mark.django_db

User = get_user_model()

FIVE = [
    ["Nguyễn Thị Lan", "0912000001", "chi-a", 1985, "Nông dân"],
    ["Trần Thị Hoa", "0912000002", "chi-a", None, None],
    ["Lê Thị Mai", "0912000003", "chi-a", 1990, None],
    ["Phạm Thị Thu", "0912000004", "chi-a", None, "trader"],
    ["Võ Thị Hằng", "0912000005", "chi-a", 1979, None],
]
FIVE_PHONES = {f"+8491200000{n}" for n in range(1, 6)}


@pytest.fixture
def database_queue(settings):
    """Tasks wait in the database queue until a worker (or the test) runs them."""
    settings.SEN_TASKS = "database"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def previewed(client, rows):
    """Upload ``rows`` and open the preview; returns the confirm form's token."""
    assert upload(client, xlsx_file(rows)).status_code == 302
    return client.get(reverse("lms:member_import_preview")).context["token"]


def confirm(client, token):
    return client.post(reverse("lms:member_import_confirm"), {"token": token})


def phones_of_members():
    return Counter(Member.objects.values_list("user__phone", flat=True))


def queued_imports():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path="lms.imports.tasks.run_member_import")


# The leader's journey -----------------------------------------------------------------------


def test_confirm_only_queues_the_job_and_its_page_shows_progress(
    database_queue, tree, leader, settings
):
    client = signed_in(leader)
    response = confirm(client, previewed(client, FIVE))

    job = MemberImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("lms:member_import_job", args=[job.pk])
    assert not Member.objects.exists()  # nothing written in the request
    assert queued_imports().count() == 1

    page = client.get(response.url)
    text = page.content.decode()
    assert page.status_code == 200
    assert '<meta http-equiv="refresh" content="3">' in text
    assert "0 of 5 rows saved" in text

    jobs.member_import_step(job_id=job.pk)  # what the worker does, one batch (all 5 here)
    text = client.get(response.url).content.decode()
    assert 'http-equiv="refresh"' not in text
    assert "Import finished" in text
    assert "<strong>5</strong> new members" in text
    assert "<strong>0</strong> rows not imported" in text


def test_the_summary_counts_new_members_already_members_and_refused_rows(
    database_queue, tree, leader
):
    from tests.lms.factories import MemberFactory

    MemberFactory(chapter=tree["a"], user__phone="+84912000002", full_name="Trần Thị Hoa")
    client = signed_in(leader)
    token = previewed(client, FIVE)
    confirm(client, token)
    job = MemberImportJob.objects.get()
    # Between her check and the worker, an account that is no member takes row 4's phone.
    UserFactory(phone="+84912000003")

    run_member_import.call(str(job.pk))

    job.refresh_from_db()
    assert (job.created, job.updated, len(job.refused)) == (3, 1, 1)
    assert job.refused[0]["number"] == 4
    assert set(phones_of_members()) == FIVE_PHONES - {"+84912000003"}
    text = client.get(reverse("lms:member_import_job", args=[job.pk])).content.decode()
    assert "<strong>3</strong> new members" in text
    assert "<strong>1</strong> already a member, details updated" in text
    assert "<strong>1</strong> row not imported" in text
    assert "Row 4: This phone number has an account that is not a member." in text


def test_refused_rows_are_explained_in_the_language_she_imported_in(database_queue, tree, leader):
    from django.utils import translation

    client = signed_in(leader)  # she reads English; the worker runs in Vietnamese
    confirm(client, previewed(client, FIVE[:2]))
    UserFactory(phone="+84912000001")
    job = MemberImportJob.objects.get()
    with translation.override("vi"):
        run_member_import.call(str(job.pk))
    job.refresh_from_db()
    assert job.language == "en"
    assert job.refused[0]["problems"] == [
        "This phone number has an account that is not a member. Ask an administrator."
    ]


def test_a_double_tap_on_import_makes_one_job(database_queue, tree, leader):
    client = signed_in(leader)
    token = previewed(client, FIVE)
    first = confirm(client, token)
    second = confirm(client, token)

    assert MemberImportJob.objects.count() == 1
    assert queued_imports().count() == 1
    assert second.status_code == 302
    assert second.url == first.url  # the second tap lands on the same job's page


def test_two_taps_racing_past_the_session_still_make_one_job(database_queue, tree, leader):
    rows = rows_of(*(["" if v is None else v for v in row] for row in FIVE))
    one, created_one = member_import_queue(user=leader, rows=rows, source="a.xlsx", token="t")
    two, created_two = member_import_queue(user=leader, rows=rows, source="a.xlsx", token="t")
    assert (created_one, created_two) == (True, False)
    assert one.pk == two.pk
    assert queued_imports().count() == 1


def test_only_the_importer_sees_her_job(tree, leader):
    client = signed_in(leader)
    confirm(client, previewed(client, FIVE))
    job = MemberImportJob.objects.get()
    url = reverse("lms:member_import_job", args=[job.pk])
    resume = reverse("lms:member_import_job_resume", args=[job.pk])
    assert client.get(url).status_code == 200

    other_leader = person_with_role(tree["a"], "leader")
    admin = User.objects.create_superuser(phone="0900000001", password="mat-khau-quan-tri")
    for person in (other_leader, admin):
        other = signed_in(person)
        assert other.get(url).status_code == 404
        assert other.post(resume).status_code == 404
    member = signed_in(Member.objects.first().user)
    assert member.get(url).status_code == 403  # no import pages for members at all


def test_her_recent_imports_are_listed_on_the_upload_page(tree, leader):
    client = signed_in(leader)
    confirm(client, previewed(client, FIVE))
    job = MemberImportJob.objects.get()
    text = client.get(reverse("lms:member_import")).content.decode()
    assert reverse("lms:member_import_job", args=[job.pk]) in text
    assert "hoi-vien.xlsx" in text
    other = signed_in(person_with_role(tree["a"], "leader"))
    assert "hoi-vien.xlsx" not in other.get(reverse("lms:member_import")).content.decode()


def test_job_page_queries_do_not_grow_with_rows(
    database_queue, tree, official, django_assert_max_num_queries
):
    client = signed_in(official)
    rows = [[f"Hội viên {n}", f"0913{n:06d}", "chi-b"] for n in range(600)]
    confirm(client, previewed(client, rows))
    job = MemberImportJob.objects.get()
    User.objects.bulk_create([User(phone=f"+84913{n:06d}") for n in range(0, 600, 3)])
    run_member_import.call(str(job.pk))
    url = reverse("lms:member_import_job", args=[job.pk])
    with django_assert_max_num_queries(8):
        response = client.get(url)
    assert response.context["job"].created == 400
    assert "200 rows not imported" in response.content.decode().replace("<strong>", "").replace(
        "</strong>", ""
    )


# Idempotent and crash-safe --------------------------------------------------------------------


def test_running_a_finished_job_again_changes_nothing(tree, leader):
    client = signed_in(leader)
    confirm(client, previewed(client, FIVE))  # immediate queue: written in the request
    job = MemberImportJob.objects.get()
    entries = ModelLogEntry.objects.count()
    before = (job.created, job.updated, job.next_row, job.finished_at)

    run_member_import.call(str(job.pk))

    job.refresh_from_db()
    assert (
        (job.created, job.updated, job.next_row, job.finished_at)
        == before
        == (
            5,
            0,
            5,
            job.finished_at,
        )
    )
    assert phones_of_members() == Counter(FIVE_PHONES)
    assert ModelLogEntry.objects.count() == entries
    assert MemberImportJob.objects.values_list("rows", flat=True).get() == []  # not kept


def test_a_run_that_dies_mid_way_then_runs_again_finishes_the_rest(
    database_queue, tree, leader, monkeypatch
):
    monkeypatch.setattr(jobs, "BATCH_ROWS", 2)
    client = signed_in(leader)
    confirm(client, previewed(client, FIVE))
    job = MemberImportJob.objects.get()
    real_write = jobs.members_write
    calls = []

    def dies_on_second_batch(**kwargs):
        calls.append(1)
        result = real_write(**kwargs)  # the batch's members are written...
        if len(calls) == 2:
            raise RuntimeError("worker killed")  # ...and rolled back with the batch
        return result

    monkeypatch.setattr(jobs, "members_write", dies_on_second_batch)
    with pytest.raises(RuntimeError):
        run_member_import.call(str(job.pk))

    job.refresh_from_db()
    assert (job.next_row, job.created, job.finished_at) == (2, 2, None)
    assert set(phones_of_members()) == {"+84912000001", "+84912000002"}
    page = client.get(reverse("lms:member_import_job", args=[job.pk])).content.decode()
    assert "The import stopped before the end." in page
    assert 'http-equiv="refresh"' not in page

    monkeypatch.setattr(jobs, "members_write", real_write)
    response = client.post(reverse("lms:member_import_job_resume", args=[job.pk]))
    assert response.status_code == 302
    run_member_import.call(str(job.pk))  # the worker takes the queued run

    job.refresh_from_db()
    assert phones_of_members() == Counter(FIVE_PHONES)  # exactly one member per phone
    assert (job.created, job.updated, job.next_row, job.error) == (5, 0, 5, "")
    assert job.finished_at is not None


def test_a_batch_written_twice_creates_nobody_twice(tree, leader, monkeypatch):
    """The worst crash: a batch's members committed but not the job's progress (as if the two
    were not in one transaction). The phone number is unique: a second write is an update."""
    monkeypatch.setattr(jobs, "BATCH_ROWS", 2)
    rows = rows_of(*(["" if v is None else v for v in row] for row in FIVE))
    job, _created = jobs.member_import_job_create(
        user=leader, rows=rows, source="a.xlsx", token="t"
    )
    assert jobs.member_import_step(job_id=job.pk) is False  # part: the first two rows
    MemberImportJob.objects.filter(pk=job.pk).update(next_row=0, created=0)  # progress lost

    jobs.member_import_run(job_id=job.pk)  # then the whole job

    job.refresh_from_db()
    assert phones_of_members() == Counter(FIVE_PHONES)
    assert User.objects.filter(phone__in=FIVE_PHONES).count() == 5
    assert (job.created, job.updated) == (3, 2)


def test_an_import_left_without_progress_is_asked_for_again_by_the_schedule(
    database_queue, tree, leader, settings
):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    client = signed_in(leader)
    confirm(client, previewed(client, FIVE))
    queued_imports().delete()  # the queued task was lost
    MemberImportJob.objects.update(updated_at=timezone.now() - timedelta(hours=1))

    call_command("run_schedule", verbosity=0)

    assert queued_imports().count() == 1
    # A job that failed on an error waits for the leader's "Go on" instead.
    queued_imports().delete()
    MemberImportJob.objects.update(error="RuntimeError: boom")
    call_command("run_schedule", verbosity=0)
    assert queued_imports().count() == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_on_one_job_and_an_overlapping_job_leave_one_member_per_phone(
    tree, leader, monkeypatch
):
    """A task asked for twice (the schedule and a requeue) runs on two workers at once, while
    a second file with half the same phones is written by a third: they take turns on each
    job's row and on the accounts, and every phone ends with exactly one member."""
    from tests.concurrency import run_concurrently

    monkeypatch.setattr(jobs, "BATCH_ROWS", 10)
    first = rows_of(*([f"Hội viên {n}", f"0914{n:06d}", "chi-a"] for n in range(60)))
    second = rows_of(*([f"Hội viên {n}", f"0914{n:06d}", "chi-a"] for n in range(30, 90)))
    job_one, _ = jobs.member_import_job_create(user=leader, rows=first, source="1", token="1")
    job_two, _ = jobs.member_import_job_create(user=leader, rows=second, source="2", token="2")

    results, errors = run_concurrently(
        lambda i: jobs.member_import_run(job_id=(job_one, job_one, job_two)[i].pk), 3
    )

    assert errors == []
    phones = phones_of_members()
    assert len(phones) == 90
    assert set(phones.values()) == {1}
    job_one.refresh_from_db()
    job_two.refresh_from_db()
    assert job_one.next_row == job_two.next_row == 60
    # Each phone created once, by one job or the other; the rest are updates or refusals.
    assert job_one.created + job_two.created == 90
    assert job_one.refused == job_two.refused == []


def test_the_job_page_speaks_vietnamese_by_default(database_queue, tree, leader):
    client = signed_in(leader, english=False)
    response = confirm(client, previewed(client, FIVE))
    text = client.get(response.url).content.decode()
    assert "Đang nhập hội viên" in text
    assert "Đã lưu 0/5 dòng" in text
    jobs.member_import_run(job_id=MemberImportJob.objects.get().pk)
    text = client.get(response.url).content.decode()
    assert "Đã nhập xong" in text
    assert "<strong>5</strong> hội viên mới" in text
    assert "<strong>0</strong> dòng chưa nhập được" in text

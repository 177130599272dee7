"""Member lists made in the background: a leader asks for every member beneath a node, a task
writes the file (the generators of ``member_exports``) to the private storage while her
progress page counts the rows, and she downloads it for a day (``ExportJob``).

A province of 200,000 members takes minutes: too long for a request behind a proxy's
timeout on a phone that may lose its signal. Here the request only writes a row; the file
waits for her, and a worker that dies while writing it costs a rerun, not her file.

- ``export_job_request`` (the view's service): one job per (leader, node, format, courses)
  while it is unfinished, whatever her double taps; the database says so (a partial unique
  constraint), not only this code.
- ``export_job_run(job_id)`` (the task's body, and what the benchmark calls): safe to run
  twice. A finished job is left alone; a job whose run died is taken over by the next run
  (``attempt``), which writes a new file from the start; a run that finds its job taken
  stops without touching it. The file is written to a temporary file first (memory stays
  flat: rows are read in batches and the generators stream), then saved under a random name.
- ``export_jobs_clean`` (``manage.py run_schedule``): deletes files and rows past their day,
  and marks failed the jobs whose runs stopped for good (the worker died too often).
"""

import secrets
import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.text import slugify

from core.tasks import enqueue, task
from lms.chapters import scope
from lms.dashboards import member_exports, reports, selection
from lms.dashboards.context import phone_display
from lms.models import ExportJob

PROGRESS_EVERY = 2000  # rows between two progress updates (one UPDATE each)
UNFINISHED = (ExportJob.Status.QUEUED, ExportJob.Status.RUNNING)
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ExportNotAllowed(Exception):
    """Her roles changed between asking and the run: she no longer sees the node."""


def kept_for():
    return getattr(settings, "SEN_EXPORT_KEPT_FOR", timedelta(days=1))


def download_name(job):
    return f"hoi-vien-{slugify(job.node.code)}.{job.fmt}"


def export_job_request(*, user, node, fmt, choice, language, now=None):
    """Her member list of ``node`` as ``fmt`` ("csv", "xlsx") with the courses ``choice``
    (a ``selection.CourseChoice``) shows: the unfinished job she already asked for, or a
    new one queued. The caller has checked that she sees the node. Returns (job, created)."""
    now = now or timezone.now()
    same = {
        "requester": user,
        "node": node,
        "kind": ExportJob.Kind.MEMBERS,
        "fmt": fmt,
        "choice": choice.param,
    }
    existing = ExportJob.objects.filter(**same, status__in=UNFINISHED).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            job = ExportJob.objects.create(
                **same,
                language=language,
                created_at=now,
                updated_at=now,
                expires_at=now + kept_for(),
            )
            enqueue(make_export_file, str(job.pk))
    except IntegrityError:  # the other tap won the race: hers is the same job
        return ExportJob.objects.get(**same, status__in=UNFINISHED), False
    job.refresh_from_db()  # a queue that runs at once (tests) has already made the file
    return job, True


def _take_over(job_id):
    """Claim the job for this run: (job, attempt) or (None, None) if there is nothing to do
    (deleted, finished)."""
    attempt = secrets.token_hex(16)
    now = timezone.now()
    taken = ExportJob.objects.filter(pk=job_id, status__in=UNFINISHED).update(
        status=ExportJob.Status.RUNNING, attempt=attempt, rows_done=0, updated_at=now
    )
    if not taken:
        return None, None
    return ExportJob.objects.select_related("node", "requester").get(pk=job_id), attempt


class _TakenOver(Exception):
    """Another run took the job over (this one was thought dead): stop, touch nothing."""


class _Progress:
    """Counts the rows as the generators read them; every ``PROGRESS_EVERY`` rows, one
    UPDATE tells her page (and finds out whether another run took the job over)."""

    def __init__(self, job, attempt, total):
        self.job, self.attempt, self.total, self.done = job, attempt, total, 0

    def rows(self, rows):
        for row in rows:
            yield row
            self.done += 1
            if self.done % PROGRESS_EVERY == 0:
                self.save()

    def save(self):
        updated = ExportJob.objects.filter(pk=self.job.pk, attempt=self.attempt).update(
            rows_done=min(self.done, self.total), updated_at=timezone.now()
        )
        if not updated:
            raise _TakenOver


@task()
def make_export_file(job_id):
    """The task: see ``export_job_run``."""
    return export_job_run(job_id)


def _write_file(job, progress, out):
    """Write the job's file into ``out`` (a binary file)."""
    node = job.node
    courses = reports.node_dashboard(node, choice=selection.parse_choice(job.choice)).courses
    header = member_exports.member_header(courses)
    rows = progress.rows(
        member_exports.member_rows(node, courses, show_phone=phone_display(job.requester))
    )
    if job.fmt == ExportJob.Format.CSV:
        chunks = member_exports.csv_chunks(header, rows)
    else:
        chunks = member_exports.xlsx_chunks(header, rows, title=node.name, courses=courses)
    for chunk in chunks:
        out.write(chunk)


def export_job_run(job_id):
    """Make the job's file (the task's body; the benchmark calls it in-process). Returns how
    many rows were written, or None when there was nothing to do (finished, deleted, taken
    over by another run, or she may no longer see the node)."""
    job, attempt = _take_over(job_id)
    if job is None:
        return None
    storage = job.file.storage
    name = None
    try:
        if not scope.can_see(job.requester, job.node):
            raise ExportNotAllowed
        total = member_exports.member_count(job.node)
        progress = _Progress(job, attempt, total)
        ExportJob.objects.filter(pk=job.pk, attempt=attempt).update(rows_total=total)
        with (
            translation.override(job.language or settings.LANGUAGE_CODE),
            tempfile.TemporaryFile() as out,  # gone with the process if it dies
        ):
            _write_file(job, progress, out)
            out.seek(0)
            name = storage.save(f"exports/{secrets.token_urlsafe(24)}.{job.fmt}", File(out))
        finished = timezone.now()
        if not ExportJob.objects.filter(pk=job.pk, attempt=attempt).update(
            status=ExportJob.Status.DONE,
            file=name,
            rows_done=progress.done,
            rows_total=progress.done,  # members who joined or left during the run
            updated_at=finished,
            finished_at=finished,
        ):
            raise _TakenOver
    except _TakenOver:
        if name:
            storage.delete(name)
        return None
    except Exception as error:
        if name:
            storage.delete(name)
        now = timezone.now()
        ExportJob.objects.filter(pk=job.pk, attempt=attempt).update(
            status=ExportJob.Status.FAILED,
            error=type(error).__name__[:200],
            updated_at=now,
            finished_at=now,
        )
        if isinstance(error, ExportNotAllowed):
            return None  # not the site's fault: her page says she may not
        raise  # the queue records it (Reports > Failed background tasks)
    return progress.done


def export_jobs_clean(*, now=None, stopped_before):
    """Delete the files and rows past their day; mark failed the unfinished jobs with no
    progress since ``stopped_before`` (their runs died for good). Returns (deleted, failed).
    Safe to run again: a file already gone is skipped."""
    now = now or timezone.now()
    failed = ExportJob.objects.filter(status__in=UNFINISHED, updated_at__lt=stopped_before).update(
        status=ExportJob.Status.FAILED, error="Stopped", finished_at=now, updated_at=now
    )
    deleted = 0
    expired = ExportJob.objects.filter(expires_at__lte=now).only("pk", "file").order_by("pk")
    for job in expired.iterator(chunk_size=200):
        if job.file:
            job.file.storage.delete(job.file.name)  # nothing happens if it is gone already
        deleted += ExportJob.objects.filter(pk=job.pk).delete()[0]
    return deleted, failed

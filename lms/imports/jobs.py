"""A confirmed member import, written in the background a batch of rows at a time.

The leader's "Import" only stores the rows in a ``MemberImportJob`` and queues
``lms.imports.tasks.run_member_import``; her page then follows the job. Each batch is one
short transaction that locks the job row, checks its rows again (``plan_import`` with locks,
as the preview did, in the importer's scope as it is now), writes the rows that still pass and
records the others with their problems, and moves ``next_row`` past the batch. So:

- a run killed mid-way loses only its open batch, and the next run starts there;
- two runs of one job (a task asked for twice) take turns on the job row: the second finds the
  batch done and goes on from there;
- even a batch written twice would create nobody twice: a phone number is unique, so a member
  created by the first write is an existing member (an update) for the second.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from lms.imports.format import Row
from lms.imports.rows import plan_import
from lms.imports.services import members_write
from lms.models import MemberImportJob

BATCH_ROWS = 500
WRITE_TRIES = 3  # a phone number taken by a sign-up between the check and the write: check again


def token_digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def member_import_job_create(*, user, rows, source, token, language=""):
    """The job for the preview whose one-time ``token`` was sent, created once: a second
    "Import" with the same token (a double tap, a second tab) returns the first job.
    Returns (job, created)."""
    digest = token_digest(token)
    job = MemberImportJob.objects.filter(token_digest=digest, user=user).defer("rows").first()
    if job is not None:
        return job, False
    try:
        with transaction.atomic():
            job = MemberImportJob.objects.create(
                user=user,
                token_digest=digest,
                source=source[:200],
                language=language[:10],
                rows=[row.to_list() for row in rows],
                total=len(rows),
            )
    except IntegrityError:  # the other tap created it first
        return MemberImportJob.objects.defer("rows").get(token_digest=digest, user=user), False
    return job, True


def job_rows(job_id):
    """The job's rows as ``Row``s, or None if the job is gone."""
    values = MemberImportJob.objects.filter(pk=job_id).values_list("rows", flat=True).first()
    return None if values is None else [Row.from_list(row) for row in values]


def member_import_step(*, job_id, rows=None):
    """Write the job's next batch; returns True once the job is finished (or gone)."""
    with transaction.atomic():
        job = (
            MemberImportJob.objects.select_for_update(of=("self",))
            .defer("rows")
            .select_related("user")
            .filter(pk=job_id)
            .first()
        )
        if job is None or job.finished_at is not None:
            return True
        if rows is None:
            rows = job_rows(job_id)
        batch = rows[job.next_row : job.next_row + BATCH_ROWS]
        if batch:
            with translation.override(job.language or None):
                result, refused = _write_batch(job, batch)
            job.created += result.created
            job.updated += result.updated
            job.moved += result.moved
            job.refused = [*job.refused, *refused]
        job.next_row += len(batch)
        job.updated_at = timezone.now()
        job.error = ""
        fields = ["next_row"]
        if job.next_row >= job.total:
            job.finished_at = job.updated_at
            job.rows = []  # names and phones are not kept once written (the summary stays)
            fields.append("rows")
        job.save(
            update_fields=[
                *fields,
                "created",
                "updated",
                "moved",
                "refused",
                "updated_at",
                "error",
                "finished_at",
            ]
        )
        return job.finished_at is not None


def _write_batch(job, batch):
    for attempt in range(WRITE_TRIES):
        try:
            with transaction.atomic():
                plan = plan_import(batch, user=job.user, lock=True)
                result = members_write(
                    user=job.user, plan=plan, source=job.source, action_uuid=job.pk
                )
        except IntegrityError:
            if attempt == WRITE_TRIES - 1:
                raise
            continue
        refused = [
            {
                "number": row.number,
                "full_name": row.row.full_name,
                "phone": row.shown_phone,
                "problems": [str(problem.message) for problem in row.problems],
            }
            for row in plan.problem_rows
        ]
        return result, refused
    raise AssertionError("unreachable")  # pragma: no cover


def member_import_run(*, job_id):
    """Write every batch the job has left; returns the job (None if it is gone)."""
    rows = job_rows(job_id)
    if rows is None:
        return None
    while not member_import_step(job_id=job_id, rows=rows):
        pass
    return MemberImportJob.objects.defer("rows").filter(pk=job_id).first()


def member_import_failed(*, job_id, error):
    """Say on the job that its last run stopped on ``error`` (its page offers to go on)."""
    MemberImportJob.objects.filter(pk=job_id, finished_at__isnull=True).update(
        error=str(error)[:300], updated_at=timezone.now()
    )


# Selectors


def recent_jobs(user, *, limit):
    """Her latest imports, newest first, without their rows."""
    return list(
        MemberImportJob.objects.filter(user=user)
        .defer("rows", "refused")
        .order_by("-created_at")[:limit]
    )


def _stalled_after():
    return getattr(settings, "SEN_TASK_STALLED_AFTER", timedelta(minutes=30))


def member_import_stalled(job, *, now=None):
    """Has the job stopped short of the end: its last run failed, or nothing moved for as long
    as a running task may take (its worker died, its task was lost)?"""
    if job.finished_at is not None:
        return False
    return bool(job.error) or job.updated_at < (now or timezone.now()) - _stalled_after()


def overdue_member_imports(*, now=None):
    """Unfinished jobs with no failure recorded and no progress for too long (their task was
    lost or its worker died): the schedule asks for them again."""
    return list(
        MemberImportJob.objects.filter(
            finished_at__isnull=True,
            error="",
            updated_at__lt=(now or timezone.now()) - _stalled_after(),
        ).values_list("pk", flat=True)
    )

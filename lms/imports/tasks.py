"""Member imports' background work (``core.tasks``): writing a confirmed file. Safe to run
twice and after a crash (``lms.imports.jobs``)."""

from django.db import transaction

from core.tasks import enqueue, task
from lms.imports import jobs


@task()
def run_member_import(job_id):
    """Write what the job has left. Returns {"created", "updated", "moved", "refused"}."""
    try:
        job = jobs.member_import_run(job_id=job_id)
    except Exception as exc:
        # Shown to the leader as "stopped" (she may go on); the failed task, with its error,
        # is in the superusers' report of failed background tasks.
        jobs.member_import_failed(job_id=job_id, error=f"{type(exc).__name__}: {exc}")
        raise
    if job is None:
        return None
    return {
        "created": job.created,
        "updated": job.updated,
        "moved": job.moved,
        "refused": len(job.refused),
    }


def member_import_queue(*, user, rows, source, token, language=""):
    """Called by the confirm view: store the job (once per preview) and queue its run.
    Returns (job, created)."""
    with transaction.atomic():  # on the database queue: the job and its task, or neither
        job, created = jobs.member_import_job_create(
            user=user, rows=rows, source=source, token=token, language=language
        )
        if created:
            enqueue(run_member_import, str(job.pk))
    return job, created


def member_import_resume(*, job):
    """Queue the run again for a job that stopped (its page's "Go on" button, the schedule)."""
    enqueue(run_member_import, str(job.pk))

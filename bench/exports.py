"""Member-level exports of the whole scale province (200,000 members; 20,000 quick) as its
official asks for them: her request (it only queues the file), the background task's body
run in-process (``export_job_run``, what a worker runs), then her download of the file. Time
of the task, size of the file, and the peak of Python memory while the task writes it
(tracemalloc, in a second run: tracing slows the first down)."""

import time
import tracemalloc

from django.urls import reverse

from bench.pages import client_for
from lms.dashboards.export_jobs import export_job_run
from lms.models import ExportJob

FORMATS = ("csv", "xlsx")


def _ask(client, code, fmt):
    """POST as the dashboard's button does; the job (queued, or already made if the queue
    runs tasks at once)."""
    response = client.post(reverse(f"lms:dashboard_members_{fmt}", args=[code]))
    if response.status_code != 302:
        raise RuntimeError(f"POST members.{fmt}: {response.status_code}")
    job = ExportJob.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[-1])
    if job.status != ExportJob.Status.QUEUED:
        raise RuntimeError("the bench measures the task itself: run it with SEN_TASKS=database")
    return job


def _download(client, job):
    """GET the file and read it the way a server sends it, chunk by chunk; bytes."""
    response = client.get(reverse("lms:export_download", args=[job.pk]))
    if response.status_code != 200:
        raise RuntimeError(f"download {job.pk}: {response.status_code}")
    size = sum(len(chunk) for chunk in response.streaming_content)
    response.close()
    return size


def _forget(job):
    job.refresh_from_db()
    if job.file:
        job.file.storage.delete(job.file.name)
    job.delete()


def member_exports(fx, report):
    client = client_for(fx.official)
    peaks = []
    for fmt in FORMATS:
        job = _ask(client, fx.province.code, fmt)
        began = time.perf_counter()
        export_job_run(job.pk)
        report.figure(f"member_export_{fmt}_s", time.perf_counter() - began, "s")
        report.figure(f"member_export_{fmt}_mb", _download(client, job) / 1e6, "MB")
        _forget(job)
        job = _ask(client, fx.province.code, fmt)
        tracemalloc.start()
        try:
            export_job_run(job.pk)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        _forget(job)
        report.figure(f"member_export_{fmt}_peak_mb", peak / 1e6, "MB")
        peaks.append(peak / 1e6)
    report.figure("member_export_peak_mb", max(peaks), "MB")

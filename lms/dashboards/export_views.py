"""A leader's member lists, made in the background (lms.dashboards.export_jobs): asking for
one, its progress page, the download, and her files of the last day.

Every page of a job answers "not found" to anyone but the leader who asked for it, so that
an address says nothing about whether the job exists.
"""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from lms.chapters import scope
from lms.dashboards import export_jobs, member_exports, selection
from lms.dashboards.context import choice_query, request_choice
from lms.models import ExportJob

REFRESH_SECONDS = 3  # the progress page reloads itself this often until the file is ready


@login_required
@require_http_methods(["GET", "POST"])
def member_export(request, code, fmt):
    """GET: what the file will hold and a button to make it (a link from the admin report or
    a bookmark); POST (the dashboard's buttons): make it, or find the one being made, and go
    to its progress page."""
    node = scope.node_she_may_see(request.user, code)
    choice = request_choice(request)
    if request.method == "POST":
        job, _created = export_jobs.export_job_request(
            user=request.user,
            node=node,
            fmt=fmt,
            choice=choice,
            language=request.LANGUAGE_CODE,
        )
        return redirect("lms:export_progress", pk=job.pk)
    return render(
        request,
        "lms/dashboard/export_new.html",
        {
            "node": node,
            "fmt": fmt,
            "format_label": ExportJob.Format(fmt).label,
            "post_url": request.get_full_path(),
            "members": member_exports.member_count(node),
        },
    )


def _her_job(request, pk):
    """Her job, or 404: another's, an unknown id, or a node she may no longer see."""
    job = ExportJob.objects.select_related("node").filter(pk=pk, requester=request.user).first()
    if job is None or not scope.can_see(request.user, job.node):
        raise Http404
    return job


@login_required
def export_progress(request, pk):
    job = _her_job(request, pk)
    now = timezone.now()
    expired = job.expired(now)
    context = {
        "job": job,
        "expired": expired,
        "refresh": None if expired or job.finished else REFRESH_SECONDS,
        "again_url": _again_url(job),
    }
    return render(
        request, "lms/dashboard/export_progress.html", context, status=410 if expired else 200
    )


def _again_url(job):
    """Where the button that makes a new file of the same kind posts to."""
    return reverse(f"lms:dashboard_members_{job.fmt}", args=[job.node.code]) + choice_query(
        selection.parse_choice(job.choice)
    )


@login_required
def export_download(request, pk):
    job = _her_job(request, pk)
    if job.expired():
        return render(
            request,
            "lms/dashboard/export_progress.html",
            {"job": job, "expired": True, "again_url": _again_url(job)},
            status=410,
        )
    if job.status != ExportJob.Status.DONE or not job.file:
        return redirect("lms:export_progress", pk=job.pk)
    try:
        handle = job.file.open("rb")
    except FileNotFoundError:  # removed by hand or a lost disk: the page says make a new one
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=export_jobs.download_name(job),
        content_type=export_jobs.CONTENT_TYPES[job.fmt],
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def export_list(request):
    """Her files of the last day, newest first."""
    jobs = [
        job
        for job in ExportJob.objects.filter(requester=request.user, expires_at__gt=timezone.now())
        .select_related("node")
        .order_by("-created_at")
        if scope.can_see(request.user, job.node)
    ]
    return render(request, "lms/dashboard/export_list.html", {"jobs": jobs})

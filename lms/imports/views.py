"""Bulk member import for chapter leaders and union officials: upload, preview, confirm, then
the job's page while the rows are written in the background (``lms.imports.jobs``).

The parsed rows wait in the (server-side) session between preview and confirm, with a random
token the confirm form must send back and a digest of the stored rows. Nothing the browser
sends is trusted: confirm checks every row again against the database and the importer's scope.
"""

import base64
import binascii
import csv
import hashlib
import io
import json
import secrets
import zlib
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.spreadsheets import append_row, csv_cell
from lms.chapters.scope import has_scope, scope_filter
from lms.imports.forms import MAX_UPLOAD_SIZE, MemberImportForm
from lms.imports.jobs import member_import_stalled, recent_jobs, token_digest
from lms.imports.rows import EXAMPLE, FIELDS, HEADERS, OCCUPATION_LABELS, Row, plan_import
from lms.imports.tasks import member_import_queue, member_import_resume
from lms.models import Chapter, MemberImportJob

SESSION_KEY = "lms_member_import"
SHOWN_PROBLEM_ROWS = 1000
SHOWN_READY_ROWS = 500
TEMPLATE_CHAPTERS = 5000
REFRESH_SECONDS = 3  # the job page reloads itself (a meta refresh: no JavaScript)
RECENT_JOBS = 5
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def importer_required(view):
    """Leaders, officials and superusers; others get 403, anonymous visitors the sign-in page."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_scope(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


# The rows waiting between preview and confirm ----------------------------------------------


def _store(request, rows, filename):
    payload = json.dumps([row.to_list() for row in rows], ensure_ascii=False).encode()
    blob = base64.b64encode(zlib.compress(payload)).decode("ascii")
    request.session[SESSION_KEY] = {
        "token": secrets.token_urlsafe(24),
        "user": request.user.pk,
        "file": filename[:200],
        "digest": hashlib.sha256(blob.encode()).hexdigest(),
        "rows": blob,
    }


def _load(request, token=None):
    """(stored, rows) of this user's pending import, or None (also for a wrong ``token``)."""
    stored = request.session.get(SESSION_KEY)
    if not isinstance(stored, dict) or stored.get("user") != request.user.pk:
        return None
    if token is not None and not constant_time_compare(token, stored.get("token", "")):
        return None
    blob = stored.get("rows", "")
    if not constant_time_compare(
        hashlib.sha256(blob.encode()).hexdigest(), stored.get("digest", "")
    ):
        return None
    try:
        rows = [
            Row.from_list(values) for values in json.loads(zlib.decompress(base64.b64decode(blob)))
        ]
    except (binascii.Error, zlib.error, ValueError, TypeError):
        return None
    return stored, rows


# Pages --------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@importer_required
def upload(request):
    if request.method == "POST":
        form = MemberImportForm(request.POST, request.FILES)
    else:
        form = MemberImportForm()
    if form.is_bound and form.is_valid():
        _store(request, form.rows, form.cleaned_data["file"].name)
        return redirect("lms:member_import_preview")
    return render(
        request,
        "lms/import/upload.html",
        {
            "form": form,
            "headers": [HEADERS[name] for name in FIELDS],
            "occupations": list(OCCUPATION_LABELS),
            "max_size_mb": MAX_UPLOAD_SIZE // (1024 * 1024),
            "jobs": recent_jobs(request.user, limit=RECENT_JOBS),
        },
    )


@require_GET
@importer_required
def preview(request):
    loaded = _load(request)
    if loaded is None:
        messages.info(request, _("Upload a member list first."))
        return redirect("lms:member_import")
    stored, rows = loaded
    return _render_preview(request, stored, plan_import(rows, user=request.user))


def _render_preview(request, stored, plan, status=200):
    problem_rows = plan.problem_rows
    ready_rows = [row for row in plan.rows if row.ok]
    context = {
        "plan": plan,
        "filename": stored["file"],
        "token": stored["token"],
        "problem_rows": problem_rows[:SHOWN_PROBLEM_ROWS],
        "hidden_problem_rows": max(len(problem_rows) - SHOWN_PROBLEM_ROWS, 0),
        "ready_rows": ready_rows[:SHOWN_READY_ROWS],
        "hidden_ready_rows": max(len(ready_rows) - SHOWN_READY_ROWS, 0),
        "ready_count": len(ready_rows),
    }
    return render(request, "lms/import/preview.html", context, status=status)


@require_POST
@importer_required
def confirm(request):
    token = request.POST.get("token", "")
    loaded = _load(request, token=token)
    if loaded is None:
        job = _job_of_token(request, token)
        if job is not None:  # a double tap, or the page sent again: the import under way
            return redirect("lms:member_import_job", pk=job.pk)
        messages.error(
            request,
            _("This import is no longer waiting. Nothing was imported: upload the file again."),
        )
        return redirect("lms:member_import")
    stored, rows = loaded
    plan = plan_import(rows, user=request.user)
    if not plan.ok:
        messages.error(
            request, _("Nothing was imported: the file has problems now. Fix them first.")
        )
        return _render_preview(request, stored, plan, status=409)
    # The rows are written in the background, a batch at a time (lms.imports.jobs): a list of
    # thousands of members does not hold the request.
    job, _created = member_import_queue(
        user=request.user,
        rows=rows,
        source=stored["file"],
        token=stored["token"],
        language=translation.get_language() or "",
    )
    del request.session[SESSION_KEY]
    return redirect("lms:member_import_job", pk=job.pk)


def _job_of_token(request, token):
    if not token:
        return None
    return (
        MemberImportJob.objects.filter(user=request.user, token_digest=token_digest(token))
        .only("pk")
        .first()
    )


def _own_job(request, pk):
    """Her job, without its rows; anyone else's is a 404 (whoever they are)."""
    return get_object_or_404(MemberImportJob.objects.defer("rows"), pk=pk, user=request.user)


@require_GET
@importer_required
def job_page(request, pk):
    job = _own_job(request, pk)
    return render(
        request,
        "lms/import/job.html",
        {
            "job": job,
            "refresh_seconds": REFRESH_SECONDS,
            "refused_rows": job.refused[:SHOWN_PROBLEM_ROWS],
            "hidden_refused_rows": max(len(job.refused) - SHOWN_PROBLEM_ROWS, 0),
            "stalled": member_import_stalled(job),
        },
    )


@require_POST
@importer_required
def job_resume(request, pk):
    job = _own_job(request, pk)
    if not job.done:
        member_import_resume(job=job)
        messages.info(request, _("The import goes on from where it stopped."))
    return redirect("lms:member_import_job", pk=job.pk)


# Templates to fill in -----------------------------------------------------------------------


def _example_row(request):
    code = (
        Chapter.objects.filter(scope_filter(request.user), kind=Chapter.Kind.CHAPTER)
        .order_by("path")
        .values_list("code", flat=True)
        .first()
    )
    return [
        EXAMPLE["full_name"],
        EXAMPLE["phone"],
        code or "ma-chi-hoi",
        EXAMPLE["birth_year"],
        EXAMPLE["occupation"],
    ]


@require_GET
@importer_required
def template_xlsx(request):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Hội viên"
    append_row(sheet, [HEADERS[name] for name in FIELDS])
    example = _example_row(request)
    example[3] = int(example[3])
    append_row(sheet, example)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (28, 18, 18, 12, 28), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2, max_row=2000, min_col=2, max_col=3):
        for cell in row:
            cell.number_format = "@"  # text: Excel keeps the phone's leading 0
    sheet.freeze_panes = "A2"

    chapters = workbook.create_sheet("Mã chi hội")
    chapters.append(["Mã chi hội", "Tên chi hội"])
    for cell in chapters[1]:
        cell.font = Font(bold=True)
    for code, name in (
        Chapter.objects.filter(scope_filter(request.user), kind=Chapter.Kind.CHAPTER)
        .order_by("path")
        .values_list("code", "name")[:TEMPLATE_CHAPTERS]
    ):
        append_row(chapters, [code, name])
    chapters.column_dimensions["A"].width = 20
    chapters.column_dimensions["B"].width = 40
    occupations = workbook.create_sheet("Nghề nghiệp")
    occupations.append(["Nghề nghiệp"])
    occupations["A1"].font = Font(bold=True)
    for label in OCCUPATION_LABELS:
        occupations.append([label])
    occupations.column_dimensions["A"].width = 32

    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = 'attachment; filename="mau-nhap-hoi-vien.xlsx"'
    return response


@require_GET
@importer_required
def template_csv(request):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([HEADERS[name] for name in FIELDS])
    writer.writerow([csv_cell(value) for value in _example_row(request)])
    # With a BOM, Excel opens the Vietnamese letters as UTF-8.
    response = HttpResponse("\ufeff" + output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mau-nhap-hoi-vien.csv"'
    return response

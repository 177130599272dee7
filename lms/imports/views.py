"""Bulk member import for chapter leaders and union officials: upload, preview, confirm.

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
from django.shortcuts import redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.spreadsheets import append_row, csv_cell
from lms.chapters.scope import has_scope, scope_filter
from lms.imports.forms import MAX_UPLOAD_SIZE, MemberImportForm
from lms.imports.rows import EXAMPLE, FIELDS, HEADERS, OCCUPATION_LABELS, Row, plan_import
from lms.imports.services import ImportRefused, members_import
from lms.models import Chapter

SESSION_KEY = "lms_member_import"
SHOWN_PROBLEM_ROWS = 1000
SHOWN_READY_ROWS = 500
TEMPLATE_CHAPTERS = 5000
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
    loaded = _load(request, token=request.POST.get("token", ""))
    if loaded is None:
        messages.error(
            request,
            _("This import is no longer waiting. Nothing was imported: upload the file again."),
        )
        return redirect("lms:member_import")
    stored, rows = loaded
    try:
        result = members_import(user=request.user, rows=rows, source=stored["file"])
    except ImportRefused as refused:
        if refused.plan is None:
            messages.error(
                request,
                _("Someone changed these members meanwhile. Nothing was imported: check again."),
            )
            return redirect("lms:member_import_preview")
        messages.error(
            request, _("Nothing was imported: the file has problems now. Fix them first.")
        )
        return _render_preview(request, stored, refused.plan, status=409)
    del request.session[SESSION_KEY]
    messages.success(
        request,
        _("Import done: %(new)s, %(updated)s.")
        % {
            "new": ngettext("%(count)s new member", "%(count)s new members", result.created)
            % {"count": result.created},
            "updated": ngettext(
                "%(count)s member updated", "%(count)s members updated", result.updated
            )
            % {"count": result.updated},
        },
    )
    return redirect("lms:member_import")


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

"""Importing contest questions from the Excel template, in the Wagtail admin: upload, check
every row (nothing saved), then "Import N questions".

The checked rows wait in the (server-side) session between preview and confirm with a random
token the confirm form sends back. The token is spent once: a double tap, a second tab or a
back-and-resubmit finds no import waiting, and a confirm already running holds a cache lock on
it. The import itself checks every row again in its transaction (a question already in the
bank is a problem), so the same file sent twice never adds questions twice.

Questions are imported published (live, with a first revision logged for the trainer): the
rows pass the same publish rules as the editor's Publish button, the import page already
showed the trainer every question before she confirmed, and a bank of drafts would have to be
published one by one before a contest could draw them. Who may import: whoever may add and
publish contest questions (the Trainers group, superusers).
"""

import io
import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from contests.bank_services import ImportRefused, questions_import
from contests.models import ContestQuestion
from contests.question_import import (
    DIFFICULTY_LABELS,
    EXAMPLES,
    FIELDS,
    HEADERS,
    KIND_LABELS,
    MAX_ROWS,
    TOPIC_LABELS,
    ImportFileError,
    Row,
    check_rows,
    read_xlsx,
)
from core.spreadsheets import append_row

SESSION_KEY = "contests_question_import"
MAX_UPLOAD_SIZE = 2 * 1024 * 1024
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CONFIRM_LOCK_SECONDS = 300
INDEX_URL = "wagtailsnippets_contests_contestquestion:list"
UPLOAD_URL = "wagtailsnippets_contests_contestquestion:import"
PREVIEW_URL = "wagtailsnippets_contests_contestquestion:import_preview"
CONFIRM_URL = "wagtailsnippets_contests_contestquestion:import_confirm"
TEMPLATE_URL = "wagtailsnippets_contests_contestquestion:import_template"

question_policy = ModelPermissionPolicy(ContestQuestion)


def may_import(user):
    return question_policy.user_has_permission(user, "add") and question_policy.user_has_permission(
        user, "publish"
    )


class QuestionFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Questions (Excel file)"),
        help_text=gettext_lazy("An .xlsx file of at most 2 MB, filled in from the template."),
        error_messages={
            "required": gettext_lazy("Choose the file to upload."),
            "empty": gettext_lazy("This file is empty."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": f".xlsx,{XLSX_TYPE}"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(
                _("Choose an Excel file (.xlsx). Save other files as .xlsx first."),
                code="file_type",
            )
        if upload.size > MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("This file is %(size)s; the limit is %(limit)s. Split it into smaller files.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_SIZE)},
                code="file_size",
            )
        try:
            self.rows = read_xlsx(upload.read())
        except ImportFileError as error:
            raise forms.ValidationError(str(error), code="file_unreadable") from error
        return upload


def _store(request, rows, filename):
    request.session[SESSION_KEY] = {
        "token": secrets.token_urlsafe(24),
        "user": request.user.pk,
        "file": filename[:200],
        "rows": [row.to_list() for row in rows],
    }


def _load(request, token=None):
    """(stored, rows) of her pending import, or None (also for a wrong ``token``)."""
    stored = request.session.get(SESSION_KEY)
    if not isinstance(stored, dict) or stored.get("user") != request.user.pk:
        return None
    if token is not None and not constant_time_compare(token, stored.get("token", "")):
        return None
    try:
        rows = [Row.from_list(values) for values in stored["rows"]]
    except (KeyError, TypeError, ValueError):
        return None
    return stored, rows


class ImportMixin(WagtailAdminTemplateMixin):
    header_icon = "upload"
    page_title = gettext_lazy("Import contest questions")

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse(INDEX_URL), "label": _("Contest questions")},
            {"url": "", "label": self.page_title},
        ]


class UploadView(ImportMixin, TemplateView):
    template_name = "contests/admin/question_import.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            template_url=reverse(TEMPLATE_URL),
            action_url=reverse(UPLOAD_URL),
            kinds=list(KIND_LABELS),
            topics=list(TOPIC_LABELS),
            difficulties=list(DIFFICULTY_LABELS),
            max_rows=MAX_ROWS,
            **kwargs,
        )

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=QuestionFileForm()))

    def post(self, request, *args, **kwargs):
        form = QuestionFileForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        _store(request, form.rows, form.cleaned_data["file"].name)
        return redirect(PREVIEW_URL)


class PreviewView(ImportMixin, TemplateView):
    template_name = "contests/admin/question_import_preview.html"
    page_title = gettext_lazy("Check the questions")

    def get(self, request, *args, **kwargs):
        loaded = _load(request)
        if loaded is None:
            messages.info(request, _("Upload a file of questions first."))
            return redirect(UPLOAD_URL)
        stored, rows = loaded
        return self.render_plan(stored, check_rows(rows))

    def render_plan(self, stored, plan, status=200):
        context = self.get_context_data(
            plan=plan,
            filename=stored["file"],
            token=stored["token"],
            problem_rows=plan.problem_rows,
            confirm_url=reverse(CONFIRM_URL),
            upload_url=reverse(UPLOAD_URL),
        )
        return self.render_to_response(context, status=status)


class ConfirmView(PreviewView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        token = request.POST.get("token", "")
        loaded = _load(request, token=token)
        lock = f"contests:question-import:{token}"
        if loaded is None or not cache.add(lock, 1, CONFIRM_LOCK_SECONDS):
            messages.error(
                request,
                _(
                    "This import is no longer waiting (it may be done already). Nothing more was "
                    "imported."
                ),
            )
            return redirect(INDEX_URL)
        stored, rows = loaded
        if request.POST.get("only_good") == "1":
            # "Import the questions without problems": the others stay out; the service checks
            # the rows it is given again.
            rows = [item.row for item in check_rows(rows).good_rows]
        try:
            result = questions_import(user=request.user, rows=rows)
        except ImportRefused as refused:
            cache.delete(lock)
            messages.error(request, _("Nothing was imported: the file has problems now."))
            return self.render_plan(stored, refused.plan, status=409)
        request.session.pop(SESSION_KEY, None)
        messages.success(
            request,
            ngettext(
                "%(count)s question imported and published.",
                "%(count)s questions imported and published.",
                result.created,
            )
            % {"count": result.created},
        )
        return redirect(INDEX_URL)


def template_xlsx(request):
    """The template to fill in: the header row, one example per type, and the allowed values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    if not may_import(request.user):
        raise PermissionDenied
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Câu hỏi"
    append_row(sheet, [HEADERS[name] for name in FIELDS])
    for example in EXAMPLES:
        append_row(sheet, list(example))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = (16, 20, 12, 50, 24, 24, 24, 24, 24, 24, 14, 50)
    for column, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    guide = workbook.create_sheet("Hướng dẫn")
    lines = [
        ["Cột", "Cách điền"],
        [HEADERS["kind"], ", ".join(KIND_LABELS)],
        [HEADERS["topic"], ", ".join(TOPIC_LABELS)],
        [HEADERS["difficulty"], ", ".join(DIFFICULTY_LABELS) + " (để trống: Trung bình)"],
        ["A - F", "Các lựa chọn, điền lần lượt từ A. Câu Đúng/Sai để trống."],
        [
            HEADERS["right"],
            "Chữ cái của đáp án đúng (B), nhiều đáp án thì cách bằng dấu phẩy (A, C). "
            "Câu Đúng/Sai: ghi Đúng hoặc Sai.",
        ],
        [HEADERS["explanation"], "Hiện cho hội viên khi vòng thi kết thúc."],
        ["", f"Tối đa {MAX_ROWS} câu một tệp. Xóa 3 dòng ví dụ trước khi tải lên."],
    ]
    for line in lines:
        append_row(guide, line)
    guide["A1"].font = guide["B1"].font = Font(bold=True)
    guide.column_dimensions["A"].width = 16
    guide.column_dimensions["B"].width = 90
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = 'attachment; filename="mau-cau-hoi-cuoc-thi.xlsx"'
    return response


upload = UploadView.as_view()
preview = PreviewView.as_view()
confirm = ConfirmView.as_view()

"""Wagtail admin views for quizzes: a trainer's statistics page for one quiz, its Excel
download, and the buttons that lead there from the quiz listing and editor.

The views are wired up by ``QuizViewSet`` (viewsets.py), which passes the URL names."""

from io import BytesIO

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.http import FileResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from openpyxl import Workbook
from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button, HeaderButton, MenuItem
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, IndexView

from core.autosave import NoAutosaveOnCreate
from core.spreadsheets import append_row, sheet_title
from quizzes.admin_columns import QuizUsesColumn, with_schedules
from quizzes.reports import quiz_statistics

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STATISTICS_ICON = "table"


def summary_rows(statistics):
    """``(label, value)`` pairs of the quiz-wide figures, for the page and the spreadsheet."""
    return [
        (_("Attempts submitted"), statistics.attempts),
        (_("Members who took the quiz"), statistics.members),
        (_("Attempts passed"), statistics.attempts_passed),
        # xgettext:no-python-format
        (_("Pass rate (% of attempts)"), statistics.pass_rate),
        (_("Members who passed"), statistics.members_passed),
        (_("Average score (%)"), statistics.average_score),
    ]


def question_columns():
    """The question table's columns, shared by the page and the spreadsheet."""
    return [
        Column("number", label=_("No.")),
        Column("prompt", label=_("Question")),
        Column("answered", label=_("Answered")),
        # xgettext:no-python-format
        Column("right_share", label=_("% right")),
        Column("top_wrong_answer", label=_("Most chosen wrong answer")),
        Column("top_wrong_count", label=_("Times chosen")),
    ]


def write_statistics_xlsx(statistics, output, *, title):
    """Write the figures as a workbook: an overview sheet and one row per question."""
    workbook = Workbook(write_only=True)
    overview = workbook.create_sheet(title=sheet_title(gettext("Overview")))
    append_row(overview, [gettext("Quiz"), title])
    for label, value in summary_rows(statistics):
        append_row(overview, [str(label), value])

    questions = workbook.create_sheet(title=sheet_title(gettext("Questions")))
    columns = question_columns()
    append_row(questions, [str(column.label) for column in columns])
    for question in statistics.questions:
        append_row(questions, [column.get_value(question) for column in columns])
    workbook.save(output)


class QuizStatisticsMixin(PermissionCheckedMixin, BaseObjectMixin):
    """One quiz, for trainers who may change quizzes."""

    permission_required = "change"
    index_url_name = None
    edit_url_name = None
    statistics_url_name = None
    statistics_xlsx_url_name = None

    def get_url(self, url_name):
        return reverse(url_name, args=(quote(self.object.pk),))


class QuizStatisticsView(QuizStatisticsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/statistics.html"
    page_title = _("Statistics")

    @cached_property
    def title(self):
        return get_latest_str(self.object)

    def get_page_subtitle(self):
        return self.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {"url": self.get_url(self.edit_url_name), "label": self.title},
            {"url": "", "label": gettext("Statistics"), "sublabel": self.title},
        ]

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Download Excel"),
                url=self.get_url(self.statistics_xlsx_url_name),
                icon_name="download",
                priority=10,
            ),
            HeaderButton(
                _("Edit"), url=self.get_url(self.edit_url_name), icon_name="edit", priority=20
            ),
        ]

    def get_context_data(self, **kwargs):
        statistics = quiz_statistics(self.object)
        return super().get_context_data(
            object=self.object,
            statistics=statistics,
            summary=summary_rows(statistics),
            questions_table=Table(
                question_columns(),
                statistics.questions,
                caption=gettext("Questions"),
            ),
            **kwargs,
        )


class QuizStatisticsXlsxView(QuizStatisticsMixin, View):
    def get(self, request, *args, **kwargs):
        output = BytesIO()
        write_statistics_xlsx(
            quiz_statistics(self.object), output, title=get_latest_str(self.object)
        )
        output.seek(0)
        return FileResponse(
            output,
            as_attachment=True,
            filename=f"thong-ke-{self.object.pk}.xlsx",
            content_type=XLSX_CONTENT_TYPE,
        )


class QuizIndexView(IndexView):
    """The quiz listing, with where each quiz is used (or a flag: used nowhere) and
    "Statistics" in each row's menu."""

    statistics_url_name = None

    def get_base_queryset(self):
        # Each row's title is its latest draft's (get_latest_str): one join, not a query a row.
        return (
            super()
            .get_base_queryset()
            .select_related("latest_revision")
            .defer("latest_revision__content")
        )

    def get_table(self, object_list):
        object_list = with_schedules(object_list)
        columns = [*self.columns, QuizUsesColumn(object_list, links=True)]
        return self.table_class(columns, object_list, **self.get_table_kwargs())

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.statistics_url_name and self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Statistics"),
                    url=reverse(self.statistics_url_name, args=(quote(instance.pk),)),
                    icon_name=STATISTICS_ICON,
                    priority=25,
                )
            )
        return buttons


class QuizCreateView(NoAutosaveOnCreate, CreateView):
    """A new quiz exists once the trainer saves or publishes it (``core.autosave``)."""


class QuizDeleteView(DeleteView):
    """Deleting a quiz that members have answered would take their attempts (and the
    completions they earned) with it: the database refuses (``Attempt.quiz`` is PROTECT), so
    the trainer is told, in her language, to unpublish it instead."""

    def form_valid(self, form):
        from quizzes.models import Attempt

        if Attempt.objects.filter(quiz_id=self.object.pk).exists():
            messages.error(
                self.request,
                gettext(
                    "Members have answered this quiz, so it cannot be deleted: their attempts "
                    "and results must stay. Unpublish it instead."
                ),
            )
            return HttpResponseRedirect(reverse(self.edit_url_name, args=[quote(self.object.pk)]))
        return super().form_valid(form)


class QuizEditView(EditView):
    """The quiz editor, with "Statistics" in the header's menu."""

    statistics_url_name = None

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.statistics_url_name:
            buttons.append(
                Button(
                    _("Statistics"),
                    url=reverse(self.statistics_url_name, args=(quote(self.object.pk),)),
                    icon_name=STATISTICS_ICON,
                    priority=40,
                )
            )
        return buttons

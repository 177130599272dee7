"""The insight page's tables as typed rows, and the same tables as an Excel workbook.

The page and the workbook both read ``insight_tables``, so their figures cannot differ.
A cell is (value, kind): "int", "text", "percent" (a value from 0 to 100, shown as "60.0%"
and written to Excel as the fraction 0.6 with a percent format) or "decimal".
"""

import io
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core.spreadsheets import append_row, sheet_title
from lms.dashboards.rates import rate

PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "0.0"


@dataclass(frozen=True)
class Table:
    title: str
    header: list
    rows: list  # of lists of (value, kind)

    @property
    def shown_rows(self):
        """The rows as the page shows them: (text, kind) per cell."""
        return [[(shown(value, kind), kind) for value, kind in row] for row in self.rows]


def shown(value, kind):
    """A cell's text on the page: "60,0%" in Vietnamese, "—" for a figure with nothing to count."""
    if value is None:
        return "—" if kind in {"percent", "decimal"} else ""
    if kind == "percent":
        return f"{number_format(value, 1)}%"
    if kind == "decimal":
        return number_format(value, 1)
    return str(value)


def insight_tables(insights):
    summary = Table(
        title=_("Course"),
        header=[_("Figure"), _("Members"), _("Share of those who started")],
        rows=[
            [(_("Started the course"), "text"), (insights.started, "int"), (None, "percent")],
            [
                (_("Completed no lesson"), "text"),
                (insights.stopped_before_any, "int"),
                (rate(insights.stopped_before_any, insights.started), "percent"),
            ],
            [
                (_("Finished the course"), "text"),
                (insights.finished, "int"),
                (insights.finished_rate, "percent"),
            ],
        ],
    )
    lessons = Table(
        title=_("Lessons"),
        header=[
            _("No."),
            _("Lesson"),
            _("Opened"),
            _("Opened (%)"),
            _("Completed"),
            _("Completed (%)"),
            _("Stopped here"),
        ],
        rows=[
            [
                (row.number, "int"),
                (row.title if row.live else _("%(title)s (draft)") % {"title": row.title}, "text"),
                (row.opened, "int"),
                (row.opened_rate, "percent"),
                (row.completed, "int"),
                (row.completed_rate, "percent"),
                (row.stopped_here, "int"),
            ]
            for row in insights.lessons
        ],
    )
    quizzes = Table(
        title=_("Quizzes"),
        header=[
            _("Quiz"),
            _("Used in"),
            _("Members who took it"),
            _("Passed at the first try"),
            _("First-try pass rate"),
            _("Members who passed"),
            _("Median attempts to pass"),
        ],
        rows=[
            [
                (quiz.title, "text"),
                (quiz.used_in, "text"),
                (quiz.took, "int"),
                (quiz.first_try_passed, "int"),
                (quiz.first_try_rate, "percent"),
                (quiz.passed, "int"),
                (quiz.median_attempts, "decimal"),
            ]
            for quiz in insights.quizzes
        ],
    )
    return [summary, lessons, quizzes]


def to_xlsx(tables, *, title, heading):
    """One sheet: ``heading`` lines (course, unit, period), then each table under its title."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(title)
    for line in heading:
        append_row(sheet, [line])
    for table in tables:
        append_row(sheet, [])
        append_row(sheet, [table.title])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=13)
        append_row(sheet, table.header)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in table.rows:
            append_row(sheet, [_cell_value(value, kind) for value, kind in row])
            for cell, (_value, kind) in zip(sheet[sheet.max_row], row, strict=False):
                if kind == "percent":
                    cell.number_format = PERCENT_FORMAT
                elif kind == "decimal":
                    cell.number_format = DECIMAL_FORMAT
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 36
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell_value(value, kind):
    if value is None:
        return None
    if kind == "percent":
        return float(value) / 100
    if kind == "decimal":
        return float(value)
    return value

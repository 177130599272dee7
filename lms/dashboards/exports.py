"""The dashboard's table as rows of plain values, and its CSV and Excel files.

The page and both files read the same ``dashboard_table``, so their numbers cannot differ.
Rates are ``numbers.Rate`` cells: a number with a percent format in Excel, a percent with a
dot in CSV (lms/dashboards/numbers.py, docs/dashboards.md).
"""

import csv
import io

from django.utils.translation import gettext as _

from core.spreadsheets import append_row, csv_cell, sheet_title
from lms.dashboards.numbers import XLSX_PERCENT_FORMAT, Rate, csv_percent, xlsx_fraction


def dashboard_table(dashboard):
    """Header and rows: the node itself first, then each child."""
    header = [_("Unit"), _("Level"), _("Members")]
    for course in dashboard.courses:
        header += [
            _("%(course)s: started") % {"course": course.title},
            _("%(course)s: completed") % {"course": course.title},
            _("%(course)s: completion rate (%%)") % {"course": course.title},
        ]
    header.append(_("Overall completion rate (%)"))
    rows = []
    for row in [dashboard.total, *dashboard.rows]:
        line = [row.node.name, row.node.get_kind_display(), row.members]
        for _course, started, completed, course_rate in dashboard.cells(row):
            line += [started, completed, Rate(course_rate)]
        line.append(Rate(row.overall(dashboard.course_ids)))
        rows.append(line)
    return header, rows


def to_csv(header, rows):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so Excel opens Vietnamese text as UTF-8
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [csv_percent(v.percent) if isinstance(v, Rate) else csv_cell(v) for v in row]
        )
    return buffer.getvalue().encode("utf-8")


def to_xlsx(header, rows, *, title):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(title)
    append_row(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, [xlsx_fraction(v.percent) if isinstance(v, Rate) else v for v in row])
        for cell, value in zip(sheet[sheet.max_row], row, strict=True):
            if isinstance(value, Rate):
                cell.number_format = XLSX_PERCENT_FORMAT
    sheet.column_dimensions["A"].width = 36
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()

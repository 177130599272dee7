"""The rankings as tables of plain values, for the pages and the Excel file alike: the page
and the workbook read the same rows, so their figures cannot differ.

One workbook per round and unit: the winners (the members' ranking, first ``WINNERS`` of
it), the units beneath, and the participation of every round of the contest.
"""

import io

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core.spreadsheets import append_row, sheet_title
from lms.dashboards.numbers import XLSX_PERCENT_FORMAT, Rate, xlsx_fraction

WINNERS = 200  # members in the workbook's winners sheet


def format_duration(ms):
    """Her time as the pages and the workbook write it: 4:05.3 (minutes:seconds.tenths)."""
    if ms is None:
        return ""
    tenths = (int(ms) + 50) // 100
    minutes, tenths = divmod(tenths, 600)
    return f"{minutes}:{tenths // 10:02d}.{tenths % 10}"


def winners_table(rows):
    header = [
        _("Rank"),
        _("Full name"),
        _("Unit"),
        _("Right answers"),
        _("Time"),
        _("Prediction"),
        _("Distance from the answer"),
    ]
    return header, [
        [
            row.rank,
            row.full_name,
            row.unit,
            row.correct,
            format_duration(row.duration_ms),
            row.prediction,
            row.closeness,
        ]
        for row in rows
    ]


def units_table(table):
    header = [
        _("Rank by participation"),
        _("Unit"),
        _("Members"),
        _("Contestants"),
        _("Participation rate (%)"),
        _("Rank by contestants"),
    ]
    rows = [
        [
            row.rank_by_rate,
            row.node.name,
            row.members,
            row.contestants,
            Rate(row.rate),
            row.rank_by_contestants,
        ]
        for row in table.rows
    ]
    total = table.total
    rows.append(["", total.node.name, total.members, total.contestants, Rate(total.rate), ""])
    return header, rows


def participation_table(participation):
    """``participation``: rankings.participation_by_round."""
    header = [_("Round"), _("Opens"), _("Closes"), _("Members"), _("Contestants"), _("Rate (%)")]
    return header, [
        [
            number,
            _local(round_.starts_at),
            _local(round_.ends_at),
            members,
            contestants,
            Rate(rate),
        ]
        for number, (round_, contestants, members, rate) in enumerate(participation, start=1)
    ]


def _local(moment):
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def workbook(sheets):
    """[(title, header, rows)] as an .xlsx file's bytes; rates as percents Excel can add up."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for title, header, rows in sheets:
        sheet = book.create_sheet(sheet_title(title))
        append_row(sheet, header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            append_row(sheet, [xlsx_fraction(v.percent) if isinstance(v, Rate) else v for v in row])
            for cell, value in zip(sheet[sheet.max_row], row, strict=True):
                if isinstance(value, Rate):
                    cell.number_format = XLSX_PERCENT_FORMAT
        sheet.column_dimensions["B"].width = 32
        sheet.column_dimensions["C"].width = 24
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

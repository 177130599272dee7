"""Spreadsheet safety: sheet titles Excel accepts, and text that never runs as a formula."""

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from core.spreadsheets import append_row, csv_cell, sheet_title


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Khu phố 30/4", "Khu phố 30-4"),
        ("Chi hội [A]: tổ 1*?", "Chi hội -A-- tổ 1--"),
        ("back\\slash", "back-slash"),
        ("'Ấp Mới'", "Ấp Mới"),
        ("Chi hội phụ nữ khu dân cư số 12 phường Bình Thọ", "Chi hội phụ nữ khu dân cư số 12"),
        ("", "Sheet"),
        ("   ", "Sheet"),
        ("////", "----"),
    ],
)
def test_sheet_titles_follow_excels_rules(name, title):
    assert sheet_title(name) == title
    Workbook().active.title = sheet_title(name)  # openpyxl refuses an invalid title


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+84912345678", "'+84912345678"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Chi hội A", "Chi hội A"),
        (12, 12),
        (None, None),
    ],
)
def test_csv_cells_that_would_run_get_an_apostrophe(value, written):
    assert csv_cell(value) == written


@pytest.mark.parametrize("write_only", [False, True])
def test_workbook_text_that_looks_like_a_formula_stays_text(write_only):
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("x") if write_only else workbook.active
    append_row(sheet, ['=HYPERLINK("http://evil","bấm")', "Chi hội A", 3])
    buffer = io.BytesIO()
    workbook.save(buffer)
    row = next(load_workbook(buffer)["x" if write_only else sheet.title].iter_rows())
    assert [cell.data_type for cell in row] == ["s", "s", "n"]
    assert row[0].value == '=HYPERLINK("http://evil","bấm")'


def test_csv_rows_round_trip_through_the_csv_reader():
    out = io.StringIO()
    csv.writer(out).writerow([csv_cell(v) for v in ["=1+1", "Tổ 3"]])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == ["'=1+1", "Tổ 3"]

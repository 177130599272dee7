"""core.xlsx_stream: a streamed .xlsx that spreadsheet software reads with typed cells."""

import datetime
import io
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from core.xlsx_stream import column_letter, stream_xlsx


def _read(chunks):
    return load_workbook(io.BytesIO(b"".join(chunks)))


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ")]
)
def test_column_letters(index, letters):
    assert column_letter(index) == letters


def test_cells_keep_their_types_and_formats():
    header = ["Tên", "Ngày", "Điểm", "Số"]
    rows = [
        ["Lan", datetime.date(2026, 12, 3), 85.5, 3],
        ["=1+1", "", Decimal("70.00"), None],
        ["Mai\x00\x07 <b>&amp;", datetime.date(1999, 1, 31), 0.0, -2],
    ]
    book = _read(
        stream_xlsx(
            header, rows, title="Chi hội [A]: 30/4", formats=[None, "DD/MM/YYYY", "0.0", None]
        )
    )
    sheet = book.active
    assert sheet.title == "Chi hội -A-- 30-4"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Tên", "Ngày", "Điểm", "Số")
    assert values[1] == ("Lan", datetime.datetime(2026, 12, 3), 85.5, 3)
    assert values[2] == ("=1+1", None, 70, None)
    assert values[3] == ("Mai <b>&amp;", datetime.datetime(1999, 1, 31), 0, -2)
    assert sheet["B2"].number_format == "DD/MM/YYYY" and sheet["C2"].number_format == "0.0"
    assert sheet["A3"].data_type == "s"  # text, never a formula
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"


def test_bytes_leave_before_the_rows_are_read():
    read = []

    def rows():
        for i in range(20_000):
            read.append(i)
            yield [f"Hội viên {i * 7919 % 10007}", i]

    chunks = stream_xlsx(["Tên", "Số"], rows(), title="x", rows_per_chunk=100)
    first = next(chunks)
    assert first.startswith(b"PK") and read == []
    rest = list(chunks)
    # the compressor holds back little: bytes keep leaving while rows are read
    assert len(rest) > 5 and len(read) == 20_000
    data = first + b"".join(rest)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    values = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert len(values) == 20_001 and values[-1] == (f"Hội viên {19_999 * 7919 % 10007}", 19_999)


def test_an_empty_sheet_has_its_header():
    book = _read(stream_xlsx(["A", "B"], [], title=""))
    assert list(book.active.iter_rows(values_only=True)) == [("A", "B")]
    assert book.active.title == "Sheet"

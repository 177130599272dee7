"""The member import's reader and row checks on generated files (hypothesis).

Whatever is in the cells of a CSV or an Excel file, reading it gives rows or a whole-file
``ImportFileError`` (a message for the leader, never a 500), checking the rows never raises,
every row with a defect carries a problem message, and the good rows come through with
their values normalised.
"""

import csv
import datetime
import io
import unicodedata

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from lms.imports.rows import (
    FIELDS,
    HEADERS,
    MAX_BIRTH_YEAR,
    MIN_BIRTH_YEAR,
    OCCUPATION_LABELS,
    ImportFileError,
    check_rows,
    read_file,
)
from lms.members.phones import normalize_phone
from lms.models import Chapter

HEADER = [HEADERS[name] for name in FIELDS]
# Unsaved chapters: check_rows makes no queries, so no database is needed.
CHAPTERS = {
    "chi-a": Chapter(pk=1, code="chi-a", name="Chi hội A", kind=Chapter.Kind.CHAPTER),
    "chi-b": Chapter(pk=2, code="chi-b", name="Chi hội B", kind=Chapter.Kind.CHAPTER),
    "xa-d": Chapter(pk=3, code="xa-d", name="Xã D", kind=Chapter.Kind.COMMUNE),
}
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

text_cells = st.text(max_size=30)
any_cells = st.one_of(
    st.none(),
    text_cells,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=datetime.date(1900, 1, 1)),
    st.sampled_from(["0912 345 678", "chi-a", "xa-d", "1985", "Nông dân", "=1+1", "  "]),
)


def check(rows):
    return check_rows(
        rows, chapters=CHAPTERS, accounts={}, member_chapters={}, visible=lambda node: True
    )


def csv_upload(table, delimiter=","):
    output = io.StringIO()
    csv.writer(output, delimiter=delimiter).writerows(table)
    return SimpleUploadedFile("hoi-vien.csv", output.getvalue().encode("utf-8"))


def xlsx_cell(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)  # Excel itself cannot hold these
    if isinstance(value, float) and value != value:
        return None
    return value


def xlsx_upload(table):
    workbook = Workbook()
    sheet = workbook.active
    for row in table:
        sheet.append([xlsx_cell(value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile("hoi-vien.xlsx", output.getvalue())


def read_and_check(upload):
    """The rows' problems, or None when the file as a whole is refused (with a message)."""
    try:
        rows = read_file(upload)
    except ImportFileError as error:
        assert str(error).strip()
        return None
    plan = check(rows)
    for checked in plan.rows:
        for problem in checked.problems:
            assert problem.code and str(problem.message).strip()
        if checked.ok:
            assert checked.full_name and checked.phone and checked.chapter is not None
    return plan


# Any bytes, any cells -----------------------------------------------------------------------


@QUICK
@given(st.binary(max_size=2000), st.sampled_from(["x.csv", "x.xlsx", "x.CSV", "x.txt"]))
@example("Họ và tên,Số điện thoại,Mã chi hội\n".encode() + b"a" * 200_000, "x.csv")  # > csv limit
@example("Họ và tên,Số điện thoại,Mã chi hội\n\x00,\x00,\x00\n".encode(), "x.csv")
@example(b"\xff\xfeH\x00", "x.csv")  # a UTF-16 byte order mark and half a character
@example(b'"unterminated,quote\n', "x.csv")
def test_any_bytes_are_read_or_refused_with_a_message(data, name):
    read_and_check(SimpleUploadedFile(name, data))


@QUICK
@given(st.binary(max_size=500))
def test_bytes_that_look_like_a_zip_are_refused_with_a_message(data):
    read_and_check(SimpleUploadedFile("x.xlsx", b"PK\x03\x04" + data))


@QUICK
@given(
    st.lists(st.lists(any_cells.map(lambda v: "" if v is None else v), max_size=7), max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.booleans(),
)
def test_any_cells_in_a_csv_never_crash_the_reader(table, delimiter, with_header):
    if with_header:
        table = [HEADER, *table]
    read_and_check(csv_upload(table, delimiter))


@QUICK
@given(st.lists(st.lists(any_cells, max_size=7), max_size=8), st.booleans())
def test_any_cells_in_an_excel_file_never_crash_the_reader(table, with_header):
    if with_header:
        table = [HEADER, *table]
    read_and_check(xlsx_upload(table))


# Good rows survive, bad rows are named -----------------------------------------------------

names = st.text(st.characters(categories=["L"]), min_size=1, max_size=20).map(
    lambda s: "Nguyễn Thị " + s
)
nationals = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("35789"),
    st.text("0123456789", min_size=8, max_size=8),
)
years = st.one_of(st.just(""), st.integers(MIN_BIRTH_YEAR, MAX_BIRTH_YEAR))
occupations = st.sampled_from(["", *OCCUPATION_LABELS, "farmer", "  nông DÂN "])
DEFECTS = {
    "missing_name": lambda row: {**row, "full_name": "   "},
    "bad_phone": lambda row: {**row, "phone": "12-34"},
    "unknown_chapter": lambda row: {**row, "chapter_code": "khong-co"},
    "not_a_chapter": lambda row: {**row, "chapter_code": "xa-d"},
    "bad_birth_year": lambda row: {**row, "birth_year": "19 85"},
    "unknown_occupation": lambda row: {**row, "occupation": "bác sĩ"},
}


@st.composite
def spreadsheets(draw):
    """(table, {row number: expected problem code or None}, {row number: (name, e164)})."""
    count = draw(st.integers(1, 12))
    phones = draw(st.lists(nationals, min_size=count, max_size=count, unique=True))
    table, expected, good = [HEADER], {}, {}
    for index, national in enumerate(phones):
        phone_cell = draw(
            st.sampled_from(["0" + national, "+84 " + national, int(national), "84" + national])
        )
        row = {
            "full_name": draw(names),
            "phone": phone_cell,
            "chapter_code": draw(st.sampled_from(["chi-a", "chi-b", "CHI-A"])),
            "birth_year": draw(years),
            "occupation": draw(occupations),
        }
        defect = draw(st.one_of(st.none(), st.sampled_from(sorted(DEFECTS))))
        if defect:
            row = DEFECTS[defect](row)
        number = len(table) + 1
        if draw(st.booleans()) and index:  # a blank row between: skipped, numbering kept
            table.append(["", "", "", "", ""])
            number += 1
        table.append([row[name] for name in FIELDS])
        expected[number] = defect
        if defect is None:
            # The reader keeps names as NFC (one code point per Vietnamese letter).
            name = unicodedata.normalize("NFC", row["full_name"])
            good[number] = (" ".join(name.split()), "+84" + national)
    return table, expected, good


def assert_good_rows_survive_and_bad_rows_are_named(plan, expected, good):
    assert plan is not None
    assert [row.number for row in plan.rows] == sorted(expected)
    for checked in plan.rows:
        defect = expected[checked.number]
        if defect is None:
            assert checked.ok, checked.problems
            assert (checked.full_name, checked.phone) == good[checked.number]
            assert normalize_phone(checked.shown_phone) == checked.phone
        else:
            assert defect in {problem.code for problem in checked.problems}


@QUICK
@given(spreadsheets())
def test_csv_good_rows_survive_and_every_bad_row_has_its_problem(sheet):
    table, expected, good = sheet
    plan = read_and_check(csv_upload([[str(v) for v in row] for row in table]))
    assert_good_rows_survive_and_bad_rows_are_named(plan, expected, good)


@QUICK
@given(spreadsheets())
def test_excel_good_rows_survive_and_every_bad_row_has_its_problem(sheet):
    table, expected, good = sheet
    plan = read_and_check(xlsx_upload(table))
    assert_good_rows_survive_and_bad_rows_are_named(plan, expected, good)

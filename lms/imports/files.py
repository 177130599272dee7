"""Reading an uploaded .xlsx or .csv member list into ``Row``s, refusing files too big to read
(too many rows, or an .xlsx that would unpack to far more than a member list needs)."""

import codecs
import csv
import datetime
import io
import unicodedata
import zipfile

from django.utils.translation import gettext as _

from lms.imports.format import FIELDS, HEADERS, REQUIRED_FIELDS, ImportFileError, Row, label_key

MAX_ROWS = 20_000
# A 20,000-row list unpacks to about 7 MB of XML; anything far bigger is a zip bomb.
MAX_XLSX_UNPACKED_SIZE = 50 * 1024 * 1024

HEADER_KEYS = {label_key(label): name for name, label in HEADERS.items()} | {
    label_key(name): name for name in FIELDS
}


def cell_text(value):
    """A cell as the text a person sees: 912345678.0 -> "912345678", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):  # NaN, infinities
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    # Control characters (NUL above all: PostgreSQL cannot store it) are never meant.
    return "".join(char for char in text if unicodedata.category(char) != "Cc")


def read_file(uploaded):
    """Rows of an uploaded .xlsx or .csv file (a Django UploadedFile or any named binary file)."""
    name = (getattr(uploaded, "name", "") or "").lower()
    if hasattr(uploaded, "seek"):
        uploaded.seek(0)
    data = uploaded.read()
    if name.endswith(".xlsx"):
        return read_xlsx(data)
    if name.endswith(".csv"):
        return read_csv(data)
    raise ImportFileError(_("Choose an Excel file (.xlsx) or a CSV file (.csv)."))


def read_xlsx(data):
    from openpyxl import load_workbook

    if not data.startswith(b"PK"):
        raise ImportFileError(_("This file is not an Excel (.xlsx) file."))
    _refuse_zip_bomb(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged file can fail anywhere inside zipfile/openpyxl
        raise ImportFileError(
            _("We could not open this Excel file. Save it again as .xlsx and retry.")
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write wrong dimensions; read what is there
        return _rows_from_table(
            (cell_text(value) for value in values) for values in sheet.iter_rows(values_only=True)
        )
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            _("We could not read this Excel file. Save it again as .xlsx and retry.")
        ) from exc
    finally:
        workbook.close()


def _refuse_zip_bomb(data):
    """An .xlsx is a zip: refuse one that would unpack to far more than a member list needs.

    The sizes are those the zip declares; zipfile never unpacks more than an entry declares,
    so a lying archive fails inside openpyxl instead (and is refused there).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as exc:  # like openpyxl below: a damaged zip fails in many ways
        raise ImportFileError(
            _("We could not open this Excel file. Save it again as .xlsx and retry.")
        ) from exc
    if unpacked > MAX_XLSX_UNPACKED_SIZE:
        raise ImportFileError(
            _("This Excel file holds too much data. Split it into smaller files.")
        )


def read_csv(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            _('This CSV file is not in UTF-8. In Excel choose "CSV UTF-8", or use the .xlsx file.')
        ) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _rows_from_table((cell_text(value) for value in values) for values in reader)
    except csv.Error as exc:
        raise ImportFileError(_("We could not read this CSV file.")) from exc


def _rows_from_table(table):
    """The header row says which column is which; blank rows are skipped but keep their number."""
    columns = None
    rows = []
    for number, cells in enumerate(table, start=1):
        cells = list(cells)
        if not any(cells):
            continue
        if columns is None:
            columns = _columns(cells)
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(count)s members. Split it into smaller files.")
                % {"count": f"{MAX_ROWS:,}"}
            )
        values = {
            name: cells[index] if index < len(cells) else "" for name, index in columns.items()
        }
        if any(values.values()):
            rows.append(Row(number, **values))
    if columns is None:
        raise ImportFileError(_("The file is empty."))
    if not rows:
        raise ImportFileError(_("The file has a header row but no members."))
    return rows


def _columns(header):
    columns = {}
    for index, text in enumerate(header):
        name = HEADER_KEYS.get(label_key(text))
        if name and name not in columns:
            columns[name] = index
    missing = [HEADERS[name] for name in REQUIRED_FIELDS if name not in columns]
    if missing:
        raise ImportFileError(
            _("The first row must name the columns. Missing: %(columns)s.")
            % {"columns": ", ".join(f"“{label}”" for label in missing)}
        )
    return columns

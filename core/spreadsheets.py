"""Writing CSV and Excel files that are safe to open: one home for every export and template.

- Text that a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``+…``, ``-…``, ``@…``)
  stays text: in a workbook the cell is typed as a string, in a CSV it gets a leading ``'``.
- A sheet's title follows Excel's rules (at most 31 characters, none of ``[ ] : * ? / \\``,
  no ``'`` at either end, never blank), so a unit named "Khu phố 30/4" exports.
"""

import re

# What Excel, LibreOffice and Google Sheets treat as the start of a formula in typed text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NOT_IN_TITLE = re.compile(r"[\[\]:*?/\\]")
TITLE_LENGTH = 31


def sheet_title(text, *, default="Sheet"):
    """``text`` as a valid worksheet title: forbidden characters become "-", cut to 31."""
    title = _NOT_IN_TITLE.sub("-", str(text or ""))
    title = " ".join(title.split())[:TITLE_LENGTH].strip().strip("'").strip()
    return title or default


def csv_cell(value):
    """A value for a CSV row: text that would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def append_row(sheet, values):
    """Append ``values`` to an openpyxl worksheet (normal or write-only); text is never a
    formula."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    if isinstance(sheet, WriteOnlyWorksheet):
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value)
            _as_text(cell)
            cells.append(cell)
        sheet.append(cells)
        return
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        _as_text(cell)


def _as_text(cell):
    if cell.data_type == "f":  # openpyxl types any text starting with "=" as a formula
        cell.data_type = "s"

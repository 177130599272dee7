"""An Excel (.xlsx) file written as a stream of bytes, for exports too big to build first.

openpyxl's write-only mode keeps memory flat but writes the whole sheet to disk before the
first byte leaves, so a province's 200,000 rows wait a minute on a proxy's timeout. Here the
zip is written to the response as rows come (deflated, sizes in data descriptors after each
member, which zipfile does by itself on a stream it cannot seek): the download starts at once
and the browser shows it growing.

One sheet, typed cells: text as inline strings (never a formula, whatever it starts with;
characters XML cannot hold are dropped), numbers as numbers, dates as dates in the given
number format, a bold header row frozen at the top.
"""

import datetime
import re
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from core.iterables import batched
from core.spreadsheets import sheet_title

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = datetime.date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug included)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
BOLD = 1  # style of the header row


def column_letter(index):
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value):
    return escape(_NOT_XML.sub("", str(value)))


def _cell(ref, value, style):
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime.datetime):
        value = value.replace(tzinfo=None)
        days = (value - datetime.datetime.combine(_EPOCH, datetime.time())).total_seconds()
        return f'<c r="{ref}" s="{style}"><v>{days / 86400!r}</v></c>'
    if isinstance(value, datetime.date):
        return f'<c r="{ref}" s="{style}"><v>{(value - _EPOCH).days}</v></c>'
    if isinstance(value, int | float | Decimal):
        return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'
    text = f'<is><t xml:space="preserve">{_text(value)}</t></is>'
    return f'<c r="{ref}" t="inlineStr" s="{style}">{text}</c>'


def _styles(formats):
    """styles.xml, and {number format: style index}; style 0 is plain, 1 bold."""
    codes = list(dict.fromkeys(code for code in formats if code))
    num_fmts = "".join(
        f"<numFmt numFmtId={quoteattr(str(164 + i))} formatCode={quoteattr(code)}/>"
        for i, code in enumerate(codes)
    )
    xfs = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    xfs += '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    xfs += "".join(
        f'<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>'
        for i in range(len(codes))
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{_MAIN}">'
        f'<numFmts count="{len(codes)}">{num_fmts}</numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        f'</cellStyleXfs><cellXfs count="{2 + len(codes)}">{xfs}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )
    return xml, {code: 2 + i for i, code in enumerate(codes)}


def _package(title, styles):
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return {
        "[Content_Types].xml": (
            f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPE}.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'{head}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'{head}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            f'<sheet name={quoteattr(_NOT_XML.sub("", sheet_title(title)))} sheetId="1" '
            'r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{head}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": styles,
    }


class _Sink:
    """A write-only file that hands over what was written since the last ``take``. It can
    tell but not seek, so zipfile streams (sizes after each member's data)."""

    def __init__(self):
        self._chunks = []
        self._position = 0

    def write(self, data):
        self._chunks.append(bytes(data))
        self._position += len(data)
        return len(data)

    def tell(self):
        return self._position

    def flush(self):
        pass

    def take(self):
        data = b"".join(self._chunks)
        self._chunks.clear()
        return data


def stream_xlsx(header, rows, *, title, formats=None, widths=None, rows_per_chunk=500):
    """Yield the bytes of an .xlsx file of one sheet: ``header`` in bold, then ``rows``.
    ``formats``: each column's number format (None for none), e.g. "DD/MM/YYYY" or "0.0";
    ``widths``: {column index: width in characters}."""
    formats = list(formats or [None] * len(header))
    styles, style_of = _styles(formats)
    column_styles = [style_of.get(code, 0) for code in formats]
    letters = [column_letter(i) for i in range(len(header))]
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, text in _package(title, styles).items():
            package.writestr(name, text)
        with package.open("xl/worksheets/sheet1.xml", "w") as sheet:
            cols = "".join(
                f'<col min="{i + 1}" max="{i + 1}" width="{width}" customWidth="1"/>'
                for i, width in sorted((widths or {}).items())
            )
            sheet.write(
                (
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    f'<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
                    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                    "</sheetView></sheetViews>"
                    + (f"<cols>{cols}</cols>" if cols else "")
                    + '<sheetData><row r="1">'
                    + "".join(
                        _cell(f"{letters[i]}1", value, BOLD) for i, value in enumerate(header)
                    )
                    + "</row>"
                ).encode()
            )
            yield sink.take()
            number = 1
            for chunk in batched(rows, rows_per_chunk):
                parts = []
                for row in chunk:
                    number += 1
                    cells = "".join(
                        _cell(f"{letters[i]}{number}", value, column_styles[i])
                        for i, value in enumerate(row)
                    )
                    parts.append(f'<row r="{number}">{cells}</row>')
                sheet.write("".join(parts).encode())
                data = sink.take()
                if data:
                    yield data
            sheet.write(b"</sheetData></worksheet>")
    yield sink.take()

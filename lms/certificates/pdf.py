"""The certificate as a PDF: A4 landscape, the brand colour, her name, the course, the date,
her chapter, the verification code and a QR code of the public verify page.

Drawn with fpdf2 in Noto Sans (full Vietnamese), taken from the ``pymupdf-fonts`` package, so
nothing depends on the fonts installed on the server.
"""

import hashlib
import io
import logging
import os
import tempfile
import unicodedata
from functools import cache
from pathlib import Path

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from fpdf import FPDF

from lms.invites import links

BRAND = (157, 23, 77)  # #9d174d
BRAND_DARK = (131, 24, 67)
INK = (31, 41, 55)
MUTED = (90, 98, 110)
PETAL_LIGHT = (253, 242, 248)
PAGE_W, PAGE_H = 297, 210  # mm, A4 landscape
FONT = "NotoSans"

# fontTools names each font table it leaves out of the subset (a warning per PDF): not news.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)


@cache
def font_files():
    """Noto Sans regular and bold as files (fpdf2 reads fonts from paths), written once per
    machine into the temporary folder under a name that changes with the font's bytes."""
    from pymupdf_fonts import NotoSans_Bold, NotoSans_Regular

    folder = Path(tempfile.gettempdir()) / "sen-fonts"
    folder.mkdir(exist_ok=True)
    files = {}
    for style, module in (("", NotoSans_Regular), ("B", NotoSans_Bold)):
        data = module.fontbuffer
        path = folder / f"NotoSans-{style or 'R'}-{hashlib.sha256(data).hexdigest()[:12]}.ttf"
        if not path.exists():
            fd, partial = tempfile.mkstemp(dir=folder, suffix=".part")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(partial, path)  # atomic: another process never reads half a font
        files[style] = path
    return files


def _nfc(text):
    return unicodedata.normalize("NFC", text or "")


def completion_date(certificate):
    """The completion date in the active language's date format ("26 tháng 11 năm 2026")."""
    return formats.date_format(timezone.localtime(certificate.completed_at), "DATE_FORMAT")


class _CertificatePDF(FPDF):
    def centered(self, text, *, size, style="", colour=INK, height=None, gap=0):
        self.set_font(FONT, style, size)
        self.set_text_color(*colour)
        self.set_x(self.l_margin)
        self.multi_cell(
            w=self.epw,
            h=height or size * 0.5,
            text=_nfc(text),
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        if gap:
            self.ln(gap)


def certificate_pdf(certificate, *, verify_url):
    """The PDF bytes for ``certificate``; ``verify_url`` is the absolute verify page link."""
    pdf = _CertificatePDF(orientation="landscape", unit="mm", format="A4")
    for style, path in font_files().items():
        pdf.add_font(FONT, style, str(path))
    pdf.set_title(_("Certificate %(code)s") % {"code": certificate.code})
    pdf.set_author("Sen")
    pdf.set_creator("Sen")
    pdf.set_auto_page_break(False)
    pdf.set_margins(40, 0, 40)
    pdf.add_page()

    # Frame: a thick brand border, a thin inner line, a pale band at the top.
    pdf.set_fill_color(*BRAND)
    pdf.rect(0, 0, PAGE_W, PAGE_H, style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(10, 10, PAGE_W - 20, PAGE_H - 20, style="F")
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(0.6)
    pdf.rect(15, 15, PAGE_W - 30, PAGE_H - 30)
    pdf.set_fill_color(*PETAL_LIGHT)
    pdf.rect(15.3, 15.3, PAGE_W - 30.6, 24, style="F")

    pdf.set_y(21)
    pdf.centered("Sen", size=22, style="B", colour=BRAND, height=12)
    pdf.set_y(52)
    pdf.centered(_("CERTIFICATE OF COMPLETION"), size=26, style="B", colour=BRAND_DARK, gap=8)
    pdf.centered(_("This certifies that"), size=14, colour=MUTED, gap=3)
    pdf.centered(certificate.full_name, size=32, style="B", colour=BRAND, height=15, gap=4)
    pdf.centered(_("has completed the course"), size=14, colour=MUTED, gap=2)
    pdf.centered(certificate.course.title, size=21, style="B", height=10, gap=6)
    if certificate.chapter_name:
        pdf.centered(certificate.chapter_name, size=14, colour=INK, height=7)
    # The date alone on its line: some languages' date formats start with a word ("Ngày").
    pdf.centered(completion_date(certificate), size=14, colour=INK, height=7)

    # Bottom: the code on the left, the QR code of the verify page on the right.
    qr_size = 34
    qr_x, qr_y = PAGE_W - 22 - qr_size, PAGE_H - 22 - qr_size
    pdf.image(io.BytesIO(links.qr_png(verify_url, scale=8)), x=qr_x, y=qr_y, w=qr_size)
    pdf.set_xy(24, qr_y + 6)
    pdf.set_font(FONT, "", 10)
    pdf.set_text_color(*MUTED)
    pdf.cell(text=_("Verification code"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(24)
    pdf.set_font(FONT, "B", 16)
    pdf.set_text_color(*INK)
    pdf.cell(text=certificate.code, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(24)
    pdf.set_font(FONT, "", 10)
    pdf.set_text_color(*MUTED)
    pdf.cell(text=_("Check it: scan the QR code or open"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(24)
    pdf.cell(text=verify_url, link=verify_url)
    return bytes(pdf.output())

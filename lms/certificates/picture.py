"""The picture Zalo and Facebook show when she shares her certificate's verify link.

1200x630 (the preview size both expect): her name and the course on a white card over the
brand colour, and the QR code of the verify page, so the preview itself can be checked from
another phone. Drawn with Pillow in the same Noto Sans as the PDF.
"""

import io

from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from lms.certificates.pdf import completion_date, font_files
from lms.invites import links

SIZE = (1200, 630)
WHITE = "#ffffff"
INK = "#1f2937"
MUTED = "#4b5563"


def _font(style, size):
    return ImageFont.truetype(str(font_files()[style]), size)


def _lines(draw, text, font, width, max_lines):
    """``text`` broken into lines of at most ``width`` pixels; the last one shortened with
    "…" if it does not fit in ``max_lines``."""
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while " " in last and draw.textlength(last + "…", font=font) > width:
            last = last.rsplit(" ", 1)[0]  # drop whole words first
        while last and draw.textlength(last + "…", font=font) > width:
            last = last[:-1]
        lines[-1] = last.rstrip(" ,·-") + "…"
    return lines


def _block(draw, x, y, text, *, style, sizes, colour, width, max_lines):
    """Draw ``text`` at the largest of ``sizes`` that fits in ``max_lines``; return the new y."""
    for size in sizes:
        font = _font(style, size)
        lines = _lines(draw, text, font, width, max_lines)
        if len(lines) <= max_lines and not lines[-1].endswith("…"):
            break
    for line in lines:
        draw.text((x, y), line, font=font, fill=colour)
        y += int(size * 1.3)
    return y


def certificate_share_picture(certificate, *, verify_url):
    """PNG bytes of the share picture for ``certificate``."""
    image = Image.new("RGB", SIZE, links.BRAND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, SIZE[1] - 28, SIZE[0], SIZE[1]), fill=links.BRAND_DARK)
    draw.rounded_rectangle((40, 40, SIZE[0] - 40, SIZE[1] - 68), radius=28, fill=WHITE)

    x, width = 90, 640
    y = 96
    draw.text((x, y), "Sen", font=_font("B", 40), fill=links.BRAND)
    y += 66
    y = _block(
        draw,
        x,
        y,
        _("CERTIFICATE OF COMPLETION"),
        style="B",
        sizes=(28, 24),
        colour=links.BRAND_DARK,
        width=width,
        max_lines=2,
    )
    y += 14
    y = _block(
        draw,
        x,
        y,
        certificate.full_name,
        style="B",
        sizes=(56, 46, 38),
        colour=links.BRAND,
        width=width,
        max_lines=2,
    )
    y += 6
    y = _block(
        draw,
        x,
        y,
        certificate.course.title,
        style="B",
        sizes=(34, 28),
        colour=INK,
        width=width,
        max_lines=2,
    )
    y += 10
    facts = " · ".join(
        part for part in (certificate.chapter_name, completion_date(certificate)) if part
    )
    _block(draw, x, y, facts, style="", sizes=(26, 22), colour=MUTED, width=width, max_lines=2)

    qr = links.qr_code(verify_url)
    box = 340
    scale = max(1, box // qr.symbol_size(scale=1, border=2)[0])
    out = io.BytesIO()
    qr.save(out, kind="png", scale=scale, border=2, dark="#000", light="#fff")
    out.seek(0)
    with Image.open(out) as code:
        code = code.convert("RGB")
        left = SIZE[0] - 90 - code.width
        top = (SIZE[1] - 28 - code.height) // 2
        image.paste(code, (left, top))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()

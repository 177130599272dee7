"""The picture Zalo and Facebook show when a contest's page is shared (1200x630): the
contest's title and introduction on a white card over the brand colour, and the QR code of
its page so the preview can be scanned from another phone. Drawn with Pillow in Noto Sans
(Vietnamese glyphs), like the certificate's share picture."""

import io

from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from lms.certificates.pdf import font_files
from lms.invites import links

SIZE = (1200, 630)
INK = "#1f2937"
MUTED = "#4b5563"


def _font(style, size):
    return ImageFont.truetype(str(font_files()[style]), size)


def _wrap(draw, text, font, width, max_lines):
    """``text`` in lines of at most ``width`` pixels, the last ending in "…" if cut."""
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if not current or draw.textlength(trial, font=font) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and draw.textlength(last + "…", font=font) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _text(draw, xy, text, *, style, size, colour, width, max_lines):
    x, y = xy
    font = _font(style, size)
    for line in _wrap(draw, text, font, width, max_lines):
        draw.text((x, y), line, font=font, fill=colour)
        y += int(size * 1.3)
    return y


def contest_share_picture(contest, *, url):
    """PNG bytes of the share picture of ``contest``, whose page is at ``url``."""
    image = Image.new("RGB", SIZE, links.BRAND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, SIZE[1] - 28, SIZE[0], SIZE[1]), fill=links.BRAND_DARK)
    draw.rounded_rectangle((40, 40, SIZE[0] - 40, SIZE[1] - 68), radius=28, fill="#ffffff")
    x, width = 90, 640
    y = _text(
        draw, (x, 90), "Sen", style="B", size=40, colour=links.BRAND, width=width, max_lines=1
    )
    y = _text(
        draw,
        (x, y + 14),
        _("ONLINE CONTEST"),
        style="B",
        size=26,
        colour=links.BRAND_DARK,
        width=width,
        max_lines=1,
    )
    y = _text(
        draw,
        (x, y + 10),
        contest.title,
        style="B",
        size=46,
        colour=INK,
        width=width,
        max_lines=3,
    )
    _text(
        draw, (x, y + 12), contest.intro, style="", size=26, colour=MUTED, width=width, max_lines=3
    )
    qr = links.qr_code(url)
    scale = max(1, 340 // qr.symbol_size(scale=1, border=2)[0])
    out = io.BytesIO()
    qr.save(out, kind="png", scale=scale, border=2, dark="#000", light="#fff")
    out.seek(0)
    with Image.open(out) as code:
        code = code.convert("RGB")
        image.paste(code, (SIZE[0] - 90 - code.width, (SIZE[1] - 28 - code.height) // 2))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()

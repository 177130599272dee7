"""Chapter invite links: absolute join URLs, share links, QR codes and the share picture.

Pure helpers (no queries): the views in ``lms/invites/views.py`` look the chapter up and
check scope, then call these.

Zalo has no documented web share URL: its official share button needs Zalo's JavaScript
SDK (a third-party script, which our Content-Security-Policy does not allow), and the
``zalo.me/share`` / ``sp.zalo.me/share_inline`` addresses seen in the wild are undocumented
and spelled differently from site to site. So the invite page asks leaders to copy the
message and paste it into their Zalo group, and offers an ``sms:`` link and Facebook's
documented sharer.
"""

import io
import math
from urllib.parse import quote

import segno
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw

BRAND = "#9d174d"
BRAND_DARK = "#831843"
PETAL = "#fbcfe8"
PETAL_LIGHT = "#fdf2f8"
SHARE_SIZE = (1200, 630)  # the size Facebook and Zalo previews expect (1.91:1)


def join_url(request, chapter):
    """The absolute invite link for ``chapter``, e.g. ``https://host/join/abcd2345/``."""
    return request.build_absolute_uri(chapter.get_invite_url())


def facebook_share_url(url):
    return "https://www.facebook.com/sharer/sharer.php?u=" + quote(url, safe="")


def sms_share_url(message):
    """An ``sms:`` link that opens the phone's messages app with ``message`` filled in.

    ``?&body=`` (not RFC 5724's plain ``?body=``) because iOS reads the body only after an
    ampersand, while Android accepts both.
    """
    return "sms:?&body=" + quote(message, safe="")


def invite_message(chapter, url):
    """The suggested text a leader pastes into her chapter's Zalo group."""
    return _(
        "Sisters, join us to learn digital skills with %(chapter)s on Sen! "
        "Tap the link to sign up: %(url)s"
    ) % {"chapter": chapter.name, "url": url}


def qr_code(url):
    # Error level M (15 % recoverable) keeps a printed code readable when folded or smudged.
    return segno.make(url, error="m", micro=False)


def qr_svg(url):
    out = io.BytesIO()
    qr_code(url).save(out, kind="svg", scale=8, border=4, dark="#000", title=url)
    return out.getvalue()


def qr_png(url, scale=12):
    """A PNG big enough to print on an A5 flyer (37 modules x 12 px for a typical link)."""
    out = io.BytesIO()
    qr_code(url).save(out, kind="png", scale=scale, border=4, dark="#000", light="#fff")
    return out.getvalue()


def _petal(cx, cy, length, width, angle):
    """A pointed petal (two arcs meeting at the tip) from (cx, cy), rotated by ``angle``."""
    points = []
    steps = 24
    for side in (1, -1):
        rng = range(steps + 1) if side == 1 else range(steps, -1, -1)
        for i in rng:
            t = i / steps
            along = t * length
            across = side * width * math.sin(math.pi * t) ** 0.9
            x = along * math.sin(angle) + across * math.cos(angle)
            y = -along * math.cos(angle) + across * math.sin(angle)
            points.append((cx + x, cy + y))
    return points


def _draw_lotus(draw, cx, cy, size):
    """A simple lotus: seven petals fanning up from (cx, cy) over two water lines."""
    for angle, length, colour in (
        (-1.25, 0.62, PETAL),
        (1.25, 0.62, PETAL),
        (-0.8, 0.8, PETAL_LIGHT),
        (0.8, 0.8, PETAL_LIGHT),
        (-0.38, 0.95, PETAL),
        (0.38, 0.95, PETAL),
        (0.0, 1.0, "#ffffff"),
    ):
        draw.polygon(
            _petal(cx, cy, size * length, size * 0.2, angle), fill=colour, outline=BRAND_DARK
        )
    line = max(2, size // 28)
    for offset, half in ((size * 0.12, size * 0.9), (size * 0.26, size * 0.6)):
        y = cy + offset
        draw.arc(
            (cx - half, y - size * 0.08, cx + half, y + size * 0.08),
            start=0,
            end=180,
            fill=PETAL,
            width=line,
        )


def share_picture(url=None):
    """The 1200x630 PNG shown when a link to Sen is shared on Zalo or Facebook.

    A lotus on the brand colour, and when ``url`` is given (a chapter's invite link) its QR
    code on a white card, so the preview itself can be scanned from another phone. No text:
    no font with Vietnamese glyphs is guaranteed on the server.
    """
    factor = 2  # draw at twice the size and shrink: Pillow's polygons are not anti-aliased
    width, height = SHARE_SIZE[0] * factor, SHARE_SIZE[1] * factor
    image = Image.new("RGB", (width, height), BRAND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height - 28 * factor, width, height), fill=BRAND_DARK)
    card = 480
    left, top = SHARE_SIZE[0] - card - 90, (SHARE_SIZE[1] - card) // 2
    if url:
        _draw_lotus(draw, width * 0.27, height * 0.68, int(height * 0.45))
        draw.rounded_rectangle(
            (left * factor, top * factor, (left + card) * factor, (top + card) * factor),
            radius=28 * factor,
            fill="#ffffff",
        )
    else:
        _draw_lotus(draw, width * 0.5, height * 0.72, int(height * 0.55))
    image = image.resize(SHARE_SIZE, Image.Resampling.LANCZOS)
    if url:
        # Pasted after the shrink, at a whole number of pixels per module: crisp edges.
        qr = qr_code(url)
        scale = max(1, (card - 40) // qr.symbol_size(scale=1, border=2)[0])
        out = io.BytesIO()
        qr.save(out, kind="png", scale=scale, border=2, dark="#000", light="#fff")
        out.seek(0)
        with Image.open(out) as code:
            code = code.convert("RGB")
            offset = (card - code.width) // 2
            image.paste(code, (left + offset, top + offset))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()

"""Phone-screen mockups for the demo quizzes (an SMS or Zalo message, a friend
request, a bank app's transaction list) drawn as SVG and stored as Wagtail images.

Text stays text (``<text>``): the member's phone draws it with its own fonts, so no font file
is needed, it stays sharp at any size and Vietnamese diacritics come out right. SVG does not
wrap text, so line breaks are estimated from generous average glyph widths.
"""

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from courses.demo.svg_text import LINE_HEIGHT, line_markup, paragraph_height, text_width, wrap

FONT = "system-ui, sans-serif"
INK = "#111827"
MUTED = "#4b5563"
WHITE = "#ffffff"


class _Canvas:
    """A phone screen of fixed width that grows downwards as rows are added."""

    def __init__(self, width, size):
        self.width = width
        self.size = size
        self.pad = round(size * 0.8)
        self.y = 0
        self.parts = []

    def rect(self, x, y, width, height, fill, radius=0, stroke=None):
        border = f' stroke="{stroke}"' if stroke else ""
        self.parts.append(
            f'<rect x="{x:g}" y="{y:g}" width="{width:g}" height="{height:g}" '
            f'rx="{radius:g}" fill="{fill}"{border}/>'
        )

    def circle(self, cx, cy, r, fill):
        self.parts.append(f'<circle cx="{cx:g}" cy="{cy:g}" r="{r:g}" fill="{fill}"/>')

    def label(self, x, y, text, size, fill=INK, bold=False, anchor="start"):
        """A single line of text with its baseline at ``y``."""
        weight = ' font-weight="700"' if bold else ""
        self.parts.append(
            f'<text x="{x:g}" y="{y:g}" font-size="{size:g}" fill="{fill}"{weight} '
            f'text-anchor="{anchor}">{escape(text)}</text>'
        )

    def paragraph(self, x, top, lines, size, fill=INK, bold=False):
        """Wrapped lines starting below ``top``; returns the y just under the last line."""
        weight = ' font-weight="700"' if bold else ""
        step = size * LINE_HEIGHT
        tspans = "".join(
            f'<tspan x="{x:g}" y="{top + size + index * step:g}">{line_markup(line)}</tspan>'
            for index, line in enumerate(lines)
        )
        self.parts.append(f'<text font-size="{size:g}" fill="{fill}"{weight}>{tspans}</text>')
        return top + paragraph_height(len(lines), size)

    def header(self, title, subtitle, background, ink=WHITE, initial=None):
        size = self.size
        height = round(size * 3.4)
        self.rect(0, 0, self.width, height, background)
        chevron = f"M{size * 1.1:g} {height / 2 - size * 0.5:g}l-{size * 0.5:g} {size * 0.5:g} "
        chevron += f"{size * 0.5:g} {size * 0.5:g}"
        self.parts.append(
            f'<path d="{chevron}" fill="none" stroke="{ink}" stroke-width="2" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        )
        x = size * 2
        if initial:
            r = size * 1.05
            self.circle(x + r, height / 2, r, "#d1d5db")
            self.label(x + r, height / 2 + size * 0.4, initial, size * 1.05, INK, True, "middle")
            x += 2 * r + size * 0.55
        self.label(x, height / 2 - size * 0.15, title, size * 1.02, ink, bold=True)
        self.label(x, height / 2 + size * 1.0, subtitle, size * 0.8, ink)
        self.y = height

    def svg(self, description, background=WHITE):
        height = round(self.y + self.pad)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{height}" '
            f'viewBox="0 0 {self.width} {height}" font-family="{FONT}">'
            f"<title>{escape(description)}</title>"
            f'<defs><clipPath id="screen"><rect width="{self.width}" height="{height}" rx="14"/>'
            "</clipPath></defs>"
            f'<rect width="{self.width}" height="{height}" rx="14" fill="{background}"/>'
            f'<g clip-path="url(#screen)">{"".join(self.parts)}</g>'
            f'<rect x="0.5" y="0.5" width="{self.width - 1}" height="{height - 1}" rx="14" '
            'fill="none" stroke="#9ca3af"/></svg>'
        ), height


# ------------------------------------------------------------------ pictures


@dataclass(frozen=True)
class Message:
    """An incoming SMS or Zalo message, as the member's phone shows it."""

    slug: str
    title: str
    alt: str
    sender: str
    text: str
    app: str = "sms"  # sms | zalo
    note: str = ""  # under the sender's name, e.g. "Người lạ"
    time: str = "09:41"
    attachment: tuple = ()  # (caption, amount): a payment screenshot sent with the message
    width: int = 320
    size: int = 15

    def draw(self):
        zalo = self.app == "zalo"
        canvas = _Canvas(self.width, self.size)
        size, pad = self.size, canvas.pad
        canvas.header(
            self.sender,
            self.note or ("Zalo" if zalo else "Tin nhắn SMS"),
            "#0068ff" if zalo else "#e5e7eb",
            WHITE if zalo else INK,
            initial=self.sender[:1].upper(),
        )
        stamp = f"Hôm nay {self.time}"
        canvas.label(
            self.width / 2, canvas.y + size * 1.6, stamp, size * 0.75, MUTED, anchor="middle"
        )
        top = canvas.y + size * 2.4
        inner = round(size * 0.75)
        room = self.width - 2 * pad - size * 1.5  # incoming bubbles leave a gap on the right
        lines = wrap(self.text, size, room - 2 * inner)
        longest = max(text_width("".join(text for text, _ in line), size) for line in lines)
        width = room if len(lines) > 1 or self.attachment else min(room, longest + 2 * inner + 8)
        text_top = top + inner * 0.6
        bottom = text_top + paragraph_height(len(lines), size)
        box_width = width - 2 * inner
        box_top = bottom + inner * 0.6
        if self.attachment:
            bottom = box_top + self._attachment_height(box_width)
        canvas.rect(pad, top, width, bottom + inner - top, WHITE if zalo else "#e5e7eb", size)
        canvas.paragraph(pad + inner, text_top, lines, size)
        if self.attachment:
            self._attachment(canvas, pad + inner, box_top, box_width)
        canvas.y = bottom + inner
        return canvas.svg(self.alt, "#e8edf3" if zalo else WHITE)

    def _caption_lines(self, width):
        return wrap(self.attachment[0], self.size * 0.8, width - self.size * 3)

    def _attachment_height(self, width):
        caption = paragraph_height(len(self._caption_lines(width)), self.size * 0.8)
        return self.size * 0.5 + max(caption, self.size * 1.6) + self.size * 1.9

    def _attachment(self, canvas, x, top, width):
        """A payment screenshot inside the bubble: a green tick, its caption, the amount."""
        size = self.size
        canvas.rect(x, top, width, self._attachment_height(width), "#f0fdf4", 8, "#86efac")
        cx, cy = x + size * 1.2, top + size * 1.3
        canvas.circle(cx, cy, size * 0.75, "#16a34a")
        canvas.parts.append(
            f'<path d="M{cx - size * 0.35:g} {cy:g}l{size * 0.25:g} {size * 0.25:g} '
            f'{size * 0.45:g}-{size * 0.5:g}" fill="none" stroke="{WHITE}" stroke-width="2" '
            'stroke-linecap="round"/>'
        )
        lines = self._caption_lines(width)
        bottom = canvas.paragraph(x + size * 2.3, top + size * 0.5, lines, size * 0.8, "#166534")
        baseline = max(bottom, top + size * 2.1) + size * 1.3
        canvas.label(x + size * 0.6, baseline, self.attachment[1], size * 1.1, "#166534", True)


@dataclass(frozen=True)
class FriendRequest:
    """A friend request card with the facts the app shows and the buttons to answer it."""

    slug: str
    title: str
    alt: str
    name: str
    facts: tuple
    initial: str = ""  # the avatar's letter; by default the given name's (last word)
    message: str = ""
    app: str = "Facebook"
    avatar: str = "#9ca3af"
    width: int = 320
    size: int = 15

    def draw(self):
        canvas = _Canvas(self.width, self.size)
        size, pad = self.size, canvas.pad
        colour = "#1877f2" if self.app == "Facebook" else "#0068ff"
        canvas.header("Lời mời kết bạn", self.app, colour)
        top = canvas.y + pad
        r = size * (1.6 if self.width < 280 else 2.1)
        canvas.circle(pad + r, top + r, r, self.avatar)
        initial = self.initial or self.name.split()[-1][0].upper()
        canvas.label(pad + r, top + r + size * 0.45, initial, size * 1.3, WHITE, True, "middle")
        x = pad * 2 + 2 * r
        room = self.width - x - pad
        bottom = canvas.paragraph(
            x, top - size * 0.1, wrap(self.name, size * 1.1, room, bold=True), size * 1.1, bold=True
        )
        for fact in self.facts:
            bottom = canvas.paragraph(x, bottom, wrap(fact, size * 0.85, room), size * 0.85, MUTED)
        y = max(bottom, top + 2 * r) + pad
        if self.message:
            inner = round(size * 0.7)
            lines = wrap(self.message, size * 0.9, self.width - 2 * pad - 2 * inner)
            height = len(lines) * size * 0.9 * LINE_HEIGHT + inner * 1.2
            canvas.rect(pad, y, self.width - 2 * pad, height, "#f3f4f6", 10)
            canvas.paragraph(pad + inner, y + inner * 0.5, lines, size * 0.9)
            y += height + pad
        button = (self.width - 3 * pad) / 2
        height = size * 2.4
        for index, (text, fill, ink) in enumerate(
            [("Đồng ý", colour, WHITE), ("Từ chối", "#e5e7eb", INK)]
        ):
            bx = pad + index * (button + pad)
            canvas.rect(bx, y, button, height, fill, 8)
            canvas.label(
                bx + button / 2,
                y + height / 2 + size * 0.35,
                text,
                size * 0.95,
                ink,
                True,
                "middle",
            )
        canvas.y = y + height
        return canvas.svg(self.alt)


@dataclass(frozen=True)
class BankTransaction:
    """The member's own bank app, showing money that came in."""

    slug: str
    title: str
    alt: str
    amount: str
    rows: tuple
    when: str
    width: int = 320
    size: int = 15

    def draw(self):
        canvas = _Canvas(self.width, self.size)
        size, pad = self.size, canvas.pad
        canvas.header("Lịch sử giao dịch", "Ngân hàng của chị", "#047857")
        y = canvas.y + pad
        canvas.label(pad, y + size * 0.8, self.when, size * 0.8, MUTED)
        y += size * 1.3
        canvas.label(pad, y + size * 1.5, self.amount, size * 1.5, "#047857", bold=True)
        y += size * 2.1
        room = self.width - 2 * pad
        for row in self.rows:
            y = canvas.paragraph(pad, y, wrap(row, size * 0.9, room), size * 0.9)
        canvas.y = y
        return canvas.svg(self.alt)


def ensure_image(picture):
    """The Wagtail image for ``picture``, drawn and stored once (looked up by title)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=picture.title).first()
    if existing is not None:
        return existing
    svg, height = picture.draw()
    data = svg.encode("utf-8")
    return image_model.objects.create(
        title=picture.title,
        description=picture.alt[:255],
        file=ContentFile(data, name=f"{picture.slug}.svg"),
        width=picture.width,
        height=height,
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )


# ------------------------------------------------------------------ the demo's pictures
# Question pictures are 320 px wide; picture choices are 200 px wide with larger text, since
# two of them sit side by side on a phone. Alt texts (max 250 characters) say what is written.

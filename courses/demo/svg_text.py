"""Text on SVG pictures: SVG does not wrap text, so line breaks are estimated from generous
average glyph widths (as wide as DejaVu Sans, so that text fits with Roboto or Noto Sans too).
"""

import re
import unicodedata
from xml.sax.saxutils import escape

LINK = "#1d4ed8"
LINE_HEIGHT = 1.45
# A word is shown as a link when it looks like a web address (scam examples in the lessons).
LINK_RE = re.compile(r"^(https?://)?[\w-]+(\.[\w-]+)*\.(top|vip|xyz|online|com|vn|net)(/\S*)?$")


# ------------------------------------------------------------------ text measuring


def _advance(char):
    """Rough glyph width in em, as wide as the widest common fallback font (DejaVu Sans), so
    that the text fits on phones with Roboto or Noto Sans too."""
    base = unicodedata.normalize("NFD", char)[0]
    if base in " .,:;'!|iIjl":
        return 0.32
    if base in 'ftr()[]/-"“”':
        return 0.44
    if base in "mwMW@%":
        return 0.95
    if base.isdigit():
        return 0.64
    if base.isupper():
        return 0.74
    return 0.62


def text_width(text, size, bold=False):
    return size * sum(_advance(char) for char in text) * (1.1 if bold else 1)


def _pieces(word, size, max_width, bold):
    """Split a word too long for one line (a web address) after . / - or, failing that, by
    character. Returns the pieces; all but the first continue the word without a space."""
    if text_width(word, size, bold) <= max_width:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, size, bold) > max_width:
            cut = max(current.rfind(mark) for mark in "./-") + 1
            if cut <= 0:
                cut = len(current)
            pieces.append(current[:cut])
            current = current[cut:]
        current += char
    return [*pieces, current]


def wrap(text, size, max_width, bold=False):
    """Lines of ``[(text, is_link), ...]`` segments that fit ``max_width`` at ``size``."""
    lines = []
    for paragraph in text.split("\n"):
        line, plain = [], ""
        for word in paragraph.split():
            is_link = bool(LINK_RE.match(word.rstrip(".,!?")))
            for index, piece in enumerate(_pieces(word, size, max_width, bold)):
                joiner = " " if (plain and index == 0) else ""
                if plain and text_width(plain + joiner + piece, size, bold) > max_width:
                    lines.append(line)
                    line, plain, joiner = [], "", ""
                line.append((joiner + piece, is_link))
                plain += joiner + piece
        lines.append(line)
    return lines


def line_markup(segments):
    """One line's segments, links blue and underlined. Spaces before a link stay outside it."""
    markup = []
    for text, is_link in segments:
        if is_link:
            lead = " " if text.startswith(" ") else ""
            markup.append(
                f'{lead}<tspan fill="{LINK}" text-decoration="underline">'
                f"{escape(text.lstrip(' '))}</tspan>"
            )
        else:
            markup.append(escape(text))
    return "".join(markup)


def paragraph_height(count, size):
    """Height of ``count`` wrapped lines, from the top of the first to under the last."""
    return size + (count - 1) * size * LINE_HEIGHT + size * 0.4

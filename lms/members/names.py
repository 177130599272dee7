"""Names as a leader types them on her phone: often without the Vietnamese marks ("nguyen thi
hoa" for "Nguyễn Thị Hoa"), in any case. ``search_key`` folds a name to the form it is
stored and searched in (``Member.search_name``), so either way finds her."""

import unicodedata

# Letters that are not a base letter plus a combining mark, so NFD leaves them whole.
_WHOLE_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l"})


def search_key(text):
    """``text`` lowercased, without marks (á ầ ệ ơ ư ...), đ as d, spaces collapsed:
    "  Nguyễn Thị  Đào " -> "nguyen thi dao"."""
    decomposed = unicodedata.normalize("NFD", str(text or "").translate(_WHOLE_LETTERS))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())

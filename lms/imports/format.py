"""The member list's format, shared by reading files and checking rows: its columns, the
template's headers and labels, and ``Row``, one spreadsheet row as written."""

import re
import unicodedata
from dataclasses import dataclass

from lms.models import Occupation

FIELDS = ("full_name", "phone", "chapter_code", "birth_year", "occupation")
REQUIRED_FIELDS = ("full_name", "phone", "chapter_code")
# The template's headers (the union works in Vietnamese); English field names work too.
HEADERS = {
    "full_name": "Họ và tên",
    "phone": "Số điện thoại",
    "chapter_code": "Mã chi hội",
    "birth_year": "Năm sinh",
    "occupation": "Nghề nghiệp",
}
OCCUPATION_LABELS = {
    "Công nhân": Occupation.FACTORY_WORKER,
    "Nông dân": Occupation.FARMER,
    "Buôn bán / bán hàng online": Occupation.TRADER,
    "Nhân viên văn phòng": Occupation.OFFICE_WORKER,
    "Khác": Occupation.OTHER,
}
# The template's example row: flagged if it is left in the file.
EXAMPLE = {
    "full_name": "Nguyễn Thị Mẫu",
    "phone": "0912 345 678",
    "birth_year": "1985",
    "occupation": "Nông dân",
}


def label_key(text):
    """Compare headers and labels the way people type them: case, spaces and accents as NFC."""
    text = unicodedata.normalize("NFC", str(text)).replace("*", "")
    text = re.sub(r"\s*/\s*", " / ", text)
    return " ".join(text.split()).casefold()


class ImportFileError(ValueError):
    """The file as a whole cannot be read (not the problems of single rows)."""


@dataclass(frozen=True)
class Row:
    """One spreadsheet row as written, all strings; ``number`` as shown in the spreadsheet."""

    number: int
    full_name: str = ""
    phone: str = ""
    chapter_code: str = ""
    birth_year: str = ""
    occupation: str = ""

    def to_list(self):
        return [self.number, *(getattr(self, name) for name in FIELDS)]

    @classmethod
    def from_list(cls, values):
        number, *rest = values
        return cls(int(number), *(str(value) for value in rest))

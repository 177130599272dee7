"""Importing contest questions from the Excel template: read the workbook into rows, then say
row by row what is wrong before anything is saved (``check_rows``). The write is
``contests.bank_services.questions_import``, which checks again inside its transaction.

Pictures cannot travel in a spreadsheet, so the template holds single choice, multiple choice
and true/false questions; picture questions are authored in the editor.
"""

import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from contests.models import ContestQuestion, Difficulty
from courses.models import Topic
from lms.imports.files import cell_text
from lms.imports.format import label_key
from quizzes.blocks import QuestionStreamBlock

LETTERS = "ABCDEF"
FIELDS = ("kind", "topic", "difficulty", "prompt", *LETTERS, "right", "explanation")
# The template's headers (the union works in Vietnamese); English field names work too.
HEADERS = {
    "kind": "Loại câu hỏi",
    "topic": "Chủ đề",
    "difficulty": "Mức độ",
    "prompt": "Câu hỏi",
    **{letter: letter for letter in LETTERS},
    "right": "Đáp án đúng",
    "explanation": "Giải thích",
}
REQUIRED_FIELDS = ("kind", "topic", "prompt", "right")
KIND_LABELS = {
    "Một đáp án": "single_choice",
    "Nhiều đáp án": "multiple_choice",
    "Đúng/Sai": "true_false",
}
TOPIC_LABELS = {
    "Bán hàng online": Topic.SELLING,
    "An toàn tài khoản": Topic.SAFETY,
    "Mạng xã hội": Topic.SOCIAL,
    "Khác": Topic.OTHER,
}
DIFFICULTY_LABELS = {"Dễ": Difficulty.EASY, "Trung bình": Difficulty.MEDIUM, "Khó": Difficulty.HARD}
TRUE_WORDS = {"đúng", "đ", "true", "t"}
FALSE_WORDS = {"sai", "s", "false", "f"}
# The template's example rows: flagged if they are left in the file.
EXAMPLES = (
    (
        "Một đáp án",
        "An toàn tài khoản",
        "Dễ",
        "Ai được biết mã OTP ngân hàng của chị?",
        "Nhân viên ngân hàng gọi đến",
        "Người thân trong nhà",
        "Không ai cả",
        "",
        "",
        "",
        "C",
        "Mã OTP chỉ mình chị biết. Ngân hàng không bao giờ hỏi mã OTP.",
    ),
    (
        "Nhiều đáp án",
        "Bán hàng online",
        "Trung bình",
        "Khách hỏi mua hàng, chị nên ghi rõ những gì trong bài đăng?",
        "Giá bán",
        "Phí giao hàng",
        "Mật khẩu Zalo của chị",
        "Cách đổi trả",
        "",
        "",
        "A, B, D",
        "Giá, phí giao và cách đổi trả rõ ràng giúp khách tin chị.",
    ),
    (
        "Đúng/Sai",
        "Mạng xã hội",
        "Dễ",
        "Nên bấm vào đường link lạ được gửi trong nhóm Zalo để xem quà tặng.",
        "",
        "",
        "",
        "",
        "",
        "",
        "Sai",
        "Link lạ có thể lấy mất tài khoản của chị.",
    ),
)
EXAMPLE_PROMPTS = {example[3] for example in EXAMPLES}

MAX_ROWS = 500
MAX_UNPACKED_SIZE = 20 * 1024 * 1024
PROMPT_LENGTH, CHOICE_LENGTH, EXPLANATION_LENGTH = 500, 300, 1000

HEADER_KEYS = {label_key(label): name for name, label in HEADERS.items()} | {
    label_key(name): name for name in FIELDS
}
KIND_KEYS = {label_key(label): kind for label, kind in KIND_LABELS.items()} | {
    "single_choice": "single_choice",
    "single": "single_choice",
    "multiple_choice": "multiple_choice",
    "multiple": "multiple_choice",
    "true_false": "true_false",
    "true / false": "true_false",
    "đúng / sai": "true_false",
}
TOPIC_KEYS = {label_key(label): value.value for label, value in TOPIC_LABELS.items()} | {
    value: value for value in Topic.values
}
DIFFICULTY_KEYS = {label_key(label): value.value for label, value in DIFFICULTY_LABELS.items()} | {
    value: value for value in Difficulty.values
}


class ImportFileError(ValueError):
    """The file as a whole cannot be read (not the problems of single rows)."""


@dataclass(frozen=True)
class Row:
    """One spreadsheet row as written, all strings; ``number`` as shown in the spreadsheet."""

    number: int
    values: dict

    def __getattr__(self, name):
        if name in FIELDS:
            return self.values.get(name, "")
        raise AttributeError(name)

    @property
    def choices(self):
        return [self.values.get(letter, "") for letter in LETTERS]

    def to_list(self):
        return [self.number, *(self.values.get(name, "") for name in FIELDS)]

    @classmethod
    def from_list(cls, values):
        number, *rest = values
        return cls(int(number), dict(zip(FIELDS, (str(value) for value in rest), strict=True)))


@dataclass
class CheckedRow:
    row: Row
    problems: list = field(default_factory=list)
    kind: str = ""
    topic: str = ""
    difficulty: str = ""
    stream: list = field(default_factory=list)  # the question block as stored (raw JSON form)

    @property
    def number(self):
        return self.row.number

    @property
    def ok(self):
        return not self.problems

    def kind_label(self):
        return {kind: label for label, kind in KIND_LABELS.items()}.get(self.kind, self.row.kind)


@dataclass
class ImportPlan:
    rows: list

    @property
    def problem_rows(self):
        return [row for row in self.rows if row.problems]

    @property
    def good_rows(self):
        return [row for row in self.rows if not row.problems]

    @property
    def ok(self):
        return bool(self.rows) and not self.problem_rows


# Reading the workbook ------------------------------------------------------------------------


def read_xlsx(data):
    """Rows of an .xlsx file's first sheet (bytes), numbered as Excel shows them."""
    from openpyxl import load_workbook

    if not data.startswith(b"PK"):
        raise ImportFileError(_("This file is not an Excel (.xlsx) file."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged file can fail anywhere inside zipfile/openpyxl
        raise ImportFileError(
            _("We could not open this Excel file. Save it again as .xlsx and retry.")
        ) from exc
    if unpacked > MAX_UNPACKED_SIZE:
        workbook.close()
        raise ImportFileError(
            _("This Excel file holds too much data. Split it into smaller files.")
        )
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        return _rows_from_table(
            [cell_text(value) for value in values] for values in sheet.iter_rows(values_only=True)
        )
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            _("We could not read this Excel file. Save it again as .xlsx and retry.")
        ) from exc
    finally:
        workbook.close()


def _rows_from_table(table):
    columns = None
    rows = []
    for number, cells in enumerate(table, start=1):
        if not any(cells):
            continue
        if columns is None:
            columns = _columns(cells)
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(count)s questions. Split it into smaller files.")
                % {"count": MAX_ROWS}
            )
        values = {
            name: cells[index] if index < len(cells) else "" for name, index in columns.items()
        }
        if any(values.values()):
            rows.append(Row(number, values))
    if columns is None:
        raise ImportFileError(_("The file is empty."))
    if not rows:
        raise ImportFileError(_("The file has a header row but no questions."))
    return rows


def _columns(header):
    columns = {}
    for index, text in enumerate(header):
        name = HEADER_KEYS.get(label_key(text))
        if name and name not in columns:
            columns[name] = index
    missing = [HEADERS[name] for name in REQUIRED_FIELDS if name not in columns]
    if missing:
        raise ImportFileError(
            _("The first row must name the columns. Missing: %(columns)s.")
            % {"columns": ", ".join(f"“{label}”" for label in missing)}
        )
    return columns


# Checking rows -------------------------------------------------------------------------------


def _normalised(text):
    return " ".join(str(text).split()).casefold()


def _right_letters(text):
    """ "A, C" / "A;C" / "AC" / "a c" -> ["A", "C"] (every letter kept, even wrong ones)."""
    cleaned = re.sub(r"[\s,;/+&]+", "", text.upper()).replace("VÀ", "")
    return list(dict.fromkeys(cleaned))


def _choice(text, correct):
    return {
        "type": "item",
        "id": str(uuid.uuid4()),
        "value": {"text": text, "correct": correct, "feedback": ""},
    }


def check_row(row):
    """Every problem of one row on its own (not yet against other rows or the bank)."""
    checked = CheckedRow(row)
    problems = checked.problems
    kind = KIND_KEYS.get(label_key(row.kind))
    if not kind:
        problems.append(
            _("Type “%(value)s” is not one of: %(allowed)s.")
            % {"value": row.kind or "—", "allowed": ", ".join(KIND_LABELS)}
        )
    topic = TOPIC_KEYS.get(label_key(row.topic))
    if not topic:
        problems.append(
            _("Topic “%(value)s” is not one of: %(allowed)s.")
            % {"value": row.topic or "—", "allowed": ", ".join(TOPIC_LABELS)}
        )
    difficulty = DIFFICULTY_KEYS.get(label_key(row.difficulty)) if row.difficulty else "medium"
    if not difficulty:
        problems.append(
            _("Difficulty “%(value)s” is not one of: %(allowed)s.")
            % {"value": row.difficulty, "allowed": ", ".join(DIFFICULTY_LABELS)}
        )
    if not row.prompt:
        problems.append(_("The question is empty."))
    elif len(row.prompt) > PROMPT_LENGTH:
        problems.append(
            _("The question is longer than %(count)s characters.") % {"count": PROMPT_LENGTH}
        )
    if row.prompt in EXAMPLE_PROMPTS:
        problems.append(_("This is the template's example: delete it or write your own question."))
    if len(row.explanation) > EXPLANATION_LENGTH:
        problems.append(
            _("The explanation is longer than %(count)s characters.")
            % {"count": EXPLANATION_LENGTH}
        )
    checked.kind, checked.topic, checked.difficulty = kind or "", topic or "", difficulty or ""
    value = {"prompt": row.prompt, "scenario": "", "image": None, "explanation": row.explanation}
    if kind == "true_false":
        _check_true_false(row, problems, value)
    elif kind:
        _check_choices(row, kind, problems, value)
    if not problems:
        checked.stream = [{"type": kind, "value": value, "id": str(uuid.uuid4())}]
        problems.extend(_block_problems(checked.stream))
    return checked


def _check_true_false(row, problems, value):
    if any(row.choices):
        problems.append(_("A true/false question has no choices A to F: leave them empty."))
    right = label_key(row.right)
    if right in TRUE_WORDS:
        value["answer"] = "true"
    elif right in FALSE_WORDS:
        value["answer"] = "false"
    else:
        problems.append(_("For a true/false question the right answer is “Đúng” or “Sai”."))
    value["feedback_true"] = value["feedback_false"] = ""


def _check_choices(row, kind, problems, value):
    choices = row.choices
    filled = [letter for letter, text in zip(LETTERS, choices, strict=True) if text]
    last = max((LETTERS.index(letter) for letter in filled), default=-1)
    gaps = [letter for letter in LETTERS[: last + 1] if letter not in filled]
    if gaps:
        problems.append(
            _("Choice %(letter)s is empty but a later choice is filled: fill the choices in order.")
            % {"letter": gaps[0]}
        )
    if len(filled) < 2:
        problems.append(_("Give at least two choices (columns A and B)."))
    for letter, text in zip(LETTERS, choices, strict=True):
        if len(text) > CHOICE_LENGTH:
            problems.append(
                _("Choice %(letter)s is longer than %(count)s characters.")
                % {"letter": letter, "count": CHOICE_LENGTH}
            )
    right = _right_letters(row.right)
    if not right:
        problems.append(_("Write the right answer (a letter such as B, or letters such as A, C)."))
    for letter in right:
        if letter not in filled:
            problems.append(
                _("Right answer %(letter)s is not one of the choices.") % {"letter": letter}
            )
    if kind == "single_choice" and len(right) > 1:
        problems.append(
            _(
                "A question with one answer has exactly one right answer; this row gives "
                "%(count)s. Use “Nhiều đáp án” for several."
            )
            % {"count": len(right)}
        )
    if kind == "multiple_choice" and filled and set(filled) <= set(right):
        problems.append(_("Leave at least one choice that is not right."))
    value["choices"] = [
        _choice(text, letter in right)
        for letter, text in zip(LETTERS, choices, strict=True)
        if text
    ]
    if kind == "multiple_choice":
        value["partial_credit"] = True


def _block_problems(stream):
    """The question editor's own publish rules, as a last check (the rows above say more)."""
    block = QuestionStreamBlock(min_num=1, max_num=1)
    try:
        block.clean(block.to_python(stream))
    except ValidationError as error:
        return [_("The question is not valid: %(error)s") % {"error": "; ".join(error.messages)}]
    return []


def check_rows(rows):
    """The import plan: each row with its problems, including questions repeated in the file
    or already in the bank (the same wording), which would otherwise be imported twice."""
    checked = [check_row(row) for row in rows]
    first_row = {}
    for item in checked:
        key = _normalised(item.row.prompt)
        if not key:
            continue
        if key in first_row:
            item.problems.append(
                _("The same question as row %(number)s.") % {"number": first_row[key]}
            )
        else:
            first_row[key] = item.number
    in_bank = _prompts_in_bank(set(first_row))
    for item in checked:
        if _normalised(item.row.prompt) in in_bank:
            item.problems.append(_("This question is already in the bank."))
    return ImportPlan(checked)


def _prompts_in_bank(keys):
    """Which of these wordings the bank already holds (read once, not a query a row)."""
    if not keys:
        return set()
    found = set()
    for question in ContestQuestion.objects.only("question").iterator(chunk_size=500):
        key = _normalised(question.text)
        if key in keys:
            found.add(key)
    return found

"""Member import: read a spreadsheet into rows and find every problem before anything is written.

Two steps, both free of HTTP: ``read_file`` (in ``lms.imports.files``) turns an .xlsx or .csv
upload into ``Row``s (strings only, numbered as in the spreadsheet), ``plan_import`` checks them
against the database and the importer's scope and says, row by row, what would happen. The write
(``lms.imports.services``, run a batch at a time by ``lms.imports.jobs`` in the background)
plans again inside its transaction. The
columns, headers and labels they share are in ``lms.imports.format``; this module re-exports them.
"""

import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from core.iterables import batched
from lms.chapters.scope import can_see
from lms.imports.files import (
    HEADER_KEYS,
    MAX_ROWS,
    MAX_XLSX_UNPACKED_SIZE,
    cell_text,
    read_csv,
    read_file,
    read_xlsx,
)
from lms.imports.format import (
    EXAMPLE,
    FIELDS,
    HEADERS,
    OCCUPATION_LABELS,
    REQUIRED_FIELDS,
    ImportFileError,
    Row,
    label_key,
)
from lms.members.phones import InvalidPhoneNumber, format_phone, normalize_phone
from lms.models import Chapter, Occupation

__all__ = [
    "EXAMPLE",
    "FIELDS",
    "HEADERS",
    "HEADER_KEYS",
    "MAX_BIRTH_YEAR",
    "MAX_ROWS",
    "MAX_XLSX_UNPACKED_SIZE",
    "MIN_BIRTH_YEAR",
    "OCCUPATION_LABELS",
    "REQUIRED_FIELDS",
    "CheckedRow",
    "ImportFileError",
    "ImportPlan",
    "Problem",
    "Row",
    "cell_text",
    "check_rows",
    "plan_import",
    "read_csv",
    "read_file",
    "read_xlsx",
]

MIN_BIRTH_YEAR, MAX_BIRTH_YEAR = 1920, 2015
NAME_MAX_LENGTH = 150
LOOKUP_CHUNK = 900  # below SQLite's oldest limit of 999 parameters per query

EXAMPLE_PHONE = normalize_phone(EXAMPLE["phone"])
OCCUPATION_KEYS = {label_key(label): value.value for label, value in OCCUPATION_LABELS.items()} | {
    label_key(value): value for value in Occupation.values
}


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


@dataclass
class CheckedRow:
    row: Row
    full_name: str = ""
    phone: str | None = None
    chapter: Chapter | None = None
    birth_year: int | None = None
    occupation: str = ""
    existing: dict | None = None  # {"user_id", "chapter_id", "full_name", ...} of her member
    moves_from: Chapter | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def number(self):
        return self.row.number

    @property
    def ok(self):
        return not self.problems

    @property
    def shown_phone(self):
        return format_phone(self.phone) if self.phone else self.row.phone

    @property
    def is_new(self):
        return self.ok and self.existing is None

    @property
    def is_update(self):
        return self.ok and self.existing is not None

    def add(self, code, message):
        self.problems.append(Problem(code, message))


@dataclass
class ImportPlan:
    rows: list[CheckedRow]

    @property
    def new_count(self):
        return sum(1 for row in self.rows if row.is_new)

    @property
    def update_count(self):
        return sum(1 for row in self.rows if row.is_update)

    @property
    def move_count(self):
        return sum(1 for row in self.rows if row.ok and row.moves_from is not None)

    @property
    def problem_rows(self):
        return [row for row in self.rows if row.problems]

    @property
    def problem_count(self):
        return sum(1 for row in self.rows if row.problems)

    @property
    def ok(self):
        return bool(self.rows) and self.problem_count == 0


def plan_import(rows, *, user, lock=False):
    """What importing ``rows`` as ``user`` would do: two kinds of bulk lookup, then ``check_rows``.

    ``lock`` (inside the import's transaction) locks the accounts of the file's phone numbers.
    """
    codes = {row.chapter_code for row in rows if row.chapter_code}
    codes |= {code.lower() for code in codes}
    chapters = {}
    for chunk in batched(sorted(codes), LOOKUP_CHUNK):
        for chapter in Chapter.objects.filter(code__in=chunk):
            chapters[chapter.code] = chapter
    phones = set()
    for row in rows:
        try:
            phones.add(normalize_phone(row.phone))
        except InvalidPhoneNumber:
            pass
    accounts = {}
    user_model = get_user_model()
    for chunk in batched(sorted(phones), LOOKUP_CHUNK):
        found = user_model.objects.filter(phone__in=chunk)
        if lock:
            found = found.select_for_update(of=("self",))
        for account in found.values(
            "pk",
            "phone",
            "member__chapter_id",
            "member__full_name",
            "member__birth_year",
            "member__occupation",
        ):
            accounts[account["phone"]] = account
    known_ids = {chapter.pk for chapter in chapters.values()}
    other_ids = {
        account["member__chapter_id"]
        for account in accounts.values()
        if account["member__chapter_id"] not in known_ids | {None}
    }
    member_chapters = {chapter.pk: chapter for chapter in chapters.values()}
    if other_ids:
        member_chapters |= Chapter.objects.in_bulk(other_ids)
    return check_rows(
        rows,
        chapters=chapters,
        accounts=accounts,
        member_chapters=member_chapters,
        visible=lambda node: can_see(user, node),
    )


def check_rows(rows, *, chapters, accounts, member_chapters, visible):
    """Every problem of every row; no queries.

    ``chapters``: {code: Chapter}; ``accounts``: {phone: values of the user with that phone and
    her member}; ``member_chapters``: {id: Chapter} for the members' current chapters;
    ``visible(node)``: may the importer act there.
    """
    checked = []
    first_row_of_phone = {}
    for row in rows:
        result = CheckedRow(row)
        _check_name(row, result)
        _check_phone(row, result, first_row_of_phone)
        _check_chapter(row, result, chapters, visible)
        _check_birth_year(row, result)
        _check_occupation(row, result)
        _check_account(result, accounts, member_chapters, visible)
        if result.full_name == EXAMPLE["full_name"] and result.phone == EXAMPLE_PHONE:
            result.add("example_row", _("This is the template's example row: delete it."))
        checked.append(result)
    return ImportPlan(checked)


def _check_name(row, result):
    name = " ".join(row.full_name.split())
    if not name:
        result.add("missing_name", _("The full name is missing."))
    elif len(name) > NAME_MAX_LENGTH:
        result.add(
            "name_too_long",
            _("The full name is longer than %(max)s characters.") % {"max": NAME_MAX_LENGTH},
        )
    result.full_name = name


def _check_phone(row, result, first_row_of_phone):
    if not row.phone:
        result.add("bad_phone", _("The phone number is missing."))
        return
    try:
        result.phone = normalize_phone(row.phone)
    except InvalidPhoneNumber:
        result.add(
            "bad_phone",
            _("“%(phone)s” is not a Vietnamese phone number (for example 0912 345 678).")
            % {"phone": row.phone},
        )
        return
    first = first_row_of_phone.setdefault(result.phone, row.number)
    if first != row.number:
        result.add(
            "duplicate_phone",
            _("The same phone number is already on row %(row)s.") % {"row": first},
        )


def _check_chapter(row, result, chapters, visible):
    code = row.chapter_code.strip()
    if not code:
        result.add("missing_chapter", _("The chapter code is missing."))
        return
    chapter = chapters.get(code) or chapters.get(code.lower())
    if chapter is None:
        result.add(
            "unknown_chapter", _("There is no chapter with code “%(code)s”.") % {"code": code}
        )
    elif chapter.kind != Chapter.Kind.CHAPTER:
        result.add(
            "not_a_chapter",
            _("“%(code)s” is a %(level)s, not a chapter: members belong to a chapter.")
            % {"code": code, "level": chapter.get_kind_display().lower()},
        )
    elif not visible(chapter):
        result.add(
            "out_of_scope",
            _("You cannot add members to chapter “%(code)s”: it is not one of yours.")
            % {"code": code},
        )
    else:
        result.chapter = chapter


def _check_birth_year(row, result):
    text = row.birth_year.strip()
    if not text:
        return
    if re.fullmatch(r"\d{4}", text) and MIN_BIRTH_YEAR <= int(text) <= MAX_BIRTH_YEAR:
        result.birth_year = int(text)
        return
    result.add(
        "bad_birth_year",
        _("“%(year)s” is not a birth year between %(min)s and %(max)s.")
        % {"year": text, "min": MIN_BIRTH_YEAR, "max": MAX_BIRTH_YEAR},
    )


def _check_occupation(row, result):
    if not row.occupation.strip():
        return
    value = OCCUPATION_KEYS.get(label_key(row.occupation))
    if value is None:
        result.add(
            "unknown_occupation",
            _("We do not know the occupation “%(occupation)s”. Use one of: %(choices)s.")
            % {"occupation": row.occupation, "choices": ", ".join(OCCUPATION_LABELS)},
        )
    else:
        result.occupation = value


def _check_account(result, accounts, member_chapters, visible):
    account = accounts.get(result.phone) if result.phone else None
    if account is None:
        return
    if account["member__chapter_id"] is None:
        result.add(
            "phone_not_member",
            _("This phone number has an account that is not a member. Ask an administrator."),
        )
        return
    result.existing = {
        "user_id": account["pk"],
        "chapter_id": account["member__chapter_id"],
        "full_name": account["member__full_name"],
        "birth_year": account["member__birth_year"],
        "occupation": account["member__occupation"],
    }
    if result.chapter is None or account["member__chapter_id"] == result.chapter.pk:
        return
    current = member_chapters.get(account["member__chapter_id"])
    if current is None or not visible(current):
        # Say nothing about that chapter: it is not the importer's to see.
        result.add(
            "phone_in_other_chapter",
            _("This phone number belongs to a member of another chapter."),
        )
    else:
        result.moves_from = current

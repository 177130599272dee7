"""The dashboard's course switch and how rates are written: pure rules, hand-written cases."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation

from lms.dashboards.numbers import csv_percent, page_percent, xlsx_fraction
from lms.dashboards.selection import (
    ALL,
    CAMPAIGN,
    ONE,
    CourseChoice,
    order_courses,
    parse_choice,
    select_courses,
)

JAN, MAR = datetime.date(2027, 1, 31), datetime.date(2027, 3, 31)
# pk, tree path
A, B, C, D = (
    SimpleNamespace(pk=pk, path=path) for pk, path in ((1, "01"), (2, "02"), (3, "03"), (4, "04"))
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, CourseChoice(ALL)),
        ("", CourseChoice(ALL)),
        ("all", CourseChoice(ALL)),
        ("campaign", CourseChoice(CAMPAIGN)),
        ("12", CourseChoice(ONE, 12)),
        (" 12 ", CourseChoice(ONE, 12)),
        ("١٢", CourseChoice(ALL)),  # Arabic-Indic digits are no course id here
        ("-1", CourseChoice(ALL)),
        ("1.5", CourseChoice(ALL)),
        ("9" * 40, CourseChoice(ALL)),
        ("=HYPERLINK()", CourseChoice(ALL)),
    ],
)
def test_the_switch_reads_only_what_it_knows(value, expected):
    assert parse_choice(value) == expected


@pytest.mark.parametrize(
    "choice", [CourseChoice(ALL), CourseChoice(CAMPAIGN), CourseChoice(ONE, 7)]
)
def test_a_choice_writes_back_what_it_read(choice):
    assert parse_choice(choice.param) == choice


def test_campaign_courses_come_first_by_due_date_then_the_others_in_tree_order():
    assert order_courses([A, B, C, D], {3: MAR, 4: JAN}) == [D, C, A, B]
    assert order_courses([D, C, B, A], {}) == [A, B, C, D]


@pytest.mark.parametrize(
    ("choice", "expected_choice", "expected"),
    [
        (CourseChoice(ALL), CourseChoice(ALL), [C, A, B, D]),
        (CourseChoice(CAMPAIGN), CourseChoice(CAMPAIGN), [C]),
        (CourseChoice(ONE, 2), CourseChoice(ONE, 2), [B]),
        # a course that is not live (unpublished, deleted, someone else's id): every course
        (CourseChoice(ONE, 99), CourseChoice(ALL), [C, A, B, D]),
    ],
)
def test_the_switch_picks_among_the_live_courses(choice, expected_choice, expected):
    assert select_courses(choice, [A, B, C, D], {3: JAN}) == (expected_choice, expected)


def test_campaign_courses_where_no_campaign_applies_show_every_course():
    assert select_courses(CourseChoice(CAMPAIGN), [B, A], {}) == (CourseChoice(ALL), [A, B])
    # the campaign's only course is not live any more
    assert select_courses(CourseChoice(CAMPAIGN), [A], {3: JAN}) == (CourseChoice(ALL), [A])


@pytest.mark.parametrize(
    ("language", "expected"),
    [("vi", "14,3%"), ("en", "14.3%")],
)
def test_the_page_writes_a_rate_in_the_members_language(language, expected):
    with translation.override(language):
        assert page_percent(Decimal("14.3")) == expected
        assert page_percent(None) == "—"


@pytest.mark.parametrize("language", ["vi", "en", "ar"])
def test_csv_writes_a_rate_the_same_way_in_every_language(language):
    with translation.override(language):
        assert [
            csv_percent(v) for v in (Decimal("14.3"), Decimal("100.0"), Decimal("0.0"), None)
        ] == [
            "14.3",
            "100.0",
            "0.0",
            "",
        ]


def test_excel_gets_the_fraction_that_its_percent_format_shows():
    assert xlsx_fraction(Decimal("14.3")) == 0.143
    assert xlsx_fraction(Decimal("100.0")) == 1.0
    assert xlsx_fraction(None) is None

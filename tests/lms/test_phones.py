import pytest

from lms.members.phones import (
    InvalidPhoneNumber,
    format_phone,
    mask_phone,
    normalize_phone,
    phone_search_fragment,
)


@pytest.mark.parametrize(
    "raw",
    [
        "0912 345 678",
        "+84 912345678",
        "84912345678",
        "0912.345.678",
        "0084-912-345-678",
        "912345678",
    ],
)
def test_common_spellings_of_one_mobile_number_normalise_to_the_same_e164(raw):
    assert normalize_phone(raw) == "+84912345678"


def test_landline_with_area_code_is_accepted():
    assert normalize_phone("0235 3812 345") == "+842353812345"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "abc",
        "0123",
        "09123456789012",
        "+1 415 555 0100",
        "0012345678",
        None,
        "０９１２３４５６７８",
    ],
)
def test_text_that_is_not_a_vietnamese_number_is_refused(raw):
    with pytest.raises(InvalidPhoneNumber):
        normalize_phone(raw)


def test_numbers_are_shown_the_way_members_write_them():
    assert format_phone("+84912345678") == "0912 345 678"
    assert mask_phone("+84912345678") == "0912 *** 678"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("0912 345 678", "+84912345678"),
        ("+84 912.345.678", "+84912345678"),
        ("+84 912", "+84912"),
        ("0084-912-3", "+849123"),
        ("+84 0912 3", "+849123"),
        ("0912 34", "091234"),
        ("345 678", "345678"),
        ("678", "678"),
        ("67", None),
        ("Lan", None),
        ("0912 Lan", None),
        ("٣٤٥٦", None),  # Arabic-Indic digits are not in stored numbers
        ("", None),
    ],
)
def test_phone_search_fragment(typed, fragment):
    assert phone_search_fragment(typed) == fragment

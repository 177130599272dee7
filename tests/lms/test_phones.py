import pytest

from lms.members.phones import InvalidPhoneNumber, format_phone, mask_phone, normalize_phone


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

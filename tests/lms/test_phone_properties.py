"""Properties of the one phone normaliser, checked on many generated spellings (hypothesis)."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lms.members.phones import InvalidPhoneNumber, format_phone, mask_phone, normalize_phone

E164 = re.compile(r"^\+84(?:[35789]\d{8}|2\d{9})$")
DIGITS = "0123456789"

mobiles = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("35789"),
    st.text(DIGITS, min_size=8, max_size=8),
)
landlines = st.builds(lambda rest: "2" + rest, st.text(DIGITS, min_size=9, max_size=9))
nationals = st.one_of(mobiles, landlines)
# What people and spreadsheets put between digits: spaces (also no-break and tabs), dots,
# dashes, brackets, slashes.
separators = st.text(" .-\u00a0\t()/", max_size=2)

# Shared CI machines are slow at times: a slow example is not a failure.
NO_DEADLINE = settings(deadline=None)


@st.composite
def spellings(draw, national=None):
    """(national number, one way of writing it): a prefix, separators anywhere, outer spaces."""
    national = national or draw(nationals)
    # "+84 0912…": people often keep the trunk 0 after the country code.
    prefix = draw(
        st.sampled_from(["0", "+84", "84", "0084", "+84 ", "0084 ", "", "+84 0", "(+84) 0", "840"])
    )
    text = prefix
    for digit in national:
        text += draw(separators) + digit
    outer = draw(st.sampled_from(["", " ", "  ", "\u00a0", "\n"]))
    return national, outer + text + outer


@NO_DEADLINE
@given(spellings())
@example(("912345678", "0912 345 678"))
@example(("912345678", "+84 91-234-5678"))
@example(("912345678", "+84 0912 345 678"))
@example(("2353812345", "840 235 3812 345"))
@example(("2353812345", "(0235) 3812.345"))
def test_every_spelling_of_a_valid_number_gives_the_same_e164(case):
    national, text = case
    assert normalize_phone(text) == "+84" + national


@NO_DEADLINE
@given(st.data())
def test_two_spellings_of_one_number_are_the_same_member(data):
    national, first = data.draw(spellings())
    _, second = data.draw(spellings(national))
    assert normalize_phone(first) == normalize_phone(second)


@NO_DEADLINE
@given(st.one_of(st.text(), st.text(DIGITS + " +.-", max_size=20), spellings().map(lambda c: c[1])))
def test_normalise_is_idempotent_and_gives_e164_or_refuses(text):
    try:
        e164 = normalize_phone(text)
    except InvalidPhoneNumber:
        return
    assert E164.match(e164)
    assert normalize_phone(e164) == e164


@NO_DEADLINE
@given(
    st.one_of(
        st.none(),
        st.text(),
        st.integers(),
        st.floats(allow_nan=True),
        st.binary(max_size=20),
        st.lists(st.text(DIGITS), max_size=3),
        st.text("0123456789٠١٢٣٤٥٦٧٨٩０１２３４５６７８９+ ", max_size=16),
    )
)
@example("０９１２３４５６７８")  # full-width digits from a Vietnamese keyboard
@example("٠٩١٢٣٤٥٦٧٨")  # Arabic-Indic digits
@example("+84")
@example("0084")
@example("\x00")
def test_anything_that_is_not_a_number_raises_the_modules_own_error(value):
    try:
        e164 = normalize_phone(value)
    except InvalidPhoneNumber as error:
        assert isinstance(error, ValueError)  # callers may catch ValueError too
    else:
        assert E164.match(e164)


@NO_DEADLINE
@given(nationals)
def test_the_shown_form_reads_back_as_the_same_number(national):
    e164 = "+84" + national
    shown = format_phone(e164)
    assert shown.startswith("0")
    assert shown.replace(" ", "") == "0" + national
    assert "  " not in shown
    assert normalize_phone(shown) == e164


@NO_DEADLINE
@given(nationals)
def test_the_mask_shows_only_the_start_and_the_last_three_digits(national):
    e164 = "+84" + national
    shown = format_phone(e164)
    masked = mask_phone(e164)
    assert "***" in masked
    assert "  " not in masked
    head, tail = masked.split("***")
    head_digits = head.replace(" ", "")
    tail_digits = tail.replace(" ", "")
    assert ("0" + national).startswith(head_digits)
    assert national.endswith(tail_digits)
    assert len(tail_digits) == 3
    # At most 4 + 3 of the 10 or 11 digits are shown.
    assert len(head_digits) + len(tail_digits) <= 7
    assert masked != shown
    # The mask is not a number anyone could dial or sign in with.
    try:
        normalize_phone(masked)
    except InvalidPhoneNumber:
        pass
    else:
        raise AssertionError(f"{masked!r} reads as a phone number")

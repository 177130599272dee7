"""core.iterables: plain unit tests."""

import pytest

from core.iterables import batched


def test_batched_keeps_order_and_leaves_the_rest_in_a_shorter_last_batch():
    assert list(batched([5, 6, 7, 8, 9, 10, 11], 3)) == [(5, 6, 7), (8, 9, 10), (11,)]


def test_batched_reads_any_iterable_once():
    assert list(batched(iter("abcd"), 2)) == [("a", "b"), ("c", "d")]


def test_batched_of_nothing_is_no_batch():
    assert list(batched([], 500)) == []


def test_batched_refuses_a_size_below_one():
    with pytest.raises(ValueError):
        list(batched([1], 0))

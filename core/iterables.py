"""Splitting long lists of ids into batches, e.g. to keep ``pk__in`` below a database's limit
on query parameters or a bulk write's memory bounded.

``batched`` is Python 3.12's ``itertools.batched`` (tuples of at most ``size`` items, in
order); on Python 3.11 the same function is defined here.
"""

from itertools import islice

try:
    from itertools import batched
except ImportError:  # Python 3.11

    def batched(iterable, n):
        if n < 1:
            raise ValueError("n must be at least one")
        iterator = iter(iterable)
        while batch := tuple(islice(iterator, n)):
            yield batch


__all__ = ["batched"]

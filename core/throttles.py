"""Counting failures per key over a time window, in the cache every worker shares.

The counts live in the ``throttles`` cache (``settings.CACHES``): Redis when ``REDIS_URL`` is
set, the database in production without it (``lms/settings/production.py``), so that three
gunicorn workers do not each allow the limit. A per-process cache would multiply every limit
by the number of workers.
"""

from django.core.cache import caches

CACHE = "throttles"


def _cache():
    return caches[CACHE]


def counts(keys):
    """{key: failures counted in its window} for those of ``keys`` that have any."""
    return _cache().get_many(list(keys))


def count(key):
    return _cache().get(key, 0)


def hit(key, *, window):
    """Count one failure for ``key``; its window (seconds) starts at the first one."""
    cache = _cache()
    if cache.add(key, 1, window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, window)


class Throttled(Exception):  # noqa: N818 (named for what happened, like Http404)
    """Raised by a view when a throttle refuses her request; the site answers with its 429
    page (``lms.middleware.ThrottledMiddleware``). ``message``: what to tell her (translated),
    ``retry_after``: seconds until she may try again."""

    def __init__(self, message="", *, retry_after=None):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after

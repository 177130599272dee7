"""Sums of big nodes, kept for a few minutes.

Every dashboard sum reads per-unit counters, so its cost follows the chapters beneath the
node, not its members; at the top of the tree that is still every chapter of a nation (about
10,000 chapters: 0.3-0.8 s of week and course counters summed per request). Nobody needs the
nation's figures to the second, so for a node with ``SEN_BIG_NODE_CHAPTERS`` chapters or more
beneath it, the sums are computed once and kept in the default cache (Redis when there is one,
shared by every app server) for ``SEN_BIG_NODE_SECONDS``; the page says from when they are.
Smaller nodes, where a leader checks the effect of her own work, are always live.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from lms.models import Chapter


def is_big(node):
    """Whether ``node`` has ``SEN_BIG_NODE_CHAPTERS`` chapters or more beneath it (a chapter
    never is). The count (one indexed range of paths) is itself kept in the cache as long as
    the sums, so a page asks the database for it once per node every few minutes."""
    if node.kind == Chapter.Kind.CHAPTER:
        return False
    key = f"sen:big-node:chapters:{node.pk}:{node.path}"
    chapters = cache.get(key)
    if chapters is None:
        chapters = Chapter.objects.filter(
            path__startswith=node.path, kind=Chapter.Kind.CHAPTER
        ).count()
        cache.set(key, chapters, settings.SEN_BIG_NODE_SECONDS)
    return chapters >= settings.SEN_BIG_NODE_CHAPTERS


def remember(node, name, parts, compute):
    """``(compute(), None)`` for a small node; for a big one, ``(value, as_of)``: the value
    computed at ``as_of``, at most ``SEN_BIG_NODE_SECONDS`` ago. ``parts`` (course ids, dates)
    name what was asked; ``compute`` returns plain data (lists, dicts, numbers)."""
    if not is_big(node):
        return compute(), None
    digest = hashlib.sha256(repr(tuple(parts)).encode()).hexdigest()[:20]
    key = f"sen:big-node:{name}:{node.pk}:{node.path}:{digest}"
    kept = cache.get(key)
    if kept is not None:
        return kept
    kept = (compute(), timezone.now())
    cache.set(key, kept, settings.SEN_BIG_NODE_SECONDS)
    return kept


def oldest(*moments):
    """The earliest of the times sums were computed (None: all live)."""
    known = [moment for moment in moments if moment is not None]
    return min(known) if known else None

"""Who may see what. Every dashboard, export, member list and admin view asks these functions.

A person sees a node when its path starts with the path of a node where she is a chapter
leader or an official; a superuser sees everything.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404

from lms.models import Chapter, Role

SCOPED_KINDS = (Role.Kind.LEADER, Role.Kind.OFFICIAL)


def scope_paths(user):
    """The tree paths she may see beneath (empty for most members); None means everything."""
    if not user.is_authenticated:
        return []
    if user.is_superuser:
        return None
    cached = getattr(user, "_scope_paths", None)
    if cached is None:
        paths = sorted(path for kind, path in _role_paths(user) if kind in SCOPED_KINDS)
        # Drop paths already covered by a shorter one (official of a district and leader below).
        cached = [p for i, p in enumerate(paths) if not any(p.startswith(q) for q in paths[:i])]
        user._scope_paths = cached
    return cached


def _role_paths(user):
    """[(kind, node path)] of all her roles: one query per request, kept on the user."""
    cached = getattr(user, "_role_paths", None)
    if cached is None:
        cached = list(Role.objects.filter(user=user).values_list("kind", "node__path"))
        user._role_paths = cached
    return cached


def can_see(user, node):
    """May ``user`` see ``node`` (a Chapter) and everything beneath it?"""
    paths = scope_paths(user)
    if paths is None:
        return True
    return any(node.path.startswith(path) for path in paths)


def node_she_may_see(user, code):
    """The node of ``code`` if ``user`` may see it: 404 for an unknown code, 403 for a node
    outside her area (the check of every page addressed by a node's code)."""
    node = get_object_or_404(Chapter, code=code)
    if not can_see(user, node):
        raise PermissionDenied
    return node


def has_scope(user):
    paths = scope_paths(user)
    return paths is None or bool(paths)


def scope_filter(user, field="path"):
    """A Q limiting a queryset to what she may see; ``field`` is the path to filter on."""
    paths = scope_paths(user)
    if paths is None:
        return Q()
    if not paths:
        return Q(pk__in=[])
    query = Q()
    for path in paths:
        query |= Q(**{f"{field}__startswith": path})
    return query


def top_nodes(user):
    """The highest nodes she may see: where her dashboard starts."""
    paths = scope_paths(user)
    if paths is None:
        return list(Chapter.get_root_nodes())
    return list(Chapter.objects.filter(path__in=paths).order_by("path"))


CORRECTING_KINDS = (Role.Kind.TRAINER, Role.Kind.OFFICIAL)


def can_correct_progress(user, node):
    """May ``user`` take back lesson completions of the members of ``node`` (a Chapter)?

    Superusers, and trainers and officials holding a node above it or at it. Chapter leaders
    may not: her chapter's figures are what she is judged on.
    """
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return any(
        node.path.startswith(path) for kind, path in _role_paths(user) if kind in CORRECTING_KINDS
    )


ORGANISING_KINDS = (Role.Kind.LEADER, Role.Kind.OFFICIAL, Role.Kind.TRAINER)


def organising_paths(user):
    """The tree paths beneath which she may run training sessions (a leader, an official or a
    trainer holding a node): empty for most members; None means everywhere (superuser)."""
    if not user.is_authenticated:
        return []
    if user.is_superuser:
        return None
    paths = sorted(path for kind, path in _role_paths(user) if kind in ORGANISING_KINDS)
    return [p for i, p in enumerate(paths) if not any(p.startswith(q) for q in paths[:i])]


def can_organise(user, node):
    """May ``user`` run training sessions held at ``node`` (a Chapter) or invite it?"""
    paths = organising_paths(user)
    if paths is None:
        return True
    return any(node.path.startswith(path) for path in paths)


def organise_filter(user, field="path"):
    """A Q limiting a queryset to the nodes where she may run training sessions."""
    paths = organising_paths(user)
    if paths is None:
        return Q()
    if not paths:
        return Q(pk__in=[])
    query = Q()
    for path in paths:
        query |= Q(**{f"{field}__startswith": path})
    return query

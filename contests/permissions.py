"""Who may do what with contests (lms.chapters.scope).

- Setting up contests in the admin: officials, for nodes at or beneath their own, and
  superusers everywhere (``contest_policy``, registered from ``ContestsConfig.ready()``,
  before the admin viewsets are built).
- Live rankings: officials and chapter leaders whose node covers the contest's node see it
  all; those whose node lies beneath the contest's node see their own node and what is
  beneath it; superusers see everything. Anyone else sees only the public results page.
"""

from wagtail.permissions import register_permission_policy

from contests.models import Contest
from lms.chapters import scope
from lms.chapters.permissions import UnionPermissionPolicy
from lms.models import Chapter


class ContestPermissionPolicy(UnionPermissionPolicy):
    node_field = "node"
    official_actions = frozenset({"view", "add", "change", "delete"})


contest_policy = ContestPermissionPolicy(Contest)


def register_permission_policies():
    register_permission_policy(Contest, contest_policy)


def ranking_nodes(user, contest):
    """The highest units she may see the rankings of: [contest.node] when her scope covers
    it, else her own nodes beneath it (empty: she may not see the live rankings)."""
    node = contest.node
    if scope.can_see(user, node):
        return [node]
    paths = scope.scope_paths(user) or []
    beneath = [path for path in paths if path.startswith(node.path)]
    if not beneath:
        return []
    return list(Chapter.objects.filter(path__in=beneath).order_by("path"))


def may_see_unit(user, contest, unit):
    """May she see the rankings of ``unit`` (a Chapter) in this contest?"""
    return unit.path.startswith(contest.node.path) and scope.can_see(user, unit)

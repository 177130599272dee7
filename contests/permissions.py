"""Who may see a contest's live rankings, and from which unit (lms.chapters.scope).

Officials and chapter leaders whose node covers the contest's node see it all; those whose
node lies beneath the contest's node see their own node and what is beneath it; superusers
see everything. Anyone else sees only the public results page.
"""

from lms.chapters import scope
from lms.models import Chapter


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

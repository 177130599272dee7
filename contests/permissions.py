"""Who may set up contests in the admin: officials, for nodes at or beneath their own (the
scope of ``lms.chapters.scope``), and superusers everywhere. Registered from
``ContestsConfig.ready()``, before the admin viewsets are built."""

from wagtail.permissions import register_permission_policy

from contests.models import Contest
from lms.chapters.permissions import UnionPermissionPolicy


class ContestPermissionPolicy(UnionPermissionPolicy):
    node_field = "node"
    official_actions = frozenset({"view", "add", "change", "delete"})


contest_policy = ContestPermissionPolicy(Contest)


def register_permission_policies():
    register_permission_policy(Contest, contest_policy)

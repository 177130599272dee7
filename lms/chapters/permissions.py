"""Who may do what in the union admin: one permission policy per model, registered at
start-up (``LmsConfig.ready``) so that Wagtail's generic views, menu items and buttons all ask
them. They follow the viewer's roles through ``lms.chapters.scope`` rather than Django model
permissions:

- leaders and officials see, beneath their nodes, the members and the tree, edit members'
  details and run campaigns;
- officials also add, rename and move nodes strictly beneath their own nodes, move members
  between chapters and grant or revoke leader and official roles;
- superusers do all of this everywhere, and alone appoint trainers (who author every course).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from lms.chapters.memberships import PARENT_KIND, child_kind
from lms.chapters.scope import SCOPED_KINDS, can_see, has_scope, scope_filter, scope_paths
from lms.models import Campaign, Chapter, Member, Role


def is_official(user):
    """Does she hold an official role (cached on the user for the request)?

    Official actions then apply wherever she sees: someone who is an official in one district
    and a leader in another may also move members of the chapter she leads.
    """
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_lms_is_official", None)
    if cached is None:
        cached = Role.objects.filter(user=user, kind=Role.Kind.OFFICIAL).exists()
        user._lms_is_official = cached
    return cached


class UnionPermissionPolicy(BasePermissionPolicy):
    """Actions on a model whose objects sit at a node of the tree (``node_field``).

    ``scoped_actions`` are open to leaders and officials, ``official_actions`` to officials;
    superusers have both. On an object, the viewer must also see its node (``lms.chapters.scope``).
    """

    node_field = ""  # "" when the object is the node itself
    scoped_actions = frozenset()
    official_actions = frozenset()

    @property
    def path_field(self):
        return f"{self.node_field}__path" if self.node_field else "path"

    def node_of(self, instance):
        return getattr(instance, self.node_field) if self.node_field else instance

    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return action in self.scoped_actions | self.official_actions
        if action in self.scoped_actions and has_scope(user):
            return True
        return action in self.official_actions and is_official(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_see(user, self.node_of(instance))

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(scope_filter(user, field=self.path_field))

    def users_with_any_permission(self, actions):
        actions = set(actions)
        query = (
            Q(is_superuser=True) if actions & (self.scoped_actions | self.official_actions) else Q()
        )
        if actions & self.scoped_actions:
            query |= Q(roles__kind__in=SCOPED_KINDS)
        if actions & self.official_actions:
            query |= Q(roles__kind=Role.Kind.OFFICIAL)
        if not query:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(query, is_active=True).distinct()


class ChapterPermissionPolicy(UnionPermissionPolicy):
    """Nodes are never deleted here (members are protected); an official adds beneath any node
    she sees but renames and moves only nodes strictly beneath her own, never her own node."""

    scoped_actions = frozenset({"view"})
    official_actions = frozenset({"add", "change", "move"})

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        if action == "move" and instance.kind not in PARENT_KIND:
            return False
        if action in {"change", "move"} and not user.is_superuser:
            return instance.path not in scope_paths(user)
        return True

    def user_can_add_beneath(self, user, parent):
        """May she add a node beneath ``parent`` (None: a province at the top)?"""
        if not self.user_has_permission(user, "add") or child_kind(parent) is None:
            return False
        if parent is None:
            return user.is_superuser
        return can_see(user, parent)


class MemberPermissionPolicy(UnionPermissionPolicy):
    """Members join through invitations and imports: here they are edited and moved only."""

    node_field = "chapter"
    scoped_actions = frozenset({"view", "change"})
    official_actions = frozenset({"move"})


class RolePermissionPolicy(UnionPermissionPolicy):
    """Roles are granted and revoked, never edited, and only trainers' by a superuser."""

    node_field = "node"
    official_actions = frozenset({"view", "add", "delete"})

    def user_has_permission_for_instance(self, user, action, instance):
        if instance.kind == Role.Kind.TRAINER and action == "delete" and not user.is_superuser:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


class CampaignPermissionPolicy(UnionPermissionPolicy):
    node_field = "node"
    scoped_actions = frozenset({"view", "add", "change", "delete"})


chapter_policy = ChapterPermissionPolicy(Chapter)
member_policy = MemberPermissionPolicy(Member)
role_policy = RolePermissionPolicy(Role)
campaign_policy = CampaignPermissionPolicy(Campaign)


def register_permission_policies():
    """Called once from ``LmsConfig.ready()``, before any admin viewset is built."""
    register_permission_policy(Chapter, chapter_policy)
    register_permission_policy(Member, member_policy)
    register_permission_policy(Role, role_policy)
    register_permission_policy(Campaign, campaign_policy)

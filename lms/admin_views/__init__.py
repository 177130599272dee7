"""Views of the union admin, wired up by the viewsets in lms/viewsets.py.

Wagtail's generic views with two additions: a listing starts from the objects the viewer may
act on (the permission policy's queryset, ``lms.scope`` underneath), and an object view refuses
an object outside her scope (PermissionDenied, which the admin shows as a message on the
dashboard). State changes go through ``lms.memberships``, which writes the log entries.
"""

from lms.admin_views.base import ScopedHistoryView
from lms.admin_views.campaigns import (
    CampaignCreateView,
    CampaignDeleteView,
    CampaignEditView,
    CampaignIndexView,
)
from lms.admin_views.chapters import (
    ChapterCreateView,
    ChapterEditView,
    ChapterIndexView,
    ChapterMoveView,
)
from lms.admin_views.members import MemberEditView, MemberIndexView, MemberMoveView
from lms.admin_views.roles import RoleGrantView, RoleIndexView, RoleRevokeView

__all__ = [
    "CampaignCreateView",
    "CampaignDeleteView",
    "CampaignEditView",
    "CampaignIndexView",
    "ChapterCreateView",
    "ChapterEditView",
    "ChapterIndexView",
    "ChapterMoveView",
    "MemberEditView",
    "MemberIndexView",
    "MemberMoveView",
    "RoleGrantView",
    "RoleIndexView",
    "RoleRevokeView",
    "ScopedHistoryView",
]

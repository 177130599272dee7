"""The union admin (menu "Union"): chapters, members, roles and campaigns, scoped to the tree.

Who may do what is decided by the permission policies of ``lms.chapters.permissions``.
"""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lms.campaigns.admin_views import (
    CampaignCreateView,
    CampaignDeleteView,
    CampaignEditView,
    CampaignIndexView,
)
from lms.campaigns.forms import CampaignForm
from lms.chapters.admin_forms import ChapterForm, MemberForm, RoleGrantForm
from lms.chapters.admin_views.base import ScopedHistoryView
from lms.chapters.admin_views.chapters import (
    ChapterCreateView,
    ChapterEditView,
    ChapterIndexView,
    ChapterMoveView,
)
from lms.chapters.admin_views.members import MemberEditView, MemberIndexView, MemberMoveView
from lms.chapters.admin_views.roles import RoleGrantView, RoleIndexView, RoleRevokeView
from lms.models import Campaign, Chapter, Member, Role


class UnionViewSet(ModelViewSet):
    """What the four viewsets share: no copy or usage views (nothing refers to these objects
    through the reference index, and keeping them out of it saves work on every member signup),
    object history scoped like the rest, and no model permissions offered on the group screens
    since the policies above do not read them."""

    add_to_reference_index = False
    copy_view_enabled = False
    history_view_class = ScopedHistoryView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(usage_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "usage"]

    def get_permissions_to_register(self):
        return Permission.objects.none()

    def get_form_class(self, for_update=False):
        return self.form_class


class ChapterViewSet(UnionViewSet):
    model = Chapter
    name = "union_chapters"
    url_prefix = "union/chapters"
    icon = "folder-open-inverse"
    menu_label = _("Chapters")
    form_class = ChapterForm
    index_view_class = ChapterIndexView
    add_view_class = ChapterCreateView
    edit_view_class = ChapterEditView
    move_view_class = ChapterMoveView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            browse_url_name=self.get_url_name("browse"),
            add_child_url_name=self.get_url_name("add_child"),
            move_url_name=self.get_url_name("move"),
            members_url_name=MemberViewSet.name + ":index",
            **kwargs,
        )

    @cached_property
    def move_view(self):
        return self.construct_view(self.move_view_class)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("browse/<int:parent_pk>/", self.index_view, name="browse"),
            path("new/<int:parent_pk>/", self.add_view, name="add_child"),
            path("move/<int:pk>/", self.move_view, name="move"),
        ]


class MemberViewSet(UnionViewSet):
    model = Member
    name = "union_members"
    url_prefix = "union/members"
    icon = "user"
    menu_label = _("Members")
    form_class = MemberForm
    index_view_class = MemberIndexView
    edit_view_class = MemberEditView
    move_view_class = MemberMoveView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(move_url_name=self.get_url_name("move"), **kwargs)

    @cached_property
    def move_view(self):
        return self.construct_view(self.move_view_class)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"move/<{self.pk_path_converter}:pk>/", self.move_view, name="move"),
        ]


class RoleViewSet(UnionViewSet):
    model = Role
    name = "union_roles"
    url_prefix = "union/roles"
    icon = "key"
    menu_label = _("Roles")
    form_class = RoleGrantForm
    index_view_class = RoleIndexView
    add_view_class = RoleGrantView
    delete_view_class = RoleRevokeView


class CampaignViewSet(UnionViewSet):
    model = Campaign
    name = "union_campaigns"
    url_prefix = "union/campaigns"
    icon = "date"
    menu_label = _("Campaigns")
    form_class = CampaignForm
    index_view_class = CampaignIndexView
    add_view_class = CampaignCreateView
    edit_view_class = CampaignEditView
    delete_view_class = CampaignDeleteView


class UnionViewSetGroup(ViewSetGroup):
    menu_label = _("Union")
    menu_icon = "group"
    menu_order = 150
    items = (ChapterViewSet, MemberViewSet, RoleViewSet, CampaignViewSet)

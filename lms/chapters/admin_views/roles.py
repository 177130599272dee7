"""Grant and revoke leader, official and trainer roles (lms.chapters.memberships writes the log)."""

import django_filters
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic

from lms.chapters import memberships
from lms.chapters.admin_views.base import (
    NodeFilter,
    PhoneMixin,
    ScopedIndexMixin,
    ScopedObjectMixin,
    TitleButtonsColumn,
    search_people,
)
from lms.models import Role


class RoleFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Role"), choices=Role.Kind.choices)
    node = NodeFilter(label=_("Node"), path_field="node__path")

    class Meta:
        model = Role
        fields = []


class RoleIndexView(PhoneMixin, ScopedIndexMixin, generic.IndexView):
    """Roles held at her nodes and beneath them, with a revoke link for each she may revoke."""

    filterset_class = RoleFilterSet
    search_fields = ["user__member__full_name"]
    default_ordering = "-granted_at"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user__member", "node")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search_people(
            queryset,
            self.search_query,
            user_field="user__",
            name_fields=["user__member__full_name", "user__first_name", "user__last_name"],
        )

    @cached_property
    def columns(self):
        return [
            TitleButtonsColumn(
                "person",
                label=capfirst(Role._meta.get_field("user").verbose_name),
                accessor=lambda role: memberships.person_label(role.user),
                get_buttons=self.get_list_buttons,
            ),
            Column("phone", label=_("Phone number"), accessor=self.role_phone),
            Column("kind", label=_("Role"), accessor="get_kind_display", sort_key="kind"),
            Column("node", label=_("Node"), accessor="node", sort_key="node__path"),
            Column("granted_at", label=_("Granted at"), sort_key="granted_at"),
        ]

    def role_phone(self, role):
        member = getattr(role.user, "member", None)
        return self.shown_phone(role.user, member.chapter_id if member else None)

    @cached_property
    def add_item_label(self):
        return gettext("Grant a role")

    def get_list_more_buttons(self, instance):
        if delete_url := self.get_delete_url(instance):
            return [MenuItem(gettext("Revoke"), url=delete_url, icon_name="bin", priority=30)]
        return []


class RoleGrantView(generic.CreateView):
    page_title = _("Grant a role")
    submit_button_label = _("Grant")
    submit_button_active_label = _("Granting…")

    def get_page_subtitle(self):
        return ""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Role._meta.verbose_name_plural),
            },
            {"url": "", "label": gettext("Grant a role")},
        ]

    def save_instance(self):
        data = self.form.cleaned_data
        return memberships.role_grant(
            user=self.form.instance.user,
            node=data["node"],
            kind=data["kind"],
            granted_by=self.request.user,
        )

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:  # granted by someone else in the meantime
            form.add_error(None, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)

    def get_success_message(self, instance):
        return gettext("%(person)s: %(role)s granted.") % {
            "person": memberships.person_label(instance.user),
            "role": instance,
        }

    def get_success_buttons(self):
        return []


class RoleRevokeView(ScopedObjectMixin, generic.DeleteView):
    template_name = "lms/admin/confirm_revoke.html"
    page_title = _("Revoke role")

    def get_queryset(self):
        return Role.objects.select_related("user__member", "node")

    @property
    def confirmation_message(self):
        return gettext("Revoke the role %(role)s from %(person)s?") % {
            "role": self.object,
            "person": memberships.person_label(self.object.user),
        }

    def get_success_message(self):
        return gettext("%(person)s: %(role)s revoked.") % {
            "person": memberships.person_label(self.object.user),
            "role": self.object,
        }

    def delete_action(self):
        memberships.role_revoke(role=self.object, revoked_by=self.request.user)

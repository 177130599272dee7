"""Members beneath her nodes: list, search, edit, move to another chapter."""

import django_filters
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button

from lms.chapters import memberships
from lms.chapters.admin_forms import MemberMoveForm
from lms.chapters.admin_views.base import (
    BaseMoveView,
    NodeFilter,
    PhoneMixin,
    ScopedIndexMixin,
    ScopedObjectMixin,
    search_people,
)
from lms.chapters.scope import can_correct_progress
from lms.models import Member, Occupation


class MemberFilterSet(WagtailFilterSet):
    chapter = NodeFilter(label=_("Chapter"), path_field="chapter__path")
    occupation = django_filters.ChoiceFilter(label=_("Occupation"), choices=Occupation.choices)

    class Meta:
        model = Member
        fields = []


class MemberIndexView(PhoneMixin, ScopedIndexMixin, generic.IndexView):
    """Members beneath her nodes: search by name or phone, filter by node and occupation."""

    move_url_name = None
    filterset_class = MemberFilterSet
    search_fields = ["full_name"]
    default_ordering = "full_name"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "chapter")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search_people(
            queryset, self.search_query, user_field="user__", name_fields=["full_name"]
        )

    @cached_property
    def list_display(self):
        return [
            "full_name",
            Column(
                "phone",
                label=_("Phone number"),
                accessor=lambda member: self.shown_phone(member.user, member.chapter_id),
            ),
            "chapter",
            "occupation",
            "joined_at",
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_correct_progress(self.request.user, instance.chapter):
            buttons.append(
                MenuItem(
                    gettext("Learning record"),
                    url=reverse("lms_member_progress", args=(quote(instance.pk),)),
                    icon_name="tasks",
                    priority=20,
                )
            )
        if self.user_has_permission_for_instance("move", instance):
            buttons.append(
                MenuItem(
                    gettext("Move to another chapter"),
                    url=reverse(self.move_url_name, args=(quote(instance.pk),)),
                    icon_name="arrow-right",
                    priority=15,
                )
            )
        return buttons


class MemberEditView(PhoneMixin, ScopedObjectMixin, generic.EditView):
    """Her name, birth year and occupation; her chapter changes through the move view."""

    move_url_name = None

    def get_queryset(self):
        return Member.objects.select_related("user", "chapter")

    def get_page_subtitle(self):
        phone = self.shown_phone(self.object.user, self.object.chapter_id)
        return f"{self.object} · {phone} · {self.object.chapter}"

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_correct_progress(self.request.user, self.object.chapter):
            buttons.append(
                Button(
                    gettext("Learning record"),
                    url=reverse("lms_member_progress", args=(quote(self.object.pk),)),
                    icon_name="tasks",
                    priority=20,
                )
            )
        if self.user_has_permission_for_instance("move", self.object):
            buttons.append(
                Button(
                    gettext("Move to another chapter"),
                    url=reverse(self.move_url_name, args=(quote(self.object.pk),)),
                    icon_name="arrow-right",
                    priority=15,
                )
            )
        return buttons


class MemberMoveView(BaseMoveView):
    form_class = MemberMoveForm
    page_title = _("Move to another chapter")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "member": self.object}

    def current_place(self):
        return self.object.chapter

    def move(self, form):
        chapter = form.cleaned_data["chapter"]
        memberships.member_move(member=self.object, chapter=chapter, user=self.request.user)
        message = gettext("%(member)s moved to %(chapter)s.") % {
            "member": self.object,
            "chapter": chapter,
        }
        return message, reverse(self.index_url_name)

"""Browse the union tree with members counted beneath each node; add, rename and move nodes."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button

from lms.chapters import memberships
from lms.chapters.admin_forms import ChapterMoveForm
from lms.chapters.admin_views.base import (
    BaseMoveView,
    ScopedIndexMixin,
    ScopedObjectMixin,
    TitleButtonsColumn,
)
from lms.chapters.scope import can_see, scope_filter, scope_paths
from lms.dashboards.reports import ancestor_paths
from lms.models import Chapter, Member

Kind = Chapter.Kind
ADD_LABELS = {
    Kind.PROVINCE: _("Add a province"),
    Kind.DISTRICT: _("Add a district"),
    Kind.COMMUNE: _("Add a commune"),
    Kind.CHAPTER: _("Add a chapter"),
}


def member_counts(nodes):
    """{node pk: members beneath it} for nodes that do not contain one another, by one
    grouped query (members per chapter path, added up by the node each path lies beneath)."""
    if not nodes:
        return {}
    pk_by_path = {node.path: node.pk for node in nodes}
    lengths = sorted({len(node_path) for node_path in pk_by_path})
    beneath = Q()
    for node_path in pk_by_path:
        beneath |= Q(chapter__path__startswith=node_path)
    counts = dict.fromkeys(pk_by_path.values(), 0)
    rows = Member.objects.filter(beneath).values("chapter__path").annotate(n=Count("pk"))
    for row in rows.order_by():
        for length in lengths:
            pk = pk_by_path.get(row["chapter__path"][:length])
            if pk is not None:
                counts[pk] += row["n"]
                break
    return counts


def visible_ancestors(user, node):
    """The nodes above ``node`` that she may open, top first."""
    return list(
        Chapter.objects.filter(scope_filter(user), path__in=ancestor_paths(node.path)[:-1])
        .order_by("path")
        .only("pk", "name", "path")
    )


class ChapterBreadcrumbsMixin:
    browse_url_name = None

    def get_browse_url(self, node):
        return reverse(self.browse_url_name, args=(node.pk,))

    def tree_breadcrumbs(self, node, *, include_node=True):
        """Chapters > the nodes above ``node`` that she may open > ``node``."""
        items = [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Chapter._meta.verbose_name_plural),
            },
        ]
        if node is None:
            return items
        above = visible_ancestors(self.request.user, node)
        if include_node:
            above.append(node)
        items.extend({"url": self.get_browse_url(n), "label": str(n)} for n in above)
        return items


class ChapterIndexView(ChapterBreadcrumbsMixin, ScopedIndexMixin, generic.IndexView):
    """Her top nodes, or the children of one node, with the members beneath each."""

    add_child_url_name = None
    move_url_name = None
    members_url_name = None
    default_ordering = "name"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.parent = None
        if "parent_pk" in kwargs:
            self.parent = get_object_or_404(Chapter, pk=kwargs["parent_pk"])
            if not can_see(request.user, self.parent):
                raise PermissionDenied

    def get_base_queryset(self):
        if self.parent is not None:
            return self.parent.get_children()
        paths = scope_paths(self.request.user)
        if paths is None:
            return Chapter.get_root_nodes()
        return Chapter.objects.filter(path__in=paths)

    @cached_property
    def columns(self):
        return [
            TitleButtonsColumn(
                "name",
                label=capfirst(Chapter._meta.get_field("name").verbose_name),
                sort_key="name",
                get_url=self.get_open_url,
                get_buttons=self.get_list_buttons,
            ),
            Column("kind", label=_("Level"), accessor="get_kind_display"),
            Column("code", label=capfirst(Chapter._meta.get_field("code").verbose_name)),
            NumberColumn("member_count", label=_("Members")),
        ]

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        nodes = list(object_list)
        counts = member_counts(nodes)
        for node in nodes:
            node.member_count = counts[node.pk]
        page.object_list = nodes
        return paginator, page, nodes, is_paginated

    def get_members_url(self, node):
        return f"{reverse(self.members_url_name)}?chapter={node.pk}"

    def get_open_url(self, node):
        if node.kind == Kind.CHAPTER:
            return self.get_members_url(node)
        return self.get_browse_url(node)

    def node_buttons(self, node, *, menu_item_class):
        policy, user = self.permission_policy, self.request.user
        buttons = []
        if policy.user_can_add_beneath(user, node):
            buttons.append(
                menu_item_class(
                    ADD_LABELS[memberships.child_kind(node)],
                    url=reverse(self.add_child_url_name, args=(node.pk,)),
                    icon_name="plus",
                    priority=20,
                )
            )
        if edit_url := self.get_edit_url(node):
            buttons.append(
                menu_item_class(gettext("Edit"), url=edit_url, icon_name="edit", priority=30)
            )
        if policy.user_has_permission_for_instance(user, "move", node):
            buttons.append(
                menu_item_class(
                    gettext("Move"),
                    url=reverse(self.move_url_name, args=(node.pk,)),
                    icon_name="arrow-right",
                    priority=40,
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        members = MenuItem(
            gettext("Members"), url=self.get_members_url(instance), icon_name="user", priority=10
        )
        return [members, *self.node_buttons(instance, menu_item_class=MenuItem)]

    def get_add_url(self):
        if not self.permission_policy.user_can_add_beneath(self.request.user, self.parent):
            return None
        if self.parent is None:
            return reverse(self.add_url_name)
        return reverse(self.add_child_url_name, args=(self.parent.pk,))

    @cached_property
    def add_item_label(self):
        return ADD_LABELS.get(memberships.child_kind(self.parent), "")

    @cached_property
    def header_more_buttons(self):
        if self.parent is None:
            return []
        # The parent's own actions, except adding beneath it (the main header button).
        return [
            button
            for button in self.node_buttons(self.parent, menu_item_class=Button)
            if button.url != self.add_url
        ]

    def get_index_url(self):
        if self.parent is not None:
            return self.get_browse_url(self.parent)
        return super().get_index_url()

    def get_page_subtitle(self):
        return str(self.parent) if self.parent else ""

    def get_breadcrumbs_items(self):
        if self.parent is None:
            return super().get_breadcrumbs_items()
        items = self.tree_breadcrumbs(self.parent, include_node=False)
        items.append(
            {"url": "", "label": str(self.parent), "sublabel": self.parent.get_kind_display()}
        )
        return items

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.add_url:
            context["can_add"] = False
            for key in ("add_url", "header_action_url", "header_action_label"):
                context.pop(key, None)
        context["parent"] = self.parent
        return context


class ChapterCreateView(ChapterBreadcrumbsMixin, generic.CreateView):
    """A node beneath ``parent_pk`` (its kind follows the parent), or a province at the top."""

    add_child_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        parent_pk = kwargs.get("parent_pk")
        self.parent = get_object_or_404(Chapter, pk=parent_pk) if parent_pk else None
        if not self.permission_policy.user_can_add_beneath(request.user, self.parent):
            raise PermissionDenied
        self.kind = memberships.child_kind(self.parent)

    def get_add_url(self):
        if self.parent is None:
            return reverse(self.add_url_name)
        return reverse(self.add_child_url_name, args=(self.parent.pk,))

    def get_page_subtitle(self):
        return Kind(self.kind).label

    def get_breadcrumbs_items(self):
        items = self.tree_breadcrumbs(self.parent)
        items.append({"url": "", "label": ADD_LABELS[self.kind]})
        return items

    def save_instance(self):
        data = self.form.cleaned_data
        return memberships.chapter_add(
            parent=self.parent, name=data["name"], code=data["code"], user=self.request.user
        )

    def get_success_url(self):
        if self.parent is not None:
            return self.get_browse_url(self.parent)
        return reverse(self.index_url_name)


class ChapterEditView(ChapterBreadcrumbsMixin, ScopedObjectMixin, generic.EditView):
    """Rename a node (name and code); its place changes through the move view."""

    move_url_name = None

    def get_breadcrumbs_items(self):
        items = self.tree_breadcrumbs(self.object, include_node=False)
        items.append({"url": "", "label": str(self.object), "sublabel": gettext("Edit")})
        return items

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.user_has_permission_for_instance("move", self.object):
            buttons.append(
                Button(
                    gettext("Move"),
                    url=reverse(self.move_url_name, args=(self.object.pk,)),
                    icon_name="arrow-right",
                    priority=15,
                )
            )
        return buttons

    def get_success_url(self):
        parent = self.object.get_parent()
        if parent is not None and can_see(self.request.user, parent):
            return self.get_browse_url(parent)
        return reverse(self.index_url_name)


class ChapterMoveView(ChapterBreadcrumbsMixin, BaseMoveView):
    form_class = ChapterMoveForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "node": self.object}

    def get_breadcrumbs_items(self):
        items = self.tree_breadcrumbs(self.object)
        items.append({"url": "", "label": gettext("Move")})
        return items

    def current_place(self):
        return self.object.get_parent()

    def move(self, form):
        parent = form.cleaned_data["parent"]
        node = memberships.chapter_move(node=self.object, parent=parent, user=self.request.user)
        message = gettext("'%(node)s' moved under '%(parent)s'.") % {
            "node": node,
            "parent": parent,
        }
        return message, self.get_browse_url(parent)

"""What the union admin views share: scoped listings and objects, phones, moves."""

import django_filters
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.tables import ButtonsColumnMixin, TitleColumn
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from lms.chapters.admin_forms import NodeTreeChoiceField, nodes_in_scope
from lms.members.names import search_key
from lms.members.phones import InvalidPhoneNumber, format_phone, mask_phone, normalize_phone
from lms.models import Role


class ScopedObjectMixin:
    """The object must be one she may act on with the view's permission."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if self.permission_required:
            actions = [self.permission_required]
        else:
            actions = self.any_permission_required
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, actions, instance
        ):
            raise PermissionDenied
        return instance


class ScopedIndexMixin:
    """A listing of the objects she may act on, with per-object edit and delete links."""

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )

    def get_edit_url(self, instance):
        if self.edit_url_name and self.user_has_permission_for_instance("change", instance):
            return reverse(self.edit_url_name, args=(quote(instance.pk),))
        return None

    def get_delete_url(self, instance):
        if self.delete_url_name and self.user_has_permission_for_instance("delete", instance):
            return reverse(self.delete_url_name, args=(quote(instance.pk),))
        return None


class TitleButtonsColumn(ButtonsColumnMixin, TitleColumn):
    """A title column (optionally linked) followed by the row's buttons."""

    def __init__(self, *args, get_buttons, **kwargs):
        super().__init__(*args, **kwargs)
        self._get_buttons = get_buttons

    def get_buttons(self, instance, parent_context):
        return self._get_buttons(instance)


class ScopedHistoryView(ScopedObjectMixin, HistoryView):
    pass


class PhoneMixin:
    """Phone numbers in full for a superuser and for the leader of the person's chapter,
    masked (0912 *** 678) for everyone else."""

    @cached_property
    def led_chapter_ids(self):
        return set(
            Role.objects.filter(user=self.request.user, kind=Role.Kind.LEADER).values_list(
                "node_id", flat=True
            )
        )

    def shown_phone(self, user, chapter_id):
        if self.request.user.is_superuser or chapter_id in self.led_chapter_ids:
            return format_phone(user.phone)
        return mask_phone(user.phone)


def search_people(queryset, query, *, user_field, name_fields):
    """A whole phone number finds its owner; anything else is looked for in the names (a
    member's name with or without its marks: lms.members.names)."""
    try:
        return queryset.filter(**{f"{user_field}phone": normalize_phone(query)})
    except InvalidPhoneNumber:
        condition = Q()
        for field in name_fields:
            if field.endswith("full_name"):  # Member.full_name: search its folded form
                folded = field.removesuffix("full_name") + "search_name__contains"
                condition |= Q(**{folded: search_key(query)})
            else:
                condition |= Q(**{f"{field}__icontains": query})
        return queryset.filter(condition)


class NodeFilter(django_filters.ModelChoiceFilter):
    """A node within her scope; matches everything beneath it."""

    field_class = NodeTreeChoiceField

    def __init__(self, *args, path_field, **kwargs):
        kwargs.setdefault("queryset", lambda request: nodes_in_scope(request.user))
        super().__init__(*args, **kwargs)
        self.path_field = path_field

    def filter(self, queryset, value):
        if not value:
            return queryset
        return queryset.filter(**{f"{self.path_field}__startswith": value.path})


class BaseMoveView(
    ScopedObjectMixin,
    PermissionCheckedMixin,
    BaseObjectMixin,
    WagtailAdminTemplateMixin,
    FormView,
):
    """Choose a new place for an object; the subclass says which service moves it."""

    permission_required = "move"
    template_name = "lms/admin/move.html"
    page_title = _("Move")
    index_url_name = None
    edit_url_name = None
    move_url_name = None

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        items = [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
        ]
        if self.user_has_permission_for_instance("change", self.object):
            edit_url = reverse(self.edit_url_name, args=(quote(self.object.pk),))
            items.append({"url": edit_url, "label": str(self.object)})
        items.append({"url": "", "label": self.get_page_title()})
        return items

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def current_place(self):
        raise NotImplementedError

    def move(self, form):
        """Move the object; return (success message, URL to go to)."""
        raise NotImplementedError

    def form_valid(self, form):
        try:
            message, url = self.move(form)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(url)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        choices = [field.queryset for field in context["form"].fields.values()]
        return {
            **context,
            "nowhere_to_go": not any(queryset.exists() for queryset in choices),
            "object": self.object,
            "current_place": self.current_place(),
            "action_url": reverse(self.move_url_name, args=(quote(self.object.pk),)),
            "submit_button_label": gettext("Move"),
            "submit_button_active_label": gettext("Moving…"),
        }

"""Wagtail admin views of the contests app: the question bank listing (with its import
button) and the contest set-up views, scoped to the official's nodes."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.models import Revision
from wagtail.snippets.views.snippets import CreateView, IndexView

from contests.models import ContestEntry
from contests.question_import_views import may_import
from core.autosave import NoAutosaveOnCreate


class QuestionIndexView(IndexView):
    """The bank, with "Import from Excel" beside "Add" for those who may import."""

    import_url_name = None

    def get_base_queryset(self):
        # The status column asks whether a publication is scheduled: answered here for every
        # row at once.
        scheduled = Revision.objects.filter(
            base_content_type=ContentType.objects.get_for_model(self.model),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            approved_go_live_at__isnull=False,
        )
        return super().get_base_queryset().annotate(_approved_schedule=Exists(scheduled))

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.import_url_name and may_import(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Import from Excel"),
                    url=reverse(self.import_url_name),
                    icon_name="upload",
                    priority=20,
                )
            )
        return buttons


class QuestionCreateView(NoAutosaveOnCreate, CreateView):
    """A new question exists once the trainer saves or publishes it (``core.autosave``)."""


# Contests ------------------------------------------------------------------------------------
# (The union admin's views have the same two mixins; no app uses another app's views.)


class ScopedObjectMixin:
    """The contest must be one she may act on with the view's permission (its node is at or
    beneath one of hers), else Wagtail's "no permission" answer."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        actions = (
            [self.permission_required] if self.permission_required else self.any_permission_required
        )
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, actions, instance
        ):
            raise PermissionDenied
        return instance


class ScopedIndexMixin:
    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )


class ContestHistoryView(ScopedObjectMixin, generic.HistoryView):
    pass


def contest_page_buttons(contest, priority=15):
    """Where an official follows her contest from the admin: its page for members (shown to
    her before it opens too) and the live rankings, with the workbook and certificates."""
    return [
        Button(
            _("View contest page"),
            url=reverse("contests:landing", args=[contest.slug]),
            icon_name="view",
            priority=priority,
        ),
        Button(
            _("Rankings and results"),
            url=reverse("contests:rankings", args=[contest.slug]),
            icon_name="list-ol",
            priority=priority + 1,
        ),
    ]


class ContestIndexView(ScopedIndexMixin, generic.IndexView):
    """The contests she runs: at or beneath her nodes (all of them for a superuser)."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("node")

    def get_list_more_buttons(self, instance):
        return [*super().get_list_more_buttons(instance), *contest_page_buttons(instance)]


class ContestCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class ContestEditView(ScopedObjectMixin, generic.EditView):
    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *contest_page_buttons(self.object, priority=5)]


class ContestDeleteView(ScopedObjectMixin, generic.DeleteView):
    """A contest members have entered keeps their attempts: it is closed, not deleted."""

    def form_valid(self, form):
        if ContestEntry.objects.filter(round__contest_id=self.object.pk).exists():
            messages.error(
                self.request,
                gettext(
                    "Members have entered this contest, so it cannot be deleted: their attempts "
                    "and rankings must stay. Close it to members instead."
                ),
            )
            return HttpResponseRedirect(reverse(self.edit_url_name, args=[quote(self.object.pk)]))
        return super().form_valid(form)

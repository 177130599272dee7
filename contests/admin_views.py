"""Wagtail admin views of the contests app: the question bank listing (with its import
button) and the contest set-up views, scoped to the official's nodes."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Revision
from wagtail.snippets.views.snippets import CreateView, IndexView

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

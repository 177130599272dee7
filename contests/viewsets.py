"""The contests admin: the question bank (a snippet, with its Excel import) and contests
(set up by officials for their nodes). Registered in ``contests.wagtail_hooks``."""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import LiveStatusTagColumn, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from contests import question_import_views as imports
from contests.admin_forms import ContestForm, RoundsPanel
from contests.admin_views import (
    ContestCreateView,
    ContestDeleteView,
    ContestEditView,
    ContestHistoryView,
    ContestIndexView,
    QuestionCreateView,
    QuestionIndexView,
)
from contests.models import Contest, ContestQuestion
from core.autosave import one_save_at_a_time


class ContestQuestionViewSet(SnippetViewSet):
    model = ContestQuestion
    icon = "help"
    menu_label = _("Contest questions")
    menu_order = 220
    add_to_admin_menu = True
    url_prefix = "contests/questions"
    list_display = ["text", "topic", "difficulty", LiveStatusTagColumn(label=_("Status"))]
    list_filter = ["topic", "difficulty", "live"]
    ordering = ["-pk"]
    index_view_class = QuestionIndexView
    add_view_class = QuestionCreateView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    @cached_property
    def edit_view(self):
        return one_save_at_a_time(super().edit_view, self.model, "pk")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", imports.upload, name="import"),
            path("import/preview/", imports.preview, name="import_preview"),
            path("import/confirm/", imports.confirm, name="import_confirm"),
            path("import/template.xlsx", imports.template_xlsx, name="import_template"),
        ]


class OpenToMembersColumn(StatusTagColumn):
    """Whether members can see and enter the contest, as a translated tag (a plain boolean
    field would show Python's "True" / "False")."""

    def __init__(self, **kwargs):
        super().__init__(
            "live",
            label=_("Status"),
            sort_key="live",
            primary=lambda contest: contest.live,
            **kwargs,
        )

    def get_value(self, instance):
        return _("Open to members") if instance.live else _("Not open yet")


class ContestViewSet(ModelViewSet):
    """Contests, set up by officials for their nodes (``contests.permissions``)."""

    model = Contest
    name = "contest_setup"  # the site's own pages hold the "contests" namespace
    url_prefix = "contests/manage"
    icon = "calendar-alt"
    menu_label = _("Contests")
    menu_order = 225
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    list_display = ["title", "node", OpenToMembersColumn()]
    list_filter = ["live"]
    search_fields = ["title"]
    index_view_class = ContestIndexView
    add_view_class = ContestCreateView
    edit_view_class = ContestEditView
    delete_view_class = ContestDeleteView
    history_view_class = ContestHistoryView
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("node"),
                    FieldPanel("intro"),
                    FieldPanel("rules"),
                    FieldPanel("prizes"),
                    FieldPanel("picture"),
                    FieldPanel("live"),
                ],
                heading=_("Contest"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("time_limit_seconds"),
                            FieldPanel("attempts_per_round"),
                            FieldPanel("prediction_question"),
                        ],
                        heading=_("Each attempt"),
                    ),
                    InlinePanel(
                        "draw_rules",
                        panels=[FieldPanel("topic"), FieldPanel("difficulty"), FieldPanel("count")],
                        heading=_("Questions drawn for each attempt"),
                        label=_("Topic and difficulty"),
                    ),
                    RoundsPanel(
                        "rounds",
                        panels=[FieldPanel("starts_at"), FieldPanel("ends_at")],
                        heading=_("Rounds"),
                        label=_("Round"),
                    ),
                ],
                heading=_("Rounds and questions"),
            ),
        ],
        base_form_class=ContestForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(usage_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "usage"]

    def get_permissions_to_register(self):
        # Who may set up contests follows roles (contests.permissions), not model permissions.
        return Permission.objects.none()

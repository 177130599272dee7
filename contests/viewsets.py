"""The contests admin: the question bank (a snippet, with its Excel import) and contests
(set up by officials for their nodes). Registered in ``contests.wagtail_hooks``."""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from contests import question_import_views as imports
from contests.admin_views import QuestionCreateView, QuestionIndexView
from contests.models import ContestQuestion
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

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.admin_views import (
    QuizEditView,
    QuizIndexView,
    QuizStatisticsView,
    QuizStatisticsXlsxView,
)
from quizzes.models import Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = _("Quizzes")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "pass_mark", "max_attempts", "live"]
    search_fields = ["title"]

    index_view_class = QuizIndexView
    edit_view_class = QuizEditView
    statistics_view_class = QuizStatisticsView
    statistics_xlsx_view_class = QuizStatisticsXlsxView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            statistics_url_name=self.get_url_name("statistics"),
            statistics_xlsx_url_name=self.get_url_name("statistics_xlsx"),
            **kwargs,
        )

    @cached_property
    def statistics_view(self):
        return self.construct_view(self.statistics_view_class)

    @cached_property
    def statistics_xlsx_view(self):
        return self.construct_view(self.statistics_xlsx_view_class)

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        return [
            *super().get_urlpatterns(),
            path(f"statistics/<{conv}:pk>/", self.statistics_view, name="statistics"),
            path(
                f"statistics/<{conv}:pk>/xlsx/",
                self.statistics_xlsx_view,
                name="statistics_xlsx",
            ),
        ]

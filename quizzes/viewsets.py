from django.urls import path
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from core.autosave import one_save_at_a_time
from quizzes.admin_columns import QuizUsesColumn, with_schedules
from quizzes.admin_views import (
    QuizCreateView,
    QuizDeleteView,
    QuizEditView,
    QuizIndexView,
    QuizStatisticsView,
    QuizStatisticsXlsxView,
)
from quizzes.models import Quiz
from quizzes.selectors import quizzes_user_may_choose


def _with_model_name(message, model):
    """Wagtail's ``message % {"object": verbose name}``, put together when shown: Wagtail
    does it once, in the language of whichever request built the form first ("Choose bài
    kiểm tra", or "Chọn quiz" for a trainer who reads English)."""
    return lazy(lambda: gettext(message) % {"object": model._meta.verbose_name}, str)()


class QuizChooserWidget(AdminSnippetChooser):
    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        self.choose_one_text = _with_model_name("Choose %(object)s", self.model)
        self.choose_another_text = _with_model_name("Choose another %(object)s", self.model)
        self.link_to_chosen_text = _with_model_name("Edit this %(object)s", self.model)


class QuizChooseMixin:
    """The newest quizzes first, each with the lessons that use it; only the quizzes she may
    choose (``quizzes_user_may_choose``)."""

    ordering = "-pk"

    def get_object_list(self):
        return quizzes_user_may_choose(self.request.user)

    def get_results_page(self, request):
        page = super().get_results_page(request)
        page.object_list = with_schedules(page.object_list)
        return page

    @property
    def columns(self):
        return [*super().columns, QuizUsesColumn(self.results.object_list, links=False)]


class QuizChooseView(QuizChooseMixin, ChooseView):
    pass


class QuizChooseResultsView(QuizChooseMixin, ChooseResultsView):
    pass


class QuizChosenView(SnippetChosenView):
    """The "chosen" answers would otherwise tell any quiz's title by id."""

    def get_object(self, pk):
        return quizzes_user_may_choose(self.request.user).get(pk=pk)


class QuizChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return quizzes_user_may_choose(self.request.user).filter(pk__in=pks)


class QuizChooserViewSet(SnippetChooserViewSet):
    base_widget_class = QuizChooserWidget
    choose_view_class = QuizChooseView
    choose_results_view_class = QuizChooseResultsView
    chosen_view_class = QuizChosenView
    chosen_multiple_view_class = QuizChosenMultipleView


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = _("Quizzes")
    menu_order = 210
    add_to_admin_menu = True
    # Published or draft as Wagtail's status tag (words), not the raw ``live`` boolean.
    list_display = ["title", "pass_mark", "max_attempts", LiveStatusTagColumn(label=_("Status"))]
    search_fields = ["title"]

    chooser_viewset_class = QuizChooserViewSet
    index_view_class = QuizIndexView
    add_view_class = QuizCreateView
    edit_view_class = QuizEditView
    delete_view_class = QuizDeleteView
    statistics_view_class = QuizStatisticsView
    statistics_xlsx_view_class = QuizStatisticsXlsxView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            statistics_url_name=self.get_url_name("statistics"),
            statistics_xlsx_url_name=self.get_url_name("statistics_xlsx"),
            **kwargs,
        )

    @cached_property
    def edit_view(self):
        return one_save_at_a_time(super().edit_view, self.model, "pk")

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

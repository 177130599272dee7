from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.models import Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "help"
    menu_label = _("Quizzes")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "pass_mark", "max_attempts", "live"]
    search_fields = ["title"]

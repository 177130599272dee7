"""Registration only: the contests admin (question bank, contests)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from contests.viewsets import ContestQuestionViewSet, ContestViewSet

register_snippet(ContestQuestionViewSet)


@hooks.register("register_admin_viewset")
def register_contest_viewset():
    return ContestViewSet()

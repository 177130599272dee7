"""Registration only: the contests admin (question bank, contests)."""

from wagtail.snippets.models import register_snippet

from contests.viewsets import ContestQuestionViewSet

register_snippet(ContestQuestionViewSet)

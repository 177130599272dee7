"""Registration only: the contests admin (question bank, contests) and what contests add
to the pages of the apps below."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from contests.panels import dashboard_panels, home_panels
from contests.viewsets import ContestQuestionViewSet, ContestViewSet
from courses.hooks import HOME_PANELS
from lms.hooks import DASHBOARD_PANELS

register_snippet(ContestQuestionViewSet)
hooks.register(HOME_PANELS, home_panels)
hooks.register(DASHBOARD_PANELS, dashboard_panels)


@hooks.register("register_admin_viewset")
def register_contest_viewset():
    return ContestViewSet()

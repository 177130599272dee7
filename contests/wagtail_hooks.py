"""Registration only: what contests add to the pages of the apps below."""

from wagtail import hooks

from contests.panels import dashboard_panels, home_panels
from courses.hooks import HOME_PANELS
from lms.hooks import DASHBOARD_PANELS

hooks.register(HOME_PANELS, home_panels)
hooks.register(DASHBOARD_PANELS, dashboard_panels)

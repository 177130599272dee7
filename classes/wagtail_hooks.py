from wagtail import hooks

from classes.panels import home_panels
from classes.report_views import dashboard_panel
from courses.hooks import HOME_PANELS
from lms.hooks import DASHBOARD_PANELS

hooks.register(HOME_PANELS, home_panels)
hooks.register(DASHBOARD_PANELS, dashboard_panel)

from wagtail import hooks

from classes.report_views import dashboard_panel
from lms.hooks import DASHBOARD_PANELS

hooks.register(DASHBOARD_PANELS, dashboard_panel)

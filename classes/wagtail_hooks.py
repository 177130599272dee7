from wagtail import hooks

from classes.panels import dashboard_panels, home_panels
from classes.report_views import dashboard_panel
from courses.hooks import HOME_PANELS
from lms.hooks import DASHBOARD_PANELS

hooks.register(HOME_PANELS, home_panels)
hooks.register(DASHBOARD_PANELS, dashboard_panels)  # organisers: schedule a class here
hooks.register(DASHBOARD_PANELS, dashboard_panel)  # the figures: classes held beneath the node

from wagtail import hooks

from contests import panels
from lms.hooks import DASHBOARD_PANELS

hooks.register(DASHBOARD_PANELS, panels.dashboard_panels)

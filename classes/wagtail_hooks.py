from wagtail import hooks

from classes.panels import home_panels
from courses.hooks import HOME_PANELS

hooks.register(HOME_PANELS, home_panels)

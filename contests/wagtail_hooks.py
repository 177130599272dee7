"""Registration only: what contests add to the pages of the apps below."""

from wagtail import hooks

from contests.panels import home_panels
from courses.hooks import HOME_PANELS

hooks.register(HOME_PANELS, home_panels)

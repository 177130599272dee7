"""Settings for `make bench`: the site's own settings with DEBUG off, the database from
DATABASE_URL (PostgreSQL only, checked by bench/run.py), plus the baseline page type."""

import warnings

from lms.settings.base import *  # noqa: F403
from lms.settings.base import INSTALLED_APPS

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "bench.bare"]
ALLOWED_HOSTS = ["*"]  # the query-count sites are served under their own host names
WHITENOISE_USE_FINDERS = True  # serve sen.css from the app folder, no collectstatic needed
warnings.filterwarnings("ignore", message="No directory at", module="django.core.handlers.base")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}

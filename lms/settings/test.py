"""Test settings: fast hashing, in-memory cache, no manifest."""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "throttles": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "throttles",
    },
}
# Serve static files from the apps (no collectstatic in tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Sign-in throttling stays on (tests/lms/test_throttling.py): its failure records are rows in
# the test database, so each test starts with none. Sessions are plain database ones even if
# REDIS_URL happens to be set where the tests run.
AXES_ENABLED = True
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SEN_SMS_BACKEND = "lms.messaging.sms.LocmemBackend"  # messages land in lms.messaging.sms.outbox

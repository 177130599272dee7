"""Test settings: fast hashing, in-memory cache, no manifest."""

import os

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
# Background tasks run at once, inside the change that asked for them. tests/core/test_tasks.py
# runs the real database worker, and real worker processes started with SEN_TEST_TASKS set to
# "database" or "rq" (tests/core/test_worker_processes.py).
SEN_TASKS = os.environ.get("SEN_TEST_TASKS", "immediate")
if SEN_TASKS == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
elif SEN_TASKS == "rq":
    INSTALLED_APPS = [*INSTALLED_APPS, "django_rq"]  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {
        "default": {"URL": os.environ.get("SEN_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")}
    }
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

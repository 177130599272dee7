"""Throttle counts kept in the database cache (production without Redis) are shared: what one
worker counted, another sees (here: two cache handles, as two processes would have)."""

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.test import override_settings

from core import throttles

DATABASE_THROTTLES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "throttles": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "sen_throttles_test",
    },
}


@pytest.mark.django_db(transaction=True)
@override_settings(CACHES=DATABASE_THROTTLES)
def test_counts_in_the_database_cache_are_seen_by_every_worker():
    call_command("createcachetable", verbosity=0)
    for _ in range(3):
        throttles.hit("lms:verify-unknown:203.0.113.9", window=600)
    other_worker = DatabaseCache("sen_throttles_test", {})
    assert other_worker.get("lms:verify-unknown:203.0.113.9") == 3
    assert throttles.counts(["lms:verify-unknown:203.0.113.9", "other"]) == {
        "lms:verify-unknown:203.0.113.9": 3
    }

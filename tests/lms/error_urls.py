"""The site's URLs plus views that fail on purpose, for tests/lms/test_error_pages.py."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import connection
from django.http import Http404
from django.urls import path

from core.throttles import Throttled
from lms.urls import handler400, handler403, handler404, handler500  # noqa: F401
from lms.urls import urlpatterns as site_patterns


def bad(request):
    raise SuspiciousOperation("tampered")


def refused(request):
    raise PermissionDenied


def missing(request):
    raise Http404


def throttled(request):
    raise Throttled(retry_after=60)


def database_down(request):
    """A query, while the test has made the database unreachable."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


urlpatterns = [
    path("fail/400/", bad),
    path("fail/403/", refused),
    path("fail/404/", missing),
    path("fail/429/", throttled),
    path("fail/500/", database_down),
    *site_patterns,
]

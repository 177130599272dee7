"""Production: refuses to start without a real SECRET_KEY; secure cookies and headers."""

import copy
import importlib.util
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CONTENT_SECURITY_POLICY, DEV_SECRET_KEY, SECRET_KEY, env_bool

if not SECRET_KEY or SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "Set the SECRET_KEY environment variable to a random value of 50 or more characters."
    )


def _require(module, extra, variable):
    if importlib.util.find_spec(module) is None:
        raise ImproperlyConfigured(
            f'{variable} is set: install the extra with pip install ".[{extra}]".'
        )


DEBUG = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "core.private_storage.PrivateFileStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads (images, documents) on S3-compatible storage when a bucket is named. Credentials
# come from boto3's usual sources (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a role, ...).
MEDIA_BUCKET = os.environ.get("SEN_MEDIA_S3_BUCKET") or os.environ.get("AWS_STORAGE_BUCKET_NAME")
if MEDIA_BUCKET:
    _require("storages", "s3", "SEN_MEDIA_S3_BUCKET")
    AWS_STORAGE_BUCKET_NAME = MEDIA_BUCKET
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None  # non-AWS providers
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None  # e.g. a CDN
    AWS_S3_FILE_OVERWRITE = False  # Wagtail renditions and uploads keep their own names
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    # Private files (member lists) under their own prefix, never public, whatever the
    # bucket's policy says of the rest: every worker and app server reaches them.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "custom_domain": None,
        },
    }
    # The browser loads images from the bucket: allow its origin in the CSP (or set
    # SEN_MEDIA_ORIGINS).
    if AWS_S3_CUSTOM_DOMAIN:
        _media_origins = [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    elif AWS_S3_ENDPOINT_URL:
        _endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        _media_origins = [
            f"{_endpoint.scheme}://{_endpoint.netloc}",
            f"{_endpoint.scheme}://{MEDIA_BUCKET}.{_endpoint.netloc}",
        ]
    else:
        _media_origins = [f"https://{MEDIA_BUCKET}.s3.amazonaws.com"]
        if AWS_S3_REGION_NAME:  # boto3 may use the global or the regional host
            _media_origins.append(f"https://{MEDIA_BUCKET}.s3.{AWS_S3_REGION_NAME}.amazonaws.com")
    CONTENT_SECURITY_POLICY = copy.deepcopy(CONTENT_SECURITY_POLICY)
    for _directive in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive] += _media_origins

if SEN_TASKS == "rq":  # noqa: F405  (base.py put the tasks on RQ)
    _require("django_tasks_rq", "redis", "SEN_TASKS=rq")
    if not os.environ.get("REDIS_URL"):
        raise ImproperlyConfigured("SEN_TASKS=rq needs REDIS_URL (the Redis the workers share).")
elif SEN_TASKS not in ("database", "immediate"):  # noqa: F405
    raise ImproperlyConfigured('SEN_TASKS is "database" (default) or "rq".')

if os.environ.get("REDIS_URL"):  # base.py put the cache and sessions there
    _require("redis", "redis", "REDIS_URL")
else:
    # Without Redis each worker has its own memory: keep the throttles' counts where every
    # worker sees them (the table is made by migration lms 0008 / createcachetable).
    CACHES["throttles"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "sen_throttles",
    }

# Behind the reverse proxy that sets X-Forwarded-Proto (below), sign-in throttling counts
# the address that proxy saw, not the proxy's own (which would be everyone's).
SEN_TRUSTED_PROXY_COUNT = int(os.environ.get("SEN_TRUSTED_PROXY_COUNT", "1"))
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True  # Django's default, said out loud: no script reads the session
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Messages ("Welcome", "Saved") kept in the session rather than in a cookie of their own:
# Django removes a spent message cookie without its Secure flag.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
# CSRF_COOKIE_HTTPONLY stays False (Django's default): the token is in every form anyway,
# so hiding the cookie from scripts protects nothing, and the CSP allows no inline script.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

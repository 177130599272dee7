"""Settings shared by every environment. Values come from environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# A development-only key; production.py refuses to start with it.
DEV_SECRET_KEY = "django-insecure-sen-development-only-key"  # noqa: S105
SECRET_KEY = os.environ.get("SECRET_KEY", DEV_SECRET_KEY)
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms",
    "courses",
    "quizzes",
    "offline",
    "contests",
    "classes",
    "demo",
    "crispy_forms",
    "crispy_bootstrap5",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Every cookie Secure over HTTPS, removals included (last to touch the response).
    "lms.middleware.SecureCookiesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages go out gzipped (a chapter's dashboard: ~90 % smaller on slow phone data). Above
    # every middleware that reads or changes the body; below whitenoise, which serves its own
    # pre-compressed files. BREACH: Django adds random bytes to each compressed response
    # (GZipMiddleware.max_random_bytes, "Heal the Breach") and masks the CSRF token afresh in
    # each response, so a secret on a page cannot be guessed from the compressed length.
    "django.middleware.gzip.GZipMiddleware",
    # django-csp, with the framing rules (its own and X-Frame-Options) relaxed for previews.
    "lms.middleware.PreviewFramingCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Cache-Control: private on every response to a signed-in person.
    "lms.middleware.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.middleware.RejectNulMiddleware",
    # core.throttles.Throttled raised by any view: the 429 page.
    "lms.middleware.ThrottledMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
# A form sent with an expired token: the 403 page in her language (lms/errors.py).
CSRF_FAILURE_VIEW = "lms.errors.csrf_failure"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "lms.members.preferences.display",
                "lms.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker (`manage.py db_worker`) write to one file. A transaction
    # that reads, then writes, while the other holds the write lock fails at once with
    # "database is locked" (SQLite cannot wait there without a deadlock): take the write
    # lock when the transaction begins, and wait up to 20 s for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out phone or address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "lms:signin"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    # Members choose passwords on a phone keypad: a minimum length and a check against
    # the commonest passwords and their own phone number, nothing that forces symbols.
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    # Her own phone number (the validator above looks at names and e-mail, not the phone).
    # Numbers only stay allowed: see lms/passwords.py.
    {"NAME": "lms.members.passwords.NotPhoneNumberValidator"},
]

LANGUAGE_CODE = "vi"
# Arabic is there to prove the right-to-left layouts (and for members who read it); the
# admin stays in Vietnamese and English, the languages trainers and officials work in.
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English"), ("ar", "العربية")]
# lms/locale_admin: Vietnamese for the Wagtail admin strings Wagtail's catalogue lacks (it
# overrides the apps' catalogues, as every LOCALE_PATHS entry does).
LOCALE_PATHS = [BASE_DIR / "lms" / "locale", BASE_DIR / "lms" / "locale_admin"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files only their owner may download (a leader's member lists), sent by a view and never by
# the web server: outside MEDIA_ROOT (core.private_storage).
SEN_PRIVATE_ROOT = Path(os.environ.get("SEN_PRIVATE_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "core.private_storage.PrivateFileStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Background work (docs/deploy.md "Workers"): Django's Tasks framework, through the
# django-tasks backport on Django 5.2. SEN_TASKS picks the queue:
# - "database" (default): tasks are rows in the site's own database, written in the same
#   transaction as the change that asked for them; `manage.py db_worker` runs them. SQLite
#   and one PostgreSQL server need nothing more.
# - "rq": RQ on Redis (REDIS_URL) for many servers; `manage.py rqworker default` runs them.
# - "immediate": run at once inside the request (tests).
SEN_TASKS = os.environ.get("SEN_TASKS", "database").strip().lower()
if SEN_TASKS == "rq":
    INSTALLED_APPS.append("django_rq")
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {
        "default": {
            "URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
            "DEFAULT_TIMEOUT": 3600,
        }
    }
elif SEN_TASKS == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# A task that has been running this long on a worker that stopped answering is started again
# by `manage.py run_schedule` (every task is safe to run twice).
SEN_TASK_STALLED_AFTER = timedelta(minutes=int(os.environ.get("SEN_TASK_STALLED_MINUTES", "30")))
# A training session's check-in (QR scan, the organiser's ticks) opens this long before it
# starts and closes this long after it ends (classes.services).
SEN_CLASS_CHECKIN_MARGIN_MINUTES = int(os.environ.get("SEN_CLASS_CHECKIN_MARGIN_MINUTES", "60"))

WAGTAIL_SITE_NAME = "Sen"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# Page slugs are ASCII ("bao-ve-con-khoi-lua-dao"): a percent-encoded Vietnamese slug is
# ~3x longer when pasted into Zalo. The admin fills them with courses.slugs' rules.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Passwords are reset with a code (lms.resets), not by e-mail: the admin's sign-in page links
# there (lms/templates/wagtailadmin/login.html) and Wagtail's e-mail reset is off.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_USER_LOGIN_FORM = "lms.members.forms.AdminSignInForm"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = [("vi", _("Vietnamese"))]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
# A 12-24 megapixel phone photo passes; a 48 MP full-size one is refused with a message
# (resize it first): making a rendition holds ~4 bytes a pixel in a worker's memory.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Documents trainers may upload (handouts, price lists): no HTML or scripts served from our origin.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_FINDERS = []  # lessons link to videos instead of fetching oEmbed at render time

# The dashboards of big nodes (a nation, a big province: SEN_BIG_NODE_CHAPTERS chapters or
# more beneath) show sums kept in the default cache for SEN_BIG_NODE_SECONDS, with their time
# on the page (lms/dashboards/big_nodes.py); smaller nodes are always live.
SEN_BIG_NODE_CHAPTERS = int(os.environ.get("SEN_BIG_NODE_CHAPTERS", "2000"))
SEN_BIG_NODE_SECONDS = int(os.environ.get("SEN_BIG_NODE_SECONDS", "300"))

# "throttles" counts failures (reset codes, unknown certificate codes: core/throttles.py) and
# must be shared by every worker: Redis, or the database in production without it.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "throttles": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "throttles",
    },
}
if os.environ.get("REDIS_URL"):  # needs the "redis" extra (pip install "sen[redis]")
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": alias,
        }
        for alias in ("default", "throttles")
    }
    # Sessions read from Redis, written through to the database so a Redis restart does
    # not sign every member out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Sign-in throttling (django-axes), on /signin/ and the Wagtail admin login alike; the
# rules are in lms/members/throttling.py. Failures live in the database (axes' AccessAttempt).
AXES_FAILURE_LIMIT = 5  # wrong passwords for one phone number from one address ...
SEN_IP_FAILURE_LIMIT = int(os.environ.get("SEN_IP_FAILURE_LIMIT", "30"))  # ... or one address
# A phone number alone is only slowed: past this many failures from all addresses, each
# address gets SEN_PHONE_SLOW_PAIR_LIMIT tries for it.
SEN_PHONE_FAILURE_LIMIT = int(os.environ.get("SEN_PHONE_FAILURE_LIMIT", "20"))
SEN_PHONE_SLOW_PAIR_LIMIT = 2
# Sign-ups from one address within an hour (lms.members.throttling): a chapter meeting on one
# Wi-Fi stays under it.
SEN_SIGNUP_IP_LIMIT = int(os.environ.get("SEN_SIGNUP_IP_LIMIT", "60"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
# Axes' own clean-up and reset work per phone or per address; who is locked out is decided by
# lms.members.throttling.PhoneAndAddressHandler.get_failures.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "lms.members.throttling.PhoneAndAddressHandler"
AXES_USERNAME_FORM_FIELD = "username"  # the field name of both sign-in forms
AXES_USERNAME_CALLABLE = "lms.members.throttling.axes_username"  # the phone, normalised
AXES_CLIENT_IP_CALLABLE = "lms.members.throttling.client_ip"
SEN_TRUSTED_PROXY_COUNT = int(os.environ.get("SEN_TRUSTED_PROXY_COUNT", "0"))
AXES_LOCKOUT_CALLABLE = "lms.members.throttling.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# A successful sign-in does not wipe the failures: axes would also wipe those of other
# phones tried from the same address, letting one's own account reset a guessing run.
AXES_RESET_ON_SUCCESS = False
# No record of every successful sign-in (phone, address, browser): we do not use it and it
# would be personal data kept for ever.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False  # Django's admin is not mounted; Wagtail is the admin

# Text messages (lms/messaging/sms.py): the dotted path of the sending backend. The default writes
# them to the log and reaches no phone (leaders are then not offered "Send by SMS").
SEN_SMS_BACKEND = os.environ.get("SEN_SMS_BACKEND", "lms.messaging.sms.ConsoleBackend")

# Content-Security-Policy (django-csp) on the member-facing site: no inline scripts or
# styles anywhere. Wagtail's admin uses inline styles and scripts, so /admin/ is left out.
# A preview is rendered as a request for the page's own URL and gets this policy, except
# that the admin may frame it (lms.middleware.PreviewFramingCSPMiddleware).
SEN_MEDIA_ORIGINS = env_list("SEN_MEDIA_ORIGINS")  # where uploads are served from, if not here
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *SEN_MEDIA_ORIGINS],
        "media-src": [SELF, *SEN_MEDIA_ORIGINS],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

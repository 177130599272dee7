import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _check(*args, secret_key=None):
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "lms.settings.production"
    if secret_key is not None:
        env["SECRET_KEY"] = secret_key
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_real_secret_key():
    result = _check()
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_the_development_key():
    from lms.settings.base import DEV_SECRET_KEY

    assert _check(secret_key=DEV_SECRET_KEY).returncode != 0


def test_deploy_check_is_clean_with_a_real_key():
    result = _check("--deploy", "--fail-level", "WARNING", secret_key=secrets.token_urlsafe(60))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _production_value(expression, **env_extra):
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production", SECRET_KEY=secrets.token_urlsafe(60)
    )
    env.update(env_extra)
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_keeps_throttle_counts_where_every_worker_sees_them():
    backend = 'settings.CACHES["throttles"]["BACKEND"]'
    assert _production_value(backend) == "django.core.cache.backends.db.DatabaseCache"
    with_redis = _production_value(backend, REDIS_URL="redis://127.0.0.1:6379/0")
    assert with_redis == "django.core.cache.backends.redis.RedisCache"


def test_production_cookies_are_all_secure():
    names = ["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "LANGUAGE_COOKIE_SECURE"]
    assert _production_value(f"[getattr(settings, n) for n in {names!r}]") == "[True, True, True]"
    assert _production_value("settings.LANGUAGE_COOKIE_SAMESITE") == "Lax"

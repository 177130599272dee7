import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

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


def _production_cookie_settings():
    """Every cookie setting of the production settings (and what decides whether a request
    is HTTPS there), read by starting them in another process."""
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "names = [n for n in dir(settings) if 'COOKIE' in n] + "
        "['MESSAGE_STORAGE', 'SECURE_PROXY_SSL_HEADER', 'SECURE_SSL_REDIRECT']; "
        "print(json.dumps({n: getattr(settings, n) for n in names}))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production", SECRET_KEY=secrets.token_urlsafe(60)
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    if values["SECURE_PROXY_SSL_HEADER"]:
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.mark.django_db
def test_every_cookie_sign_in_sign_out_and_the_language_and_text_size_switches_set_is_secure(
    client, settings, home
):
    from tests.lms.factories import PASSWORD, MemberFactory

    for name, value in _production_cookie_settings().items():
        setattr(settings, name, value)
    member = MemberFactory(user__phone="+84912345678")
    member.user.last_login = None
    member.user.save()
    https = {"HTTP_X_FORWARDED_PROTO": "https"}  # what the proxy in front says in production
    responses = [
        client.get("/signin/", **https),  # the CSRF cookie
        client.post("/signin/", {"username": "0912345678", "password": PASSWORD}, **https),
        client.get("/", **https),  # shows the welcome message
        client.post("/i18n/setlang/", {"language": "en", "next": "/"}, **https),
        client.post("/text-size/", {"size": "large"}, **https),
        client.post("/text-size/", {"size": "normal"}, **https),
        client.post("/signout/", **https),  # Django removes the session cookie
    ]
    cookies = [morsel for response in responses for morsel in response.cookies.values()]
    names = {morsel.key for morsel in cookies}
    # Those we know are set on this path, so that the list below is not empty by mistake.
    assert {"sessionid", "csrftoken", "django_language", "sen_text_size"} <= names
    not_secure = sorted(morsel.key for morsel in cookies if not morsel["secure"])
    assert not_secure == []
    assert all(morsel["samesite"] == "Lax" for morsel in cookies)
    assert "Chào mừng chị đến với Sen" in responses[2].content.decode()

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

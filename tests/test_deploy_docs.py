"""docs/deploy.md names every environment variable the settings read."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOKUP = re.compile(
    r"""(?:os\.environ\.get|os\.environ\[|os\.getenv|env_bool|env_list|env_int)\(?\s*["']([A-Z0-9_]+)["']"""
)


def test_every_environment_variable_of_the_settings_is_in_the_deploy_guide():
    read = set()
    for path in [*(ROOT / "lms" / "settings").glob("*.py"), ROOT / "lms" / "wsgi.py"]:
        read |= set(LOOKUP.findall(path.read_text()))
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL"} <= read  # the pattern finds them
    guide = (ROOT / "docs" / "deploy.md").read_text()
    table = guide[guide.index("## Every environment variable") :]
    missing = sorted(name for name in read | {"DATABASE_URL"} if f"`{name}`" not in table)
    assert missing == []

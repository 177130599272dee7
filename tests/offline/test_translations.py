"""Offline's own catalog (offline/locale): every string a member may meet offline is in
Vietnamese, the default, and in Arabic (the right-to-left proof)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "offline" / "locale"
ENTRY = re.compile(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', re.M)


def entries(language):
    """{msgid: msgstr} of the catalog (the header left out)."""
    text = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    join = lambda lines: "".join(re.findall(r'"(.*)"', lines))  # noqa: E731
    found = {join(msgid): join(msgstr) for msgid, msgstr in ENTRY.findall(text)}
    found.pop("", None)
    return found


@pytest.mark.parametrize("language", ["vi", "ar"])
def test_every_offline_string_is_translated(language):
    catalog = entries(language)
    assert {
        "No connection",
        "Sign in again so that your progress can be sent.",
        "The key must be a UUID made by the phone.",
        "This page is not saved on this phone. The lessons you saved to learn offline still work.",
    } <= set(catalog)
    assert [msgid for msgid, msgstr in catalog.items() if not msgstr] == []

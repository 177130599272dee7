"""The .ics file her phone's calendar adds: parsed here by hand (RFC 5545: CRLF lines,
folded at 75 octets with a leading space, TEXT values escaped)."""

import datetime
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes.ics import fold
from classes.models import TrainingSession
from tests.classes.factories import schedule

pytestmark = pytest.mark.django_db

PLACE = "Nhà văn hóa thôn 3, cạnh chợ; tầng 2\\sân sau"
NOTE = "Mang theo điện thoại đã sạc pin.\nCó nước uống."


def _unfold(body):
    assert body.endswith("\r\n")
    lines = body.split("\r\n")[:-1]
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert all(len(line.encode()) <= 75 for line in lines)
    logical = []
    for line in lines:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def _unescape(value):
    out, i = "", 0
    while i < len(value):
        if value[i] == "\\":
            out += {"n": "\n", "N": "\n"}.get(value[i + 1], value[i + 1])
            i += 2
        else:
            assert value[i] not in ",;", f"unescaped {value[i]!r} in {value!r}"
            out += value[i]
            i += 1
    return out


def test_the_calendar_file_has_one_event_in_utc_with_the_place_escaped(
    client, tree, people, x_lessons
):
    session = schedule(
        organiser=people["leader_a"],
        course=tree["x"],
        lessons=x_lessons,
        host=tree["a"],
        invited=[tree["a"]],
        place=PLACE,
        note=NOTE,
    )
    starts = timezone.make_aware(datetime.datetime(2031, 3, 8, 8, 0))  # 08:00 in Hà Nội
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=starts, ends_at=starts + timedelta(minutes=150)
    )
    client.force_login(tree["members"]["a"][3])

    response = client.get(reverse("classes:calendar", args=[session.pk]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="sen-class-{session.pk}.ics"'
    lines = _unfold(response.content.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 1
    props = dict(line.split(":", 1) for line in lines)
    assert props["VERSION"] == "2.0" and props["PRODID"]
    assert props["UID"] == f"sen-class-{session.pk}@testserver"
    assert props["DTSTART"] == "20310308T010000Z"  # UTC+7
    assert props["DTEND"] == "20310308T033000Z"
    assert props["DTSTAMP"].endswith("Z") and len(props["DTSTAMP"]) == 16
    assert _unescape(props["LOCATION"]) == PLACE
    assert props["LOCATION"] == "Nhà văn hóa thôn 3\\, cạnh chợ\\; tầng 2\\\\sân sau"
    assert _unescape(props["SUMMARY"]) == "Lớp học: Khóa X"
    assert NOTE in _unescape(props["DESCRIPTION"])


def test_long_lines_fold_between_characters_never_inside_one():
    line = "DESCRIPTION:" + "Chị em phụ nữ học kỹ năng số ở hội trường xã " * 4

    folded = fold(line)

    parts = folded.split("\r\n ")
    assert len(parts) > 1
    assert all(len(part.encode()) <= (75 if i == 0 else 74) for i, part in enumerate(parts))
    assert "".join(parts) == line


def test_only_invited_members_get_the_calendar_file(client, tree, session):
    client.force_login(tree["members"]["b"][0])

    assert client.get(reverse("classes:calendar", args=[session.pk])).status_code == 404

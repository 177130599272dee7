"""A training session as an iCalendar file (RFC 5545) her phone's calendar can add. Pure."""

from datetime import UTC

LINE_OCTETS = 75


def escape(text):
    """TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line):
    """Fold a content line at 75 octets (3.1), never inside a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = LINE_OCTETS if not out else LINE_OCTETS - 1  # continuation lines start " "
        if len(current) + len(encoded) > limit:
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return b"\r\n ".join(out).decode("utf-8")


def utc(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def session_calendar(session, *, host, url, summary, now):
    """The VCALENDAR text (CRLF line ends) of one VEVENT for ``session``.

    ``host`` makes the UID globally unique (``sen-class-<pk>@<host>``), so that adding the
    file again updates the same event; ``summary`` is the event's title in her language.
    """
    description = "\n".join(part for part in (session.trainer_name, session.note, url) if part)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Sen//Training sessions//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:sen-class-{session.pk}@{host}",
        f"DTSTAMP:{utc(now)}",
        f"DTSTART:{utc(session.starts_at)}",
        f"DTEND:{utc(session.ends_at)}",
        f"SUMMARY:{escape(summary)}",
        f"LOCATION:{escape(session.place)}",
        f"DESCRIPTION:{escape(description)}",
        f"URL:{url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)

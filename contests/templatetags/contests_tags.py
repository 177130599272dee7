"""How contest times read on her phone (the countdown script writes the same format)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


def _days(count, shown):
    return ngettext("%(days)s day", "%(days)s days", count) % {"days": shown}


@register.simple_tag
def countdown_labels():
    """The day words the countdown script fills in (``{n}`` stands for the number)."""
    return format_html('data-day-one="{}" data-day-other="{}"', _days(1, "{n}"), _days(2, "{n}"))


@register.filter
def countdown(seconds):
    """``9:41`` under an hour, ``2:09:41`` under a day, ``3 days 02:09:41`` beyond."""
    seconds = max(0, int(seconds or 0))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return _days(days, days) + f" {hours:02d}:{minutes:02d}:{secs:02d}"
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


@register.filter
def duration(milliseconds):
    """The time an attempt took: ``4 min 05 s`` (whole seconds, rounded down)."""
    seconds = max(0, int(milliseconds or 0) // 1000)
    minutes, secs = divmod(seconds, 60)
    if minutes:
        return _("%(minutes)d min %(seconds)02d s") % {"minutes": minutes, "seconds": secs}
    return _("%(seconds)d s") % {"seconds": secs}


@register.filter
def minutes(seconds):
    """A time limit in whole minutes, rounded up (90 s reads as 2 minutes)."""
    return -(-max(0, int(seconds or 0)) // 60)

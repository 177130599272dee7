"""``{{ ms|duration }}``: her time as the pages and the workbook write it (contests.exports)."""

from django import template

from contests.exports import format_duration

register = template.Library()


@register.filter
def duration(ms):
    return format_duration(ms)

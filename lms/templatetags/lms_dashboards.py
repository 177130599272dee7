"""``{{ rate|percent }}``: a completion rate in the page's language (lms/dashboards/numbers.py)."""

from django import template

from lms.dashboards.numbers import page_percent

register = template.Library()


@register.filter
def percent(value):
    """``14,3%`` in Vietnamese, ``14.3%`` in English, "—" when there is nobody to count."""
    return page_percent(value)

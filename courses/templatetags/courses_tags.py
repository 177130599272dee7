import re

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def callout_heading(value):
    """A tip's or warning's heading: "Mẹo: Giữ mã OTP" from the title "Giữ mã OTP", and
    the title alone when the trainer already began it with the label ("Mẹo: ...")."""
    label = gettext("Warning") if value["kind"] == "warning" else gettext("Tip")
    title = value["title"].strip()
    if re.match(rf"{re.escape(label)}(?!\w)", title, re.IGNORECASE):
        return title
    return f"{label}: {title}"

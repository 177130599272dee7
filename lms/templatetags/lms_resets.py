"""``{% sms_available as flag %}``: may the dashboard offer "Send by SMS"? (lms/messaging/sms.py)"""

from django import template

from lms.messaging import sms

register = template.Library()


@register.simple_tag
def sms_available():
    return sms.can_deliver()

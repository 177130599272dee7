from django import template

from quizzes.presenters import present

register = template.Library()


@register.simple_tag
def present_snapshot(snapshot):
    """Questions of a snapshot as a member sees them before answering (used by preview)."""
    return present(snapshot)

"""Values every page of the site may use, whichever app renders it."""

from django.conf import settings
from django.shortcuts import resolve_url


def site(request):
    """``login_url``: where "Sign in" leads (``settings.LOGIN_URL``), so that courses and
    quizzes link to it without knowing which app signs members in."""
    return {"login_url": resolve_url(settings.LOGIN_URL)}

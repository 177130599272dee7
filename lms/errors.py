"""The pages people see when something goes wrong, in the site's layout and her language.

Django's error handlers point here (``handler400`` ... ``handler500`` in ``lms/urls.py``);
``ThrottledMiddleware`` (``lms/middleware.py``) answers ``core.throttles.Throttled`` with the
429 page. Each page offers a way back: the page she came from (when it is on this site),
her dashboard for a leader or official refused a node, and the courses.

The 500 page is rendered without the request: no context processors, no session, no
database, so it still renders when the database is what failed.
"""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

from lms.chapters import scope
from lms.members.preferences import current_text_size


def _came_from(request):
    """The page she came from, if it is on this site and is not this very address."""
    referer = request.headers.get("referer", "")
    if not referer or not url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    if referer == request.build_absolute_uri():
        return ""
    return referer


def _page(request, template, status, **context):
    return render(request, template, {"back_url": _came_from(request), **context}, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _page(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    """403: a leader who opened a node outside her subtree is led back to her dashboard."""
    dashboard_url = ""
    if scope.has_scope(request.user):
        dashboard_url = reverse("lms:dashboard")
    return _page(request, "403.html", 403, dashboard_url=dashboard_url)


def csrf_failure(request, reason=""):
    """403 for a form sent without a valid CSRF token (``CSRF_FAILURE_VIEW``): most often a
    page left open for hours or kept on her phone; Django's own page is plain English."""
    return _page(
        request,
        "403.html",
        403,
        message=_("This form has expired. Go back, reload the page and send it again."),
    )


@requires_csrf_token
def page_not_found(request, exception=None):
    return _page(request, "404.html", 404)


def too_many_requests(request, *, message="", retry_after=None):
    """429: she (or her address) tried too often; ``message`` says what and for how long."""
    response = _page(request, "429.html", 429, message=message)
    if retry_after:
        response["Retry-After"] = str(int(retry_after))
    return response


def server_error(request):
    """500: static. The language is the one her request activated; the text size is read
    from her cookie; nothing else (no session, no user, no database)."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"text_size": current_text_size(request)}))

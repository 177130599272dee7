"""What contests add to pages of the apps below through their hooks (registered in
``contests/wagtail_hooks.py``): the panel on her home page, the section on a node's dashboard."""

from django.template.loader import render_to_string
from django.utils import timezone

from contests import rankings, selectors


def home_panels(request):
    """The contests open to her now (a round open, her chapter beneath the contest's node),
    each with "Take part" and when its round closes. Two queries, however many contests."""
    rounds = selectors.open_rounds_for(user=request.user, now=timezone.now())
    if not rounds:
        return []
    return [render_to_string("contests/home_panel.html", {"rounds": rounds}, request=request)]


def dashboard_panels(request, node):
    """Contests run at or above ``node``, open or recent: this node's contestants and
    participation rate, each linked to its rankings for this node (lms.hooks.DASHBOARD_PANELS;
    asked once the dashboard has checked she may see ``node``)."""
    items = rankings.dashboard_participation(node)
    if not items:
        return []
    return [
        render_to_string(
            "contests/dashboard_panel.html", {"items": items, "node": node}, request=request
        )
    ]

"""Sections contests adds to lms's pages through its hooks (registered in wagtail_hooks)."""

from django.template.loader import render_to_string

from contests import rankings


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

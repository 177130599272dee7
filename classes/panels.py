"""The classes' answer to ``courses.hooks.HOME_PANELS``: on her home page, the classes she is
invited to (and, for an organiser, a way to her classes). Rendered HTML, as the hook asks."""

from django.template.loader import render_to_string

from classes import selectors
from lms.chapters.scope import can_organise, organising_paths


def _organiser(user):
    """Trainers (staff, who author courses in the admin) find their classes from the home
    page; leaders and officials from their dashboard (``dashboard_panels``). Asked of staff
    only, so that a member's home page costs one query for the classes."""
    if not user.is_staff:
        return False
    paths = organising_paths(user)
    return paths is None or bool(paths)


def home_panels(request):
    user = request.user
    if not user.is_authenticated:
        return []
    sessions = selectors.upcoming_for_member(user)
    organiser = _organiser(user)
    if not sessions and not organiser:
        return []
    return [
        render_to_string(
            "classes/home_panel.html",
            {"sessions": sessions, "organiser": organiser, "here": request.get_full_path()},
            request=request,
        )
    ]


def dashboard_panels(request, node):
    """On a node's dashboard, for those who may hold classes there: schedule one for this
    unit, and her classes. No query: the dashboard has read her roles already."""
    if not can_organise(request.user, node):
        return []
    return [render_to_string("classes/dashboard_panel.html", {"node": node}, request=request)]

"""The classes' answer to ``courses.hooks.HOME_PANELS``: on her home page, the classes she is
invited to (and, for an organiser, a way to her classes). Rendered HTML, as the hook asks."""

from django.template.loader import render_to_string

from classes import selectors
from lms.chapters.scope import organising_paths


def home_panels(request):
    user = request.user
    if not user.is_authenticated:
        return []
    sessions = selectors.upcoming_for_member(user)
    paths = organising_paths(user)
    organiser = paths is None or bool(paths)
    if not sessions and not organiser:
        return []
    return [
        render_to_string(
            "classes/home_panel.html",
            {"sessions": sessions, "organiser": organiser, "here": request.get_full_path()},
            request=request,
        )
    ]

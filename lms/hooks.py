"""Values that the apps above lms (contests, classes) add to its pages, asked for through
Wagtail hooks: lms never imports them (docs/architecture.md). They register their answers in
their own ``wagtail_hooks.py``."""

from wagtail import hooks

# fn(request, node) -> [HTML]: sections for a node's completion dashboard, below the
# completion figures (classes held and members trained in class, contest participation).
# Each answer is rendered HTML made safe by its app's template; [] when there is nothing.
DASHBOARD_PANELS = "sen_dashboard_panels"


def dashboard_panels_for(request, node):
    """Every section the apps above lms add to ``node``'s dashboard, in hook order."""
    panels = []
    for answer_for in hooks.get_hooks(DASHBOARD_PANELS):
        panels.extend(answer_for(request, node) or [])
    return panels

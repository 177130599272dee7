"""Who may see a course's insights, and how far.

- Whoever may edit the course (its trainers, a superuser) sees the whole course: the figures
  are counts with no names, and they are what she needs to improve her lessons.
- Chapter leaders and union officials see only members beneath their nodes
  (``lms.chapters.scope``), as on their dashboards.
- Nobody else sees them.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

from lms.chapters import scope

WHOLE = "whole"
SCOPED = "scoped"


def insight_reach(user, course):
    """WHOLE, SCOPED or None for ``user`` on ``course`` (a CoursePage)."""
    if not (user.is_authenticated and user.is_active):
        return None
    if user.is_superuser or course.permissions_for_user(user).can_edit():
        return WHOLE
    if scope.has_scope(user):
        return SCOPED
    return None


def may_see_some_insights(user):
    """Whether the admin menu offers course insights to ``user`` at all."""
    if not (user.is_authenticated and user.is_active):
        return False
    return (
        user.is_superuser
        or scope.has_scope(user)
        or PagePermissionPolicy().user_has_any_permission(user, {"change", "publish"})
    )

"""Editor panels of the course pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import HelpPanel


class CourseUpdatePanel(HelpPanel):
    """A notice at the top of a course's and its lessons' editor while the members' progress
    is being brought up to date in the background after a change (``courses.tasks``). Shown
    only then."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "content",
            _(
                "Updating members' progress after the last change to this course… "
                "Dashboards and certificates catch up in a few minutes; you can keep working."
            ),
        )
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            from courses.models import CoursePage, CourseRuleUpdate

            page = self.instance
            if page is None or page.pk is None:
                return False
            course = page if isinstance(page, CoursePage) else getattr(page, "course", None)
            if course is None:
                return False
            return CourseRuleUpdate.objects.filter(course_id=course.pk).exists()

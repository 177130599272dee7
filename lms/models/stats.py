from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ChapterCourseStats(models.Model):
    """Per chapter and course: how many of its members started and completed the course.

    Denormalised on purpose: changed by one ``UPDATE ... SET n = n + 1`` in the same
    transaction as each enrollment change, so a dashboard for any node sums its chapters'
    rows (cost follows the number of chapters, not members). ``recompute_chapter_stats``
    rebuilds them from the facts.
    """

    chapter = models.ForeignKey(
        "lms.Chapter", on_delete=models.CASCADE, related_name="course_stats"
    )
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    started = models.PositiveIntegerField(_("started"), default=0)
    completed = models.PositiveIntegerField(_("completed"), default=0)

    class Meta:
        verbose_name = _("chapter course figures")
        constraints = [
            models.UniqueConstraint(fields=["chapter", "course"], name="one_stats_row_per_course")
        ]

    def __str__(self):
        return f"{self.chapter_id}/{self.course_id}: {self.completed}/{self.started}"


def week_of(moment):
    """The Monday of the week ``moment`` falls in, in the site's time zone (a date)."""
    day = timezone.localdate(moment)
    return day - timedelta(days=day.weekday())


class ChapterWeekStats(models.Model):
    """Per chapter, course and week: how many of its members completed the course that week.

    Denormalised on purpose, like ``ChapterCourseStats`` and moved by the same receivers:
    the weekly chart of a dashboard sums at most chapters x courses x weeks small rows
    instead of reading every member's enrollment. ``week`` is the Monday, in the site's
    time zone, of the enrollment's ``completed_at``.
    """

    chapter = models.ForeignKey("lms.Chapter", on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    week = models.DateField(_("week"))
    completed = models.PositiveIntegerField(_("completed"), default=0)

    class Meta:
        verbose_name = _("chapter weekly figures")
        constraints = [
            models.UniqueConstraint(
                fields=["chapter", "course", "week"], name="one_stats_row_per_course_week"
            )
        ]

    def __str__(self):
        return f"{self.chapter_id}/{self.course_id}/{self.week}: {self.completed}"

from django.db import models
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

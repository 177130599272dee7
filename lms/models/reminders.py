from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReminderLog(models.Model):
    """A leader reminded a member about a course (in the chapter's Zalo group or in a private
    chat): what the reminder page shows as "last reminded"."""

    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reminders_sent",
        verbose_name=_("leader"),
    )
    member = models.ForeignKey(
        "lms.Member",
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("member"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("course"),
    )
    created_at = models.DateTimeField(_("reminded at"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        indexes = [
            models.Index(fields=["member", "course", "created_at"], name="reminder_member_course")
        ]

    def __str__(self):
        return f"{self.member_id} / {self.course_id}"

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel


class Campaign(ClusterableModel):
    """Courses assigned to everyone beneath a node, with a start and a due date."""

    name = models.CharField(_("name"), max_length=200)
    node = models.ForeignKey(
        "lms.Chapter",
        on_delete=models.CASCADE,
        related_name="campaigns",
        verbose_name=_("for everyone in"),
    )
    courses = ParentalManyToManyField("courses.CoursePage", verbose_name=_("courses"))
    starts_on = models.DateField(_("starts on"))
    due_on = models.DateField(_("due on"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-starts_on"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts_on and self.due_on and self.due_on < self.starts_on:
            raise ValidationError({"due_on": _("The due date is before the start date.")})


class CampaignReminder(models.Model):
    """A text message reminding a member that a campaign's due date is near
    (``lms.campaigns.reminders``): planned by ``manage.py run_schedule``, sent by a worker.
    One a day at most per member (a constraint: running the schedule again the same day adds
    nothing), one a week by the planning rule."""

    member = models.ForeignKey(
        "lms.Member", on_delete=models.CASCADE, related_name="campaign_reminders"
    )
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="reminders")
    planned_on = models.DateField(_("day"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("campaign reminder")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "planned_on"], name="one_campaign_reminder_a_day"
            )
        ]
        indexes = [
            models.Index(fields=["planned_on", "sent_at"], name="reminder_to_send"),
            models.Index(fields=["campaign", "member"], name="reminder_campaign_member"),
        ]

    def __str__(self):
        return f"{self.member_id} / {self.campaign_id} @ {self.planned_on}"

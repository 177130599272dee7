"""Campaigns' background work (``core.tasks``): sending the day's reminders."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from core.tasks import task
from lms.campaigns.reminders import in_quiet_hours, reminder_text
from lms.messaging import sms
from lms.models import CampaignReminder

BATCH = 200


def _site_url():
    site = Site.objects.filter(is_default_site=True).first()
    return f"{site.root_url}/" if site else "/"


@task()
def send_campaign_reminders():
    """Send the planned reminders not sent yet (today's and yesterday's: one delayed past
    quiet hours goes the next morning; older ones are dropped). Each batch is claimed (marked
    sent) before it is sent, so a second worker or a second run never sends a reminder twice;
    a worker that dies mid-batch loses at most that batch (a reminder, not a record).
    Returns how many were sent."""
    sent = 0
    site_url = _site_url()
    while not in_quiet_hours(timezone.now()):
        today = timezone.localdate()
        with transaction.atomic():
            batch = list(
                CampaignReminder.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(sent_at__isnull=True, planned_on__gte=today - timedelta(days=1))
                .select_related("member__user", "campaign")
                .order_by("pk")[:BATCH]
            )
            CampaignReminder.objects.filter(pk__in=[r.pk for r in batch]).update(
                sent_at=timezone.now()
            )
        if not batch:
            break
        for reminder in batch:
            sent += sms.send_sms(
                reminder.member.user.phone,
                reminder_text(reminder, site_url=site_url),
                fail_silently=True,
            )
    return sent

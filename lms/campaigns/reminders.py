"""Text-message reminders before a campaign's due date (issue 15).

Each day ``manage.py run_schedule`` plans them (``plan_reminders``) and queues the sending
(``lms.campaigns.tasks.send_campaign_reminders``). The rules, in one place:

- a campaign that has started and is due within ``DAYS_BEFORE`` days;
- members beneath its node who have not finished every one of its courses, who have not
  turned reminders off on their account page, and whose account is active;
- at most one reminder a week to a member, whatever the campaigns (the soonest due first);
- never during quiet hours (``QUIET_FROM`` to ``QUIET_UNTIL``, the site's time zone).

Planning is set-based (a few queries per campaign, rows written a batch at a time) and safe to
run again: the day's rows are unique per member.
"""

from datetime import time, timedelta

from django.conf import settings
from django.db.models import Count
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.iterables import batched
from courses.models import Enrollment
from lms.models import Campaign, CampaignReminder, Member

DAYS_BEFORE = 7
WEEK = timedelta(days=7)
QUIET_FROM = time(20, 0)
QUIET_UNTIL = time(8, 0)
BATCH = 1000


def in_quiet_hours(moment):
    local = timezone.localtime(moment).time()
    return local >= QUIET_FROM or local < QUIET_UNTIL


def campaigns_due_soon(today):
    return (
        Campaign.objects.filter(
            starts_on__lte=today, due_on__gte=today, due_on__lte=today + timedelta(DAYS_BEFORE)
        )
        .select_related("node")
        .order_by("due_on", "pk")
    )


def members_to_remind(campaign, today):
    """Members beneath the campaign's node who should get a reminder today."""
    course_ids = list(campaign.courses.live().values_list("pk", flat=True))
    if not course_ids:
        return Member.objects.none()
    finished = (
        Enrollment.objects.filter(course_id__in=course_ids, completed_at__isnull=False)
        .values("user_id")
        .annotate(n=Count("pk"))
        .filter(n=len(course_ids))
        .values("user_id")
    )
    reminded_this_week = CampaignReminder.objects.filter(
        planned_on__gt=today - WEEK, planned_on__lte=today
    ).values("member_id")
    return (
        Member.objects.filter(
            chapter__path__startswith=campaign.node.path,
            sms_reminders=True,
            user__is_active=True,
        )
        .exclude(user_id__in=finished)
        .exclude(pk__in=reminded_this_week)
    )


def plan_reminders(*, now=None):
    """Write today's reminder rows; returns how many were added (0 in quiet hours)."""
    now = now or timezone.now()
    if in_quiet_hours(now):
        return 0
    today = timezone.localdate(now)
    added = 0
    for campaign in campaigns_due_soon(today):
        ids = list(members_to_remind(campaign, today).order_by("pk").values_list("pk", flat=True))
        for batch in batched(ids, BATCH):
            rows = CampaignReminder.objects.bulk_create(
                [
                    CampaignReminder(member_id=pk, campaign=campaign, planned_on=today)
                    for pk in batch
                ],
                ignore_conflicts=True,  # already planned today (another campaign, a rerun)
            )
            added += len(rows)
    return added


def given_name(full_name):
    """The name she is called by: the last word of a Vietnamese full name."""
    words = full_name.split()
    return words[-1] if words else ""


def reminder_text(reminder, *, site_url):
    """The message, in the site's language (Vietnamese), short enough for one SMS once its
    accents are dropped (``lms.messaging.sms.to_gsm``)."""
    campaign = reminder.campaign
    with translation.override(settings.LANGUAGE_CODE):
        return _(
            'Sen: %(name)s, please finish "%(campaign)s" by %(due)s: %(url)s '
            "No more reminders: %(url)sme/"
        ) % {
            "name": given_name(reminder.member.full_name),
            "campaign": campaign.name[:40],
            "due": date_format(campaign.due_on, "d/m"),
            "url": site_url,
        }

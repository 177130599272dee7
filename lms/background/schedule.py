"""What ``manage.py run_schedule`` does each time cron or a systemd timer runs it (every few
minutes; docs/deploy.md). Each step is safe to run again at any moment.

- Tasks left running by a worker that died (killed, out of memory, machine restarted) go back
  to the queue (database queue only; RQ moves them to its failed registry itself). After
  ``MAX_TRIES`` such deaths a task is marked failed, for the superusers' report.
- A course whose members' progress has waited too long for its update (the task failed or
  was lost) is asked for again.
- A member import with no progress for that long and no failure recorded (its task was lost
  or its worker died) is asked for again; it goes on from its last batch.
- Campaign reminders: the day's are planned (``lms.campaigns.reminders``) and their sending
  queued, outside quiet hours.
- Leaders' member lists (``lms.dashboards.export_jobs``): files and rows past their day are
  deleted; a list whose runs all died (no progress for ``MAX_TRIES + 1`` stalls) is marked
  failed, so that her page stops waiting.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.tasks import TaskResultStatus, enqueue, stores_in_database
from courses.models import CourseRuleUpdate
from courses.tasks import reapply_course_rule
from lms.campaigns import reminders
from lms.campaigns.tasks import send_campaign_reminders
from lms.dashboards.export_jobs import export_jobs_clean
from lms.imports.jobs import overdue_member_imports
from lms.imports.tasks import run_member_import
from lms.models import CampaignReminder

MAX_TRIES = 3


def _stalled_after():
    return getattr(settings, "SEN_TASK_STALLED_AFTER", timedelta(minutes=30))


def requeue_stalled_tasks(*, now=None):
    """Put tasks whose worker died back in the queue; returns (requeued, given up)."""
    if not stores_in_database():
        return 0, 0
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    requeued = given_up = 0
    with transaction.atomic():
        stalled = (
            DBTaskResult.objects.select_for_update(skip_locked=True)
            .filter(status=TaskResultStatus.RUNNING, started_at__lt=now - _stalled_after())
            .order_by("started_at")
        )
        for result in stalled:
            if len(result.worker_ids) >= MAX_TRIES:
                result.status = TaskResultStatus.FAILED
                result.finished_at = now
                result.exception_class_path = "lms.background.schedule.WorkerDied"
                result.traceback = (
                    f"WorkerDied: the worker running this task stopped {len(result.worker_ids)} "
                    "times before it finished"
                )
                result.save(
                    update_fields=["status", "finished_at", "exception_class_path", "traceback"]
                )
                given_up += 1
            else:
                result.status = TaskResultStatus.READY
                result.started_at = None
                result.save(update_fields=["status", "started_at"])
                requeued += 1
    return requeued, given_up


def request_overdue_course_updates(*, now=None):
    """Ask again for courses whose progress update has waited too long; returns how many."""
    now = now or timezone.now()
    overdue = list(
        CourseRuleUpdate.objects.filter(requested_at__lt=now - _stalled_after()).values_list(
            "course_id", flat=True
        )
    )
    for course_id in overdue:
        enqueue(reapply_course_rule, course_id)
    return len(overdue)


def request_overdue_member_imports(*, now=None):
    """Ask again for member imports left unfinished without an error; returns how many."""
    overdue = overdue_member_imports(now=now)
    for job_id in overdue:
        enqueue(run_member_import, str(job_id))
    return len(overdue)


def remind_campaign_members(*, now=None):
    """Plan today's reminders and queue their sending; returns how many were planned."""
    now = now or timezone.now()
    planned = reminders.plan_reminders(now=now)
    if (
        not reminders.in_quiet_hours(now)
        and CampaignReminder.objects.filter(sent_at__isnull=True).exists()
    ):
        enqueue(send_campaign_reminders)
    return planned


def clean_exports(*, now=None):
    """Delete expired member lists; give up on those whose runs died. (deleted, failed)."""
    now = now or timezone.now()
    return export_jobs_clean(now=now, stopped_before=now - _stalled_after() * (MAX_TRIES + 1))

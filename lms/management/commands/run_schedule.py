from django.core.management.base import BaseCommand

from lms.background import schedule


class Command(BaseCommand):
    help = (
        "Sen's periodic work, for cron or a systemd timer every few minutes (docs/deploy.md): "
        "requeue tasks whose worker died, ask again for overdue course progress updates and "
        "member imports, plan "
        "and send campaign reminders (outside quiet hours, at most one a week per member), "
        "delete member lists past their day. "
        "Safe to run at any time and more than once."
    )

    def handle(self, *args, **options):
        requeued, given_up = schedule.requeue_stalled_tasks()
        overdue = schedule.request_overdue_course_updates()
        imports = schedule.request_overdue_member_imports()
        planned = schedule.remind_campaign_members()
        deleted, failed = schedule.clean_exports()
        self.stdout.write(
            f"Tasks requeued after their worker stopped: {requeued}; given up: {given_up}. "
            f"Course progress updates asked for again: {overdue}. "
            f"Member imports asked for again: {imports}. "
            f"Campaign reminders planned: {planned}. "
            f"Member lists deleted after their day: {deleted}; given up: {failed}."
        )

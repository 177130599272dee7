from django.core.management.base import BaseCommand

from lms.stats import recompute
from lms.stats.tasks import recompute_counters


class Command(BaseCommand):
    help = (
        "Rebuild the per-chapter counters (course totals and completions per week) from the "
        "enrollments and report any drift."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--in-background",
            action="store_true",
            help="Queue the work for a background worker (docs/deploy.md, Workers) and return.",
        )

    def handle(self, *args, **options):
        if options["in_background"]:
            result = recompute_counters.enqueue()
            self.stdout.write(f"Queued (task {result.id}).")
            return
        wrong = recompute.recompute()
        if not wrong:
            self.stdout.write(self.style.SUCCESS("Counters agree with the facts."))
            return
        for key, (was, now) in sorted(wrong.items(), key=lambda item: str(item[0])):
            if len(key) == 2:
                chapter_id, course_id = key
                self.stdout.write(
                    f"chapter {chapter_id} course {course_id}: was {was[0]}/{was[1]}, "
                    f"now {now[0]}/{now[1]} (started/completed)"
                )
            else:
                chapter_id, course_id, week = key
                self.stdout.write(
                    f"chapter {chapter_id} course {course_id} week of {week.isoformat()}: "
                    f"was {was}, now {now} (completed)"
                )
        self.stdout.write(self.style.WARNING(f"Fixed {len(wrong)} counter rows."))

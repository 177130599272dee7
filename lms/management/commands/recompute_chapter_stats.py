from django.core.management.base import BaseCommand

from lms import stats


class Command(BaseCommand):
    help = "Rebuild the per-chapter course counters from enrollments and report any drift."

    def handle(self, *args, **options):
        wrong = stats.recompute()
        if not wrong:
            self.stdout.write(self.style.SUCCESS("Counters agree with the facts."))
            return
        for (chapter_id, course_id), (was, now) in sorted(wrong.items()):
            self.stdout.write(
                f"chapter {chapter_id} course {course_id}: was {was[0]}/{was[1]}, "
                f"now {now[0]}/{now[1]} (started/completed)"
            )
        self.stdout.write(self.style.WARNING(f"Fixed {len(wrong)} counter rows."))

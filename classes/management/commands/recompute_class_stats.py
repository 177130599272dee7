from django.core.management.base import BaseCommand

from classes import stats


class Command(BaseCommand):
    help = (
        "Rebuild the class counters (sessions held, attendances, members trained in class, "
        "per unit, course and month) from the attendances of closed sessions and report any drift."
    )

    def handle(self, *args, **options):
        wrong = stats.recompute()
        if not wrong:
            self.stdout.write(self.style.SUCCESS("Class counters agree with the attendances."))
            return
        for (chapter_id, course_id, month), (was, now) in sorted(wrong.items()):
            self.stdout.write(
                f"chapter {chapter_id} course {course_id} month {month:%Y-%m}: "
                f"was {was[0]}/{was[1]}/{was[2]}, now {now[0]}/{now[1]}/{now[2]} "
                "(sessions/attendances/trained)"
            )
        self.stdout.write(self.style.WARNING(f"Fixed {len(wrong)} counter rows."))

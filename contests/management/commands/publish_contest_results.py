from django.core.management.base import BaseCommand

from contests import services


class Command(BaseCommand):
    help = (
        "Publish the results of every contest round that has closed: count the contestants "
        "with every answer right (the prediction question's answer) and open the results "
        "pages. Safe to run every few minutes from cron: a published round is left as it is, "
        "and a round with an attempt still inside its time limit waits for the next run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--recount",
            action="store_true",
            help="Rebuild each round's standings from its attempts before publishing.",
        )

    def handle(self, *args, **options):
        published = waiting = 0
        for round_ in services.rounds_to_publish():
            if options["recount"]:
                drift = services.standings_recount(round=round_)
                if drift:
                    self.stdout.write(
                        self.style.WARNING(
                            f"round {round_.pk}: fixed {drift.standings} standings and "
                            f"{drift.participation} participation counters"
                        )
                    )
            try:
                services.round_results_publish(round=round_)
            except services.RoundStillOpen:
                waiting += 1
                self.stdout.write(f"round {round_.pk}: attempts still running, next time")
                continue
            published += 1
            self.stdout.write(
                f"round {round_.pk} ({round_.contest_id}): published, "
                f"{round_.perfect_count} with every answer right"
            )
        self.stdout.write(self.style.SUCCESS(f"{published} round(s) published, {waiting} waiting."))

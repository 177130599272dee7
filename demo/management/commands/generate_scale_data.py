import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from demo import scale_data


class Command(BaseCommand):
    help = (
        "Fill a throwaway database with synthetic chapters, members, courses and progress for "
        "benchmarks. Deterministic for a given --seed (and --until day)."
    )

    def add_arguments(self, parser):
        default = scale_data.Scale()
        parser.add_argument("--chapters", type=int, default=default.chapters)
        parser.add_argument("--members", type=int, default=default.members)
        parser.add_argument("--courses", type=int, default=default.courses)
        parser.add_argument(
            "--lessons", type=int, default=default.lessons, help="Lessons per course."
        )
        parser.add_argument(
            "--completion-ratio",
            type=float,
            default=default.completion_ratio,
            help="Share of all (member, lesson) pairs that are done.",
        )
        parser.add_argument(
            "--districts", type=int, default=default.districts, help="Per province."
        )
        parser.add_argument(
            "--provinces",
            type=int,
            default=default.provinces,
            help="More than one: a national root above them.",
        )
        parser.add_argument(
            "--first-province-chapters",
            type=int,
            default=default.first_province_chapters,
            help="Chapters of the first province (default: an equal share).",
        )
        parser.add_argument(
            "--defer-indexes",
            action="store_true",
            help="Build the big tables' indexes after loading them (PostgreSQL; millions of rows).",
        )
        parser.add_argument("--seed", type=int, default=default.seed)
        parser.add_argument(
            "--until",
            type=dt.date.fromisoformat,
            default=None,
            help="Last day of activity (YYYY-MM-DD); default today.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though the database holds real members.",
        )

    def handle(self, *args, **options):
        for name in ("chapters", "members", "courses", "lessons", "districts", "provinces"):
            if options[name] < 1:
                raise CommandError(f"--{name} must be at least 1.")
        if not 0 <= options["completion_ratio"] <= 1:
            raise CommandError("--completion-ratio must be between 0 and 1.")
        if options["provinces"] > options["chapters"]:
            raise CommandError("--provinces cannot be more than --chapters.")
        scale = scale_data.Scale(
            chapters=options["chapters"],
            members=options["members"],
            courses=options["courses"],
            lessons=options["lessons"],
            completion_ratio=options["completion_ratio"],
            seed=options["seed"],
            districts=options["districts"],
            until=options["until"],
            provinces=options["provinces"],
            first_province_chapters=options["first_province_chapters"],
        )
        log = self.stdout.write if options["verbosity"] > 1 else None
        try:
            result = scale_data.generate(
                scale, force=options["force"], log=log, defer_indexes=options["defer_indexes"]
            )
        except scale_data.ScaleDataError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {result['chapters']:,} chapters ({result['nodes']:,} nodes), "
                f"{result['members']:,} members, {len(result['courses'])} courses of "
                f"{scale.lessons} lessons, {result['enrollments']:,} enrollments, "
                f"{result['completions']:,} lesson completions and {result['attempts']:,} quiz "
                f"attempts in {result['seconds']:.1f} s."
            )
        )
        self.stdout.write(
            f"Root: {result['root'].name} (code {result['root'].code}). "
            f"Members sign in with {scale_data.PHONE_PREFIX}0000001... and password "
            f"{scale_data.PASSWORD}."
        )

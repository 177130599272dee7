"""The contest round closing on its own, without the scale data (bench/contest_load.py):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sen_bench \\
        python -m bench.contest_run [--contestants 1000] [--window 100] [--workers 4]

Migrates the database, adds a district of 20 chapters with the members it needs (once), runs
the round through gunicorn and prints the figures and the targets. ``make bench`` runs the
same load on the scale data's province.
"""

import argparse
import sys

from bench.run import setup_django

NODE_CODE = "bench-contest-district"
CHAPTERS = 20


def members_beneath(count):
    """A district of 20 chapters with ``count`` members in all (added once, topped up)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from lms.models import Chapter, Member
    from lms.stats.counters import members_added

    district = Chapter.objects.filter(code=NODE_CODE).first()
    if district is None:
        district = Chapter.add_root(
            name="Huyện thi thử", code=NODE_CODE, kind=Chapter.Kind.DISTRICT
        )
        for i in range(CHAPTERS):
            district.add_child(name=f"Chi hội thi {i + 1}", code=f"{NODE_CODE}-{i}", kind="chapter")
            district.refresh_from_db()
    chapters = list(Chapter.objects.filter(path__startswith=district.path, kind="chapter"))
    have = Member.objects.filter(chapter__in=chapters).count()
    if have < count:
        User = get_user_model()
        password = make_password(None)  # no sign-in by password: sessions are made directly
        users = User.objects.bulk_create(
            [User(phone=f"+849695{n:05d}", password=password) for n in range(have, count)]
        )
        Member.objects.bulk_create(
            [
                Member(user=user, full_name=f"Nguyễn Thị Thi {n}", chapter=chapters[n % CHAPTERS])
                for n, user in enumerate(users, start=have)
            ]
        )
        members_added([chapters[n % CHAPTERS].pk for n in range(have, count)])
    return district


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contestants", type=int, default=1000)
    parser.add_argument("--window", type=float, default=100, help="seconds over which they start")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    args = parser.parse_args(argv)
    if not setup_django():
        return 2
    from django.core.management import call_command

    from bench import contest_load
    from bench.report import Report

    call_command("migrate", interactive=False, verbosity=0)
    report = Report()
    district = members_beneath(args.contestants)
    contest_load.run(
        report,
        node=district,
        contestants=args.contestants,
        window_s=args.window,
        workers=args.workers,
    )
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())

"""`make bench` / `make bench-quick`: load scale data into the PostgreSQL database named by
DATABASE_URL and print one line per figure, ``name value unit``, then the targets.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sen_bench python -m bench.run [--quick]
        [--national]

The database should be a throwaway one: the suite migrates it and loads 200,000 members
(20,000 with --quick; 2,000,000 with --national, about 7 GB). It refuses SQLite, and a
database that holds real members.
"""

import argparse
import os
import sys

POSTGRES_SCHEMES = ("postgres://", "postgresql://", "pgsql://")


def database_problem(url):
    """Why ``url`` cannot be benchmarked, or None."""
    if not url:
        return (
            "DATABASE_URL is not set. The benchmarks run on PostgreSQL only: create a throwaway "
            "database and run e.g.\n  createdb -h 127.0.0.1 -U postgres sen_bench\n"
            "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/sen_bench make bench"
        )
    if not url.startswith(POSTGRES_SCHEMES):
        return (
            f"DATABASE_URL={url.split('://')[0]}://... is not PostgreSQL. The benchmarks refuse "
            "SQLite (and anything else): production runs on PostgreSQL, and SQLite's single "
            "writer lock would make the concurrency and report figures meaningless. Point "
            "DATABASE_URL at a throwaway PostgreSQL database."
        )
    return None


def setup_django():
    """Refuse a database the bench cannot use (printing why), else set Django up on the bench
    settings. Returns False when refused: the caller exits with 2."""
    problem = database_problem(os.environ.get("DATABASE_URL", ""))
    if problem:
        print(f"bench: {problem}", file=sys.stderr)
        return False
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="one tenth of the scale (a smoke test in CI)"
    )
    parser.add_argument(
        "--national",
        action="store_true",
        help="63 provinces, 10,000 chapters, 2,000,000 members, 20,000,000 lesson completions "
        "(with --quick: one hundredth of the members)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a target is missed, not only on errors"
    )
    args = parser.parse_args(argv)
    if not setup_django():
        return 2
    from bench import suite

    if args.national:
        return suite.run_national(quick=args.quick, strict=args.strict)
    return suite.run(quick=args.quick, strict=args.strict)


if __name__ == "__main__":
    sys.exit(main())

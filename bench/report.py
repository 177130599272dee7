"""Printing figures (``name value unit``) and judging them against the targets."""

import sys

# name, comparison, threshold: the targets. Missing one is reported, not fatal
# (timings on a shared CI machine are noise), unless --strict.
TARGETS = [
    ("lesson_page_ratio", "<=", 1.5),
    ("province_dashboard_s", "<", 0.3),
    ("report_speedup", ">=", 20),
    ("report_speedup_vs_grouped", ">=", 30),
    ("lesson_page_kb", "<", 100),
    ("big_chapter_page_s", "<", 0.3),
    ("big_chapter_page_kb", "<", 100),
    ("member_export_peak_mb", "<", 50),
    # national scale (--national)
    ("national_dashboard_s", "<", 0.3),
    ("publish_request_s", "<", 0.5),
    ("province_export_peak_mb", "<", 512),
    ("contest_submit_p95_s", "<", 1.5),
    ("contest_rankings_match", ">=", 1),
]
# Figures that say the data or the code is wrong: any non-zero value fails the run.
MUST_BE_ZERO = [
    "tree_problems",
    "report_mismatches",
    "quiz_client_errors",
    "quiz_attempts_lost",
    "quiz_attempts_duplicated",
    "quiz_completions_wrong",
    "chapter_stats_wrong",
    "contest_client_errors",
    "contest_lost",
    "contest_duplicated",
]
OPERATORS = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
}


def _format(value):
    if isinstance(value, int):
        return str(value)
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


class Report:
    def __init__(self, out=None):
        self.out = out or sys.stdout
        self.values = {}
        self.pairs = []  # (page, name_a, name_b): query counts that must be equal

    def figure(self, name, value, unit):
        self.values[name] = value
        print(f"{name} {_format(value)} {unit}", file=self.out, flush=True)

    def note(self, text):
        print(f"# {text}", file=self.out, flush=True)

    def pair(self, page, name_a, name_b):
        self.pairs.append((page, name_a, name_b))

    def verdicts(self):
        """[(ok, text)] for every target, equal pair and integrity check that was measured."""
        lines = []
        for name, op, threshold in TARGETS:
            if name in self.values:
                value = self.values[name]
                ok = OPERATORS[op](value, threshold)
                lines.append((ok, f"{name} {_format(value)} {op} {threshold}"))
        for page, a, b in self.pairs:
            ok = self.values[a] == self.values[b]
            lines.append((ok, f"{page} queries equal: {self.values[a]} and {self.values[b]}"))
        return lines

    def finish(self, *, strict=False):
        """Print the verdicts; the exit status: 1 on an integrity failure (or a missed target
        with ``strict``), else 0."""
        self.note("targets:")
        missed = 0
        for ok, text in self.verdicts():
            missed += not ok
            self.note(f"  {'met   ' if ok else 'MISSED'} {text}")
        broken = [name for name in MUST_BE_ZERO if self.values.get(name, 0)]
        for name in broken:
            self.note(f"  ERROR  {name} is {self.values[name]}, must be 0")
        if broken or (strict and missed):
            return 1
        return 0

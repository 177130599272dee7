"""What contestants do: attempts (entries), each member's standing per round, and the
per-unit participation counters the unit rankings sum."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contests.models.contests import Round


class ContestEntry(models.Model):
    """One attempt at a round. The draw is fixed when she starts (``snapshot``: the questions
    as served, scored later with the quiz rules); ``deadline_at`` is when the server stops
    taking her answers (plus a small grace). At most one open attempt per member and round,
    held by the database."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="entries")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contest_entries"
    )
    # Her chapter when she started (denormalised: units are ranked by where contestants were,
    # without joining members for every entry).
    chapter = models.ForeignKey("lms.Chapter", on_delete=models.PROTECT, related_name="+")
    number = models.PositiveSmallIntegerField(_("attempt number"))
    snapshot = models.JSONField(_("questions as served"))
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline_at = models.DateTimeField(_("answers taken until"))
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    correct = models.PositiveSmallIntegerField(_("right answers"), null=True)
    # Per-question results as scored at submit (quizzes.scoring.results_to_store), shown on
    # her result page once the round's right answers are published; never scored again.
    results = models.JSONField(_("results per question"), null=True, blank=True)
    total = models.PositiveSmallIntegerField(_("questions"))
    duration_ms = models.PositiveIntegerField(_("time taken (ms)"), null=True)
    prediction = models.PositiveIntegerField(_("prediction"), null=True, blank=True)
    client_key = models.UUIDField(_("key from her phone"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("contest attempt")
        verbose_name_plural = _("contest attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "user", "number"], name="contest_entry_number_unique"
            ),
            models.UniqueConstraint(
                fields=["round", "user"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_contest_entry",
            ),
            models.UniqueConstraint(fields=["user", "client_key"], name="contest_entry_client_key"),
        ]

    def __str__(self):
        return f"{self.round_id} / {self.user_id} #{self.number}"


class RoundStanding(models.Model):
    """Her best submitted attempt in a round (best = most right answers, then least time):
    the row rankings read. Changed in the transaction that submits an attempt."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="standings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    chapter = models.ForeignKey("lms.Chapter", on_delete=models.PROTECT, related_name="+")
    entry = models.ForeignKey(ContestEntry, on_delete=models.CASCADE, related_name="+")
    correct = models.PositiveSmallIntegerField(_("right answers"))
    duration_ms = models.PositiveIntegerField(_("time taken (ms)"))
    prediction = models.PositiveIntegerField(_("prediction"), null=True, blank=True)

    class Meta:
        verbose_name = _("round standing")
        constraints = [
            models.UniqueConstraint(fields=["round", "user"], name="one_standing_per_round"),
        ]
        indexes = [
            models.Index(fields=["round", "-correct", "duration_ms"], name="standing_rank"),
        ]

    def __str__(self):
        return f"{self.round_id} / {self.user_id}"


class UnitParticipation(models.Model):
    """Contestants of a round per chapter (members with at least one submitted attempt),
    kept with ``UPDATE ... SET contestants = contestants + 1`` when a member's first attempt
    of the round is submitted. A unit at any level sums its chapters' rows
    (``chapter__path__startswith``): the cost follows chapters, not contestants."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="+")
    chapter = models.ForeignKey("lms.Chapter", on_delete=models.CASCADE, related_name="+")
    contestants = models.PositiveIntegerField(_("contestants"), default=0)

    class Meta:
        verbose_name = _("participation per chapter")
        constraints = [
            models.UniqueConstraint(fields=["round", "chapter"], name="one_participation_row"),
        ]

    def __str__(self):
        return f"{self.round_id} / {self.chapter_id}: {self.contestants}"

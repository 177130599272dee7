"""A contest, its rounds and the mix of questions each attempt draws from the bank."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from contests.models.bank import Difficulty
from courses.models import Topic


class Contest(ClusterableModel):
    """Launched by an official for her node (a province or district, or any node): members
    beneath ``node`` may enter. Open in rounds; each attempt draws ``draw_rules`` from the
    bank, answered against ``time_limit_seconds``."""

    node = models.ForeignKey(
        "lms.Chapter", verbose_name=_("run for"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    intro = models.CharField(
        _("introduction"), max_length=300, help_text=_("One or two sentences for the share card.")
    )
    rules = RichTextField(_("rules"), features=["bold", "italic", "ol", "ul", "link"])
    prizes = models.TextField(_("prizes"), blank=True)
    picture = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("share picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    time_limit_seconds = models.PositiveIntegerField(_("time limit (seconds)"), default=600)
    attempts_per_round = models.PositiveSmallIntegerField(
        _("attempts per round"), default=2, help_text=_("Her best attempt counts.")
    )
    prediction_question = models.CharField(
        _("prediction question"),
        max_length=300,
        default=_("How many contestants will answer every question right in this round?"),
    )
    live = models.BooleanField(_("open to members"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("contest")
        verbose_name_plural = _("contests")
        constraints = [
            models.CheckConstraint(
                condition=Q(time_limit_seconds__gt=0), name="contest_has_time_limit"
            ),
            models.CheckConstraint(
                condition=Q(attempts_per_round__gt=0), name="contest_allows_an_attempt"
            ),
        ]

    def __str__(self):
        return self.title


class ContestDrawRule(Orderable):
    """``count`` questions of this topic and difficulty in every attempt (the fixed mix)."""

    contest = ParentalKey(Contest, on_delete=models.CASCADE, related_name="draw_rules")
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    difficulty = models.CharField(_("difficulty"), max_length=10, choices=Difficulty.choices)
    count = models.PositiveSmallIntegerField(_("questions"), default=5)

    class Meta(Orderable.Meta):
        verbose_name = _("question mix")
        constraints = [
            models.UniqueConstraint(
                fields=["contest", "topic", "difficulty"], name="one_draw_rule_per_kind"
            ),
        ]


class Round(Orderable):
    """A round, usually a week. Rankings and right answers are published once it closes."""

    contest = ParentalKey(Contest, on_delete=models.CASCADE, related_name="rounds")
    starts_at = models.DateTimeField(_("opens at"))
    ends_at = models.DateTimeField(_("closes at"))
    # How many contestants answered every question right, counted when results are published:
    # the answer to the prediction question, against which predictions are ranked.
    perfect_count = models.PositiveIntegerField(_("contestants with every answer right"), null=True)
    results_published_at = models.DateTimeField(_("results published at"), null=True, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="round_ends_after_start"
            ),
        ]
        indexes = [models.Index(fields=["contest", "starts_at"], name="round_by_start")]

    def __str__(self):
        return f"{self.contest} · {self.sort_order + 1 if self.sort_order is not None else ''}"

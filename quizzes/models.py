from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from core.previews import PhonePreviewMixin
from quizzes.blocks import QuestionStreamBlock
from quizzes.limits import ShowAnswers


class QuizQuerySet(models.QuerySet):
    def live(self):
        """Published quizzes: the only ones a member may see, take, or be asked to pass."""
        return self.filter(live=True)


class Quiz(
    PhonePreviewMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """A quiz authored once in the admin (a snippet) and placed wherever it is needed."""

    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(
        _("instructions"),
        blank=True,
        help_text=_("Shown before she starts, e.g. how many questions and what passing means."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    show_answers = models.CharField(
        _("show the right answers"),
        max_length=20,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_PASSING_OR_LAST_ATTEMPT,
        help_text=_(
            "When a member's result page shows the right answers and explanations. Shown "
            "after each attempt, a member can copy them into her next attempt: for a final "
            'quiz with few attempts keep "after passing or the last attempt".'
        ),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)
    # blank=True so that QuestionStreamBlock.clean gives its own message for an empty quiz.
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"), blank=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="quiz")

    objects = QuizQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("instructions"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("show_answers"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("live"),  # the chooser offers only published quizzes to some
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @property
    def preview_modes(self):
        return [("", _("Answering")), ("result", _("Result, all answers right"))]

    def get_preview_template(self, request, mode_name):
        if mode_name == "result":
            return "quizzes/attempt_result.html"  # the member's own result page
        return "quizzes/quiz_preview.html"

    def get_preview_context(self, request, mode_name):
        from quizzes.previews import result_preview_context
        from quizzes.snapshots import build_snapshot

        context = super().get_preview_context(request, mode_name)
        snapshot = build_snapshot(self, shuffle=False)
        context["snapshot"] = snapshot
        if mode_name == "result":
            context.update(result_preview_context(self, snapshot))
        return context


class Attempt(models.Model):
    """One go at a quiz. ``snapshot`` freezes what she was asked (questions, choices in the
    order served, correct flags, pass mark), so editing the quiz never changes her attempt."""

    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    snapshot = models.JSONField(_("questions as served"))
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True)
    # Scored once, at submission: per question {"right": bool, "points": "1/2"} (see
    # quizzes.scoring.results_to_store), what the result page shows. None for attempts
    # submitted before results were stored (scored once when first shown, then stored).
    results = models.JSONField(_("results per question"), null=True, blank=True, editable=False)
    # The idempotency key her phone made for answers given offline and sent later: a replay
    # or a double send finds this attempt instead of scoring again.
    client_key = models.UUIDField(_("key from her phone"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "client_key"], name="one_attempt_per_client_key"
            ),
        ]
        indexes = [models.Index(fields=["quiz", "submitted_at"], name="attempt_quiz_submitted")]

    def __str__(self):
        return f"{self.quiz} #{self.number}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class AttemptCounter(models.Model):
    """Her attempts at one quiz, counted: one row per member and quiz.

    Every write that starts or submits an attempt locks this row first (``select_for_update``)
    and, under that lock, checks the attempt limit and takes the next attempt number from
    ``last_number``. So the limit holds when attempts arrive at the same moment (two phones,
    an online attempt left open and answers sent from her phone), and numbers never collide.
    """

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_number = models.PositiveSmallIntegerField(_("last attempt number"), default=0)

    class Meta:
        verbose_name = _("attempt counter")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz"], name="one_attempt_counter_per_quiz")
        ]

    def __str__(self):
        return f"{self.user_id} / {self.quiz_id}: {self.last_number}"

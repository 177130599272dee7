"""The question bank: one snippet per question, drawn at random into contest attempts."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from core.previews import PhonePreviewMixin
from courses.models import Topic
from quizzes.blocks import QuestionStreamBlock


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    HARD = "hard", _("Hard")


class ContestQuestion(
    PhonePreviewMixin, DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """One question of the bank. Its body is exactly one quiz question block (single or
    multiple choice, true/false, picture choice), so trainers author it with the blocks they
    know and contests serve and score it with the quiz rules (quizzes.snapshots/scoring).
    Only live questions are drawn; an attempt keeps the question as served, so editing the
    bank never changes an attempt already started."""

    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    difficulty = models.CharField(
        _("difficulty"), max_length=10, choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    question = StreamField(
        QuestionStreamBlock(min_num=1, max_num=1), verbose_name=_("question"), blank=True
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="contest_question")

    panels = [FieldPanel("topic"), FieldPanel("difficulty"), FieldPanel("question")]
    search_fields = [
        index.SearchField("question"),
        index.AutocompleteField("question"),
        index.FilterField("topic"),
        index.FilterField("difficulty"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("contest question")
        verbose_name_plural = _("contest questions")
        indexes = [
            models.Index(fields=["live", "topic", "difficulty"], name="bank_draw"),
        ]

    def __str__(self):
        return self.text[:80] or f"#{self.pk}"

    @property
    def revisions(self):
        return self._revisions

    @property
    def approved_schedule(self):
        # Annotated by the bank's listing (one subquery instead of a query a row).
        if hasattr(self, "_approved_schedule"):
            return self._approved_schedule
        return super().approved_schedule

    def get_preview_template(self, request, mode_name):
        return "contests/question_preview.html"

    def get_preview_context(self, request, mode_name):
        from quizzes.snapshots import question_snapshot

        context = super().get_preview_context(request, mode_name)
        context["snapshot"] = {
            "questions": [question_snapshot(block, shuffle=False) for block in self.question]
        }
        return context

    @property
    def text(self):
        """The question's wording (its block's prompt), for lists and choosers."""
        for block in self.question:
            return str(block.value.get("prompt", ""))
        return ""

    text.fget.short_description = _("question")  # the bank's column heading

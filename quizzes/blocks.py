"""Question blocks. Every question (stream child) and every choice (list item) carries a stable
id that attempts answer against."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from core.blocks import FormSafeStreamBlock


def _error(field, message):
    return blocks.StructBlockValidationError(block_errors={field: ValidationError(message)})


class DescribedImageBlock(ImageBlock):
    """Wagtail's ImageBlock (the value is the image, with ``contextual_alt_text`` and
    ``decorative``) asking for the description in the editor's language. Lesson pictures and
    quiz pictures both use it. ``allow_decorative=False`` (a picture a question depends on)
    refuses "decorative" too. Stored and deconstructed exactly as an ImageBlock."""

    class Meta:
        allow_decorative = True

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        # Same names as ImageBlock's own children (its editor script relies on them).
        translated = {
            # Wagtail names its picture child "Image" untranslated (a label from the name).
            "image": ImageChooserBlock(required=required, label=_("Image")),
            "decorative": blocks.BooleanBlock(
                default=False, required=False, label=_("Only decoration (nothing to describe)")
            ),
            "alt_text": blocks.CharBlock(
                required=False,
                label=_("Picture description"),
                help_text=_("What the picture shows, for members who cannot see it."),
            ),
        }
        for name, block in translated.items():
            block.set_name(name)
            self.child_blocks[name] = block

    def clean(self, value):
        try:
            value = super().clean(value)
        except blocks.StructBlockValidationError as error:
            if set(error.block_errors) != {"alt_text"}:
                raise
            raise self._undescribed() from error
        if (
            value
            and value.decorative
            and not self.meta.allow_decorative
            and not self.is_deferred_validation
        ):
            raise self._undescribed()
        return value

    def _undescribed(self):
        return _error("alt_text", _("Describe the picture for members who cannot see it."))


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=400,
        help_text=_("Shown after she answers: why this choice is right or wrong."),
    )

    class Meta:
        icon = "radio-empty"
        label = _("Choice")


class PictureChoiceBlock(blocks.StructBlock):
    image = DescribedImageBlock(label=_("Picture"), allow_decorative=False)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback"), required=False, max_length=400)

    class Meta:
        icon = "image"
        label = _("Picture choice")


class BaseQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"), max_length=500)
    scenario = blocks.TextBlock(
        label=_("Scenario"),
        required=False,
        max_length=1000,
        help_text=_("Optional: the exact message, post or link she sees, shown as on a phone."),
    )
    image = DescribedImageBlock(label=_("Picture"), required=False, allow_decorative=False)
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        max_length=1000,
        help_text=_("Shown after answering: the rule to remember."),
    )


def _count_correct(value):
    return sum(1 for choice in value["choices"] if choice["correct"])


class PublishRulesMixin:
    """The rules below say what a question needs before members may take it. A draft may wait
    (Save draft and autosave keep what she typed); Publish enforces them."""

    def clean(self, value):
        value = super().clean(value)
        if not self.is_deferred_validation:
            self.check_answers(value)
        return value

    def check_answers(self, value):
        pass


class SingleChoiceQuestionBlock(PublishRulesMixin, BaseQuestionBlock):
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Choices"), min_num=2, max_num=8)

    class Meta:
        icon = "radio-full"
        label = _("Single choice")

    def check_answers(self, value):
        if _count_correct(value) != 1:
            raise _error("choices", _("Mark exactly one choice as correct."))


class MultipleChoiceQuestionBlock(PublishRulesMixin, BaseQuestionBlock):
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Choices"), min_num=2, max_num=8)
    partial_credit = blocks.BooleanBlock(
        label=_("Partial credit"),
        required=False,
        default=True,
        help_text=_(
            "On: each correct choice ticked earns its share of the point and each wrong choice "
            "ticked takes one share away, never below zero. Off: all or nothing."
        ),
    )

    class Meta:
        icon = "tasks"
        label = _("Multiple choice (all that apply)")

    def check_answers(self, value):
        correct = _count_correct(value)
        if correct < 1:
            raise _error("choices", _("Mark at least one choice as correct."))
        if correct == len(value["choices"]):
            # Ticking everything would always score: nothing is asked.
            raise _error("choices", _("Leave at least one choice that is not correct."))


class TrueFalseQuestionBlock(BaseQuestionBlock):
    answer = blocks.ChoiceBlock(
        label=_("Correct answer"),
        choices=[("true", _("True")), ("false", _("False"))],
        default="true",
    )
    feedback_true = blocks.CharBlock(label=_("Feedback for “True”"), required=False, max_length=400)
    feedback_false = blocks.CharBlock(
        label=_("Feedback for “False”"), required=False, max_length=400
    )

    class Meta:
        icon = "help"
        label = _("True or false")


class ImageChoiceQuestionBlock(PublishRulesMixin, BaseQuestionBlock):
    choices = blocks.ListBlock(
        PictureChoiceBlock(), label=_("Picture choices"), min_num=2, max_num=6
    )

    class Meta:
        icon = "image"
        label = _("Picture choice")

    def check_answers(self, value):
        if _count_correct(value) != 1:
            raise _error("choices", _("Mark exactly one picture as correct."))


class QuestionStreamBlock(FormSafeStreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    image_choice = ImageChoiceQuestionBlock()

    def clean(self, value):
        value = super().clean(value)
        if not value and not self.is_deferred_validation:
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("A quiz needs at least one question."))]
                )
            )
        return value

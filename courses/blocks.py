"""StreamField blocks for lesson bodies: one shared StreamBlock, small struct blocks."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import FormSafeStreamBlock
from quizzes.blocks import DescribedImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "h3", "ol", "ul", "link"]


class WrittenTextBlock(blocks.RichTextBlock):
    """Rich text that must say something. The editor sends an empty paragraph once text is
    typed and deleted, and spaces pass Wagtail's "required": both are refused at Publish
    (a draft may wait). Deconstructed as a RichTextBlock: stored the same, no migration."""

    def deconstruct(self):
        args, kwargs = self._constructor_args
        return ("wagtail.blocks.RichTextBlock", args, kwargs)

    def clean(self, value):
        value = super().clean(value)
        if self.required and not self.is_deferred_validation and not _has_words(value):
            raise ValidationError(_("Write the text, or remove this part."))
        return value


def _has_words(value):
    source = value.source if value is not None else ""
    return bool(strip_tags(source).replace("&nbsp;", " ").strip())


class FigureBlock(blocks.StructBlock):
    """A picture with its description (an ImageBlock value: the image, with
    ``contextual_alt_text`` and ``decorative``) and an optional caption."""

    image = DescribedImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "courses/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    """A link to a video, with its length and data size, so members choose when to spend data."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    minutes = blocks.IntegerBlock(label=_("Length (minutes)"), min_value=1, max_value=180)
    size_mb = blocks.DecimalBlock(
        label=_("Data size (MB)"),
        min_value=0,
        max_digits=6,
        decimal_places=1,
        help_text=_("Approximate data a member spends watching it at normal quality."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = WrittenTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Tip or warning")
        template = "courses/blocks/callout.html"


class StepBlock(blocks.StructBlock):
    text = WrittenTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)
    # Refused with a message at the description: a screenshot with neither description
    # nor "decorative".
    screenshot = DescribedImageBlock(label=_("Screenshot"), required=False)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "courses/blocks/steps.html"


class DoDontBlock(blocks.StructBlock):
    do = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Do"), min_num=1)
    dont = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Don't"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Do and don't")
        template = "courses/blocks/do_dont.html"


class LessonBodyBlock(FormSafeStreamBlock):
    text = WrittenTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    image = FigureBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    do_dont = DoDontBlock()


class OutcomesBlock(FormSafeStreamBlock):
    """A course's "what you will learn": one short line each."""

    outcome = blocks.CharBlock(label=_("Outcome"), max_length=200)

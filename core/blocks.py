"""StreamField pieces shared by the apps' blocks: a form post that Wagtail's editor could not
have sent is refused with a message at the field instead of a server error."""

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

MANGLED = _(
    "This content arrived incomplete. Reload the page and try again; what was saved is kept."
)


class _Mangled(blocks.StreamValue):
    """What a post Wagtail's editor could not have sent reads as: empty, refused by clean."""


class FormSafeStreamBlock(blocks.StreamBlock):
    """A StreamBlock for a model's StreamField whose form post is read defensively.

    Wagtail reads counts, orders and chosen ids straight from the post (``int(...)``,
    ``data[key]``), so a missing or non-numeric one (a tampered post, a half-sent form) raised
    a server error. It now reads as an empty stream that ``clean`` refuses with a message; the
    saved content is untouched because the form is invalid."""

    def value_from_datadict(self, data, files, prefix):
        try:
            return super().value_from_datadict(data, files, prefix)
        except (KeyError, ValueError, TypeError, ObjectDoesNotExist):
            return _Mangled(self, [])

    def clean(self, value):
        if isinstance(value, _Mangled):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList([ValidationError(MANGLED)])
            )
        return super().clean(value)

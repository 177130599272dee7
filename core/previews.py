"""Preview sizes for everything a trainer previews (quizzes, course pages).

Members read on cheap phones 360 px wide, so the admin's live preview opens at that size;
the tablet and desktop sizes stay one click away.
"""

from django.utils.translation import gettext_lazy as _

PHONE_WIDTH = 360

PREVIEW_SIZES = [
    {
        "name": "mobile",
        "icon": "mobile-alt",
        "device_width": PHONE_WIDTH,
        "label": _("Preview in mobile size"),
    },
    {
        "name": "tablet",
        "icon": "tablet-alt",
        "device_width": 768,
        "label": _("Preview in tablet size"),
    },
    {
        "name": "desktop",
        "icon": "desktop",
        "device_width": 1280,
        "label": _("Preview in desktop size"),
    },
]


class PhonePreviewMixin:
    """Put before ``Page`` or ``PreviewableMixin`` in the bases of a previewable model."""

    @property
    def preview_sizes(self):
        return PREVIEW_SIZES

    @property
    def default_preview_size(self):
        return "mobile"

"""Wagtail admin labels that follow the trainer's language.

Wagtail's chooser viewsets translate their default labels once, when Wagtail is imported
(``gettext``, not ``gettext_lazy``, in ``wagtail.admin.viewsets.chooser``): every chooser
then says "Chọn" and "Tìm kiếm" to a trainer who reads English, or the reverse. The same
labels, translated when shown, go back on the class before any chooser is made.
"""

from django.utils.translation import gettext_lazy as _

CHOOSER_LABELS = {
    "choose_one_text": _("Choose"),
    "choose_another_text": _("Choose another"),
    "edit_item_text": _("Edit"),
    "search_tab_label": _("Search"),
    "create_action_label": _("Create"),
}


def translate_chooser_labels_when_shown():
    from wagtail.admin.viewsets.chooser import ChooserViewSet

    for name, label in CHOOSER_LABELS.items():
        setattr(ChooserViewSet, name, label)

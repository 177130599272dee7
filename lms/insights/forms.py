"""The insight page's choices: a period and, optionally, one unit of the tree in her reach."""

import datetime

from django import forms
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.chapters.scope import scope_filter, scope_paths
from lms.models import Chapter

DEFAULT_DAYS = 90
PICKER_LEVELS = 2  # units offered below her highest ones (any deeper unit: its link works)
EARLIEST = datetime.date(2020, 1, 1)


class NodeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return "\u2003" * (obj.depth - 1) + obj.name


class InsightsForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))
    node = NodeChoiceField(label=_("Unit"), queryset=Chapter.objects.none(), required=False)

    def __init__(self, data=None, *, user, whole_course):
        today = timezone.localdate()
        initial = {"start": today - datetime.timedelta(days=DEFAULT_DAYS), "end": today}
        if data is not None and not data:
            data = None  # first visit: the defaults, figures shown
        super().__init__(data, initial=initial)
        self.whole_course = whole_course
        in_reach = (
            Chapter.objects.all() if whole_course else Chapter.objects.filter(scope_filter(user))
        )
        self.fields["node"].queryset = in_reach.order_by("path")
        top = 1 if whole_course or scope_paths(user) is None else _top_depth(in_reach)
        self.picker_depth = top + PICKER_LEVELS
        self.fields["node"].empty_label = (
            _("Whole course: every unit") if whole_course else _("Every unit I look after")
        )
        # Any unit in her reach is accepted; the list offers the upper levels only.
        self.fields["node"].widget.choices = self.picker_choices()

    def picker_choices(self):
        """The options of the unit list: her highest units and two levels beneath."""
        field = self.fields["node"]
        nodes = field.queryset.filter(depth__lte=self.picker_depth).only("pk", "name", "depth")
        return [("", field.empty_label)] + [
            (node.pk, field.label_from_instance(node)) for node in nodes
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if start > end:
                self.add_error("end", _("The end date comes before the start date."))
            if start < EARLIEST:
                self.add_error("start", _("Choose a date from 2020 on."))
            if end > timezone.localdate() + datetime.timedelta(days=366):
                self.add_error("end", _("Choose a date no more than a year from today."))
        return cleaned

    def values(self):
        """(start, end, node) when valid: the defaults on a first visit."""
        if not self.is_bound:
            return self.initial["start"], self.initial["end"], None
        return self.cleaned_data["start"], self.cleaned_data["end"], self.cleaned_data["node"]


def _top_depth(nodes):
    return nodes.aggregate(top=Min("depth"))["top"] or 1

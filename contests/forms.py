from django import forms
from django.utils.translation import gettext_lazy as _

from contests.rules import PREDICTION_MAX


class StartForm(forms.Form):
    """Her answer to the contest's prediction question, given before she starts (a tiebreak
    once the round's results are published).

    Rendered by hand in ``contests/start.html`` with crispy's markup (the same classes, label,
    help and error next to the field): this page is opened by every contestant in the last
    minutes of a round, and crispy's layout rendering took about 1.2 ms of CPU per page, the
    hand-written field 0.35 ms (docs/performance.md, "Contest round closing")."""

    prediction = forms.IntegerField(
        min_value=0,
        max_value=PREDICTION_MAX,
        widget=forms.NumberInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "class": "form-control"}
        ),
        help_text=_(
            "A whole number. It only counts when two contestants have the same score and time."
        ),
    )

    def __init__(self, *args, contest, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["prediction"].label = contest.prediction_question

    def full_clean(self):
        super().full_clean()
        if self.errors.get("prediction"):
            widget = self.fields["prediction"].widget
            widget.attrs["class"] = "form-control is-invalid"
            widget.attrs["aria-describedby"] = "id_prediction_error id_prediction_helptext"

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from contests.rules import PREDICTION_MAX


class StartForm(forms.Form):
    """Her answer to the contest's prediction question, given before she starts (a tiebreak
    once the round's results are published)."""

    prediction = forms.IntegerField(
        min_value=0,
        max_value=PREDICTION_MAX,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        help_text=_(
            "A whole number. It only counts when two contestants have the same score and time."
        ),
    )

    def __init__(self, *args, contest, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["prediction"].label = contest.prediction_question
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.add_input(Submit("start", _("Start the contest")))

"""The contest set-up form of the admin: a node she may see, rounds that do not overlap, a
question mix the bank can fill, and nothing that would change what members already answered.

Decisions (docs/contests.md, "Contest set-up"):
- a round members have entered cannot be removed (their attempts and standings hang on it);
  its dates may still move (an official extends a round);
- while a round is open and has attempts, the question mix cannot change: every contestant of
  a round answers the same mix. Attempts keep the questions as served, so a change between
  rounds never alters what earlier attempts were scored against.
"""

from django import forms
from django.db.models import Count
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import InlinePanel

from contests.models import Contest, ContestDrawRule, ContestEntry, ContestQuestion, Difficulty
from courses.models import Topic
from lms.chapters.admin_forms import NodeTreeChoiceField, nodes_in_scope
from lms.members.names import search_key
from lms.models import Chapter

MIN_TIME_LIMIT = 30  # seconds
MAX_TIME_LIMIT = 3 * 60 * 60


def _when(moment):
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def _kept_forms(formset):
    """The formset's filled-in forms she did not delete, each validated."""
    kept = []
    for form in formset.forms:
        if not form.is_valid():
            continue
        if formset.can_delete and formset._should_delete_form(form):
            continue
        if not form.has_changed() and not form.instance.pk:
            continue
        kept.append(form)
    return kept


def _deleted_instances(formset):
    return [
        form.instance
        for form in formset.forms
        if form.instance.pk and form.is_valid() and formset._should_delete_form(form)
    ]


def live_question_counts():
    """{(topic, difficulty): live questions in the bank}, one grouped query."""
    rows = (
        ContestQuestion.objects.filter(live=True)
        .values_list("topic", "difficulty")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {(topic, difficulty): count for topic, difficulty, count in rows}


class ContestForm(WagtailAdminModelForm):
    node = NodeTreeChoiceField(queryset=Chapter.objects.none(), label=gettext_lazy("Run for"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["node"].queryset = nodes_in_scope(self.for_user)
        self.fields["node"].help_text = gettext_lazy(
            "Members of this unit and every unit beneath it may enter."
        )
        self.fields["time_limit_seconds"].help_text = gettext_lazy(
            "From 30 seconds to 3 hours (10800 seconds)."
        )
        self.fields["slug"].required = False
        self.fields["slug"].help_text = gettext_lazy(
            "The end of the contest's web address. Leave it empty to make it from the title."
        )

    def clean_slug(self):
        """Empty: made from the title, without its marks ("Cuộc thi Phụ nữ an toàn" ->
        "cuoc-thi-phu-nu-an-toan"), with -2, -3... if another contest has it."""
        slug = self.cleaned_data.get("slug")
        if slug:
            return slug
        base = slugify(search_key(self.data.get("title", "")))[:70].strip("-") or "cuoc-thi"
        taken = set(
            Contest.objects.filter(slug__startswith=base)
            .exclude(pk=self.instance.pk)
            .values_list("slug", flat=True)
        )
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        return slug

    def clean_time_limit_seconds(self):
        value = self.cleaned_data["time_limit_seconds"]
        if value is not None and not MIN_TIME_LIMIT <= value <= MAX_TIME_LIMIT:
            raise forms.ValidationError(
                _("The time limit must be between 30 seconds and 3 hours (10800 seconds).")
            )
        return value

    def clean_attempts_per_round(self):
        value = self.cleaned_data["attempts_per_round"]
        if value is not None and value < 1:
            raise forms.ValidationError(_("Allow at least one attempt per round."))
        return value

    def clean(self):
        cleaned = super().clean()
        rounds = self.formsets["rounds"]
        mix = self.formsets["draw_rules"]
        kept_rounds = self._check_rounds(rounds)
        kept_rules = self._check_mix(mix)
        self._check_entered_rounds(rounds, mix, kept_rules)
        if cleaned.get("live"):
            if not kept_rounds:
                self.add_error("live", _("Add at least one round before opening the contest."))
            if not kept_rules:
                self.add_error(
                    "live", _("Add at least one line to the question mix before opening it.")
                )
        return cleaned

    def _check_rounds(self, formset):
        kept = _kept_forms(formset)
        timed = []
        for form in kept:  # each closes after it opens (``RoundForm``)
            starts, ends = form.cleaned_data.get("starts_at"), form.cleaned_data.get("ends_at")
            if starts and ends:
                timed.append((starts, ends, form))
        timed.sort(key=lambda item: item[0])
        for (_starts, before_ends, before), (starts, _ends, form) in zip(
            timed, timed[1:], strict=False
        ):
            if starts < before_ends:
                form.add_error(
                    "starts_at",
                    _("This round overlaps the round from %(start)s to %(end)s.")
                    % {
                        "start": _when(before.cleaned_data["starts_at"]),
                        "end": _when(before_ends),
                    },
                )
        return kept

    def _check_mix(self, formset):
        kept = _kept_forms(formset)
        available = live_question_counts()
        seen = set()
        for form in kept:
            topic = form.cleaned_data.get("topic")
            difficulty = form.cleaned_data.get("difficulty")
            count = form.cleaned_data.get("count")
            if not (topic and difficulty) or count is None:
                continue
            if (topic, difficulty) in seen:
                form.add_error("difficulty", _("This topic and difficulty is already in the mix."))
                continue
            seen.add((topic, difficulty))
            if count < 1:
                form.add_error("count", _("Draw at least one question."))
            elif count > available.get((topic, difficulty), 0):
                form.add_error(
                    "count",
                    _(
                        "The bank has only %(available)s published questions on “%(topic)s” "
                        "at “%(difficulty)s” level. Publish more or draw fewer."
                    )
                    % {
                        "available": available.get((topic, difficulty), 0),
                        "topic": Topic(topic).label,
                        "difficulty": Difficulty(difficulty).label,
                    },
                )
        return kept

    def _check_entered_rounds(self, rounds, mix, kept_rules):
        if not self.instance.pk:
            return
        deleted = _deleted_instances(rounds)
        if deleted and ContestEntry.objects.filter(round__in=deleted).exists():
            self.add_error(
                None,
                _(
                    "Members have entered a round you removed: it cannot be removed. Their "
                    "attempts and rankings must stay."
                ),
            )
        now = timezone.now()
        open_with_entries = ContestEntry.objects.filter(
            round__contest=self.instance, round__starts_at__lte=now, round__ends_at__gt=now
        ).exists()
        if not open_with_entries:
            return
        before = set(
            ContestDrawRule.objects.filter(contest_id=self.instance.pk).values_list(
                "topic", "difficulty", "count"
            )
        )
        after = {
            (
                f.cleaned_data.get("topic"),
                f.cleaned_data.get("difficulty"),
                f.cleaned_data.get("count"),
            )
            for f in kept_rules
        }
        if before != after:
            self.add_error(
                None,
                _(
                    "A round is open and members have entered it: the question mix cannot "
                    "change until it closes."
                ),
            )


class RoundForm(WagtailAdminModelForm):
    """One round of the set-up form. A round that closes before it opens is told beside its
    closing time (the database's check would only say which constraint failed)."""

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("A round must close after it opens."))
        return cleaned


class RoundsPanel(InlinePanel):
    """The rounds, each edited with ``RoundForm``."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = RoundForm
        return options

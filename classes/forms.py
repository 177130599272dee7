"""The scheduling form, on the organiser's phone."""

import datetime

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from classes import selectors


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{'· ' * (obj.depth - 1)}{obj.name}"


class UnitsChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{'· ' * (obj.depth - 1)}{obj.name}"


class LessonsChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.title


def lesson_groups(lessons, courses):
    """The lessons as checkbox groups, each under its course's title (lessons in course
    order): on her phone she finds the chosen course's lessons among every course's."""
    titles = {course.path: course.title for course in courses}
    groups = {}
    for lesson in lessons:
        path = lesson.course_path(lesson.path)
        if path in titles:
            groups.setdefault(path, []).append((lesson.pk, lesson.title))
    return [(titles[path], items) for path, items in groups.items()]


class SessionForm(forms.Form):
    course = forms.ModelChoiceField(label=_("Course"), queryset=None)
    lessons = LessonsChoiceField(
        label=_("Lessons taught"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick the lessons of this course the class covers."),
    )
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.TimeField(label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"}))
    end = forms.TimeField(label=_("Ends at"), widget=forms.TimeInput(attrs={"type": "time"}))
    place = forms.CharField(label=_("Place"), max_length=200)
    trainer_name = forms.CharField(label=_("Trainer"), max_length=120)
    host = UnitChoiceField(label=_("Held by"), queryset=None)
    invited = UnitsChoiceField(
        label=_("Units invited"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Members of these units (and every chapter beneath them) are invited."),
    )
    capacity = forms.IntegerField(label=_("Places"), required=False, min_value=1)
    note = forms.CharField(
        label=_("Note for members"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, user, around=None, keep=(), **kwargs):
        super().__init__(*args, **kwargs)
        # A province official's thousand units are listed around one of them (``around``).
        units, self.around = selectors.units_to_list(user, around=around, keep=keep)
        courses = selectors.live_courses()
        lessons = selectors.schedulable_lessons()
        self.fields["course"].queryset = courses
        self.fields["lessons"].queryset = lessons
        # Rendered grouped by course; what she ticks is still checked against the queryset.
        self.fields["lessons"].choices = lesson_groups(lessons, courses)
        self.fields["host"].queryset = units
        self.fields["invited"].queryset = units
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.add_input(Submit("submit", _("Save the class")))

    def clean(self):
        data = super().clean()
        course, lessons = data.get("course"), data.get("lessons")
        if course and lessons:
            outside = [
                lesson for lesson in lessons if lesson.course_path(lesson.path) != course.path
            ]
            if outside:
                self.add_error("lessons", _("Choose lessons of the chosen course only."))
        day, start, end = data.get("date"), data.get("start"), data.get("end")
        if day and start and end:
            zone = timezone.get_current_timezone()
            data["starts_at"] = timezone.make_aware(datetime.datetime.combine(day, start), zone)
            data["ends_at"] = timezone.make_aware(datetime.datetime.combine(day, end), zone)
            if data["ends_at"] <= data["starts_at"]:
                self.add_error("end", _("The class must end after it starts."))
        return data

    def service_fields(self):
        data = self.cleaned_data
        return {
            "course": data["course"],
            "lessons": list(data["lessons"]),
            "host": data["host"],
            "invited": list(data["invited"]),
            "starts_at": data["starts_at"],
            "ends_at": data["ends_at"],
            "place": data["place"],
            "trainer_name": data["trainer_name"],
            "capacity": data["capacity"],
            "note": data["note"],
        }

    @classmethod
    def initial_for(cls, session):
        zone = timezone.get_current_timezone()
        starts, ends = session.starts_at.astimezone(zone), session.ends_at.astimezone(zone)
        return {
            "course": session.course_id,
            "lessons": list(session.lessons.values_list("pk", flat=True)),
            "date": starts.date(),
            "start": starts.time().replace(second=0, microsecond=0),
            "end": ends.time().replace(second=0, microsecond=0),
            "place": session.place,
            "trainer_name": session.trainer_name,
            "host": session.host_id,
            "invited": list(session.invited.values_list("pk", flat=True)),
            "capacity": session.capacity,
            "note": session.note,
        }

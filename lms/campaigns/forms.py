"""The campaign form of the union admin: a node she may see and the live courses."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import CoursePage
from lms.chapters.admin_forms import NodeTreeChoiceField, nodes_in_scope
from lms.models import Campaign, Chapter


class CampaignForm(WagtailAdminModelForm):
    node = NodeTreeChoiceField(queryset=Chapter.objects.none(), label=_("For everyone in"))
    courses = forms.ModelMultipleChoiceField(
        queryset=CoursePage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Courses"),
    )

    class Meta:
        model = Campaign
        fields = ["name", "node", "courses", "starts_on", "due_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["node"].queryset = nodes_in_scope(self.for_user)
        courses = CoursePage.objects.live()
        if self.instance.pk:
            # Keep a course already assigned even if it has since been unpublished.
            courses = courses | CoursePage.objects.filter(
                pk__in=[course.pk for course in self.instance.courses.all()]
            )
        self.fields["courses"].queryset = courses.order_by("path")

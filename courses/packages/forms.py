"""The import form: upload a package, then confirm its address and draft or published."""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class PackageUploadForm(forms.Form):
    package = forms.FileField(
        label=_("Course package (.zip)"),
        help_text=_("A zip made by “Export course” in this or another Sen."),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )


class PackageConfirmForm(forms.Form):
    DRAFT, PUBLISH = "draft", "publish"

    slug = forms.SlugField(
        label=_("Address (slug)"),
        allow_unicode=True,
        max_length=255,
        help_text=_("The last part of the course's web address; unique among the courses."),
    )
    mode = forms.ChoiceField(
        label=_("Create the course"),
        choices=[(DRAFT, _("as a draft")), (PUBLISH, _("published"))],
        initial=DRAFT,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, can_publish=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            self.fields["mode"].choices = [(self.DRAFT, _("as a draft"))]

    def clean_slug(self):
        return slugify(self.cleaned_data["slug"], allow_unicode=True)

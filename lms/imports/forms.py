from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from lms.imports.rows import ImportFileError, read_file

MAX_UPLOAD_SIZE = 5 * 1024 * 1024
ALLOWED_EXTENSIONS = (".xlsx", ".csv")


class MemberImportForm(forms.Form):
    """The upload: an .xlsx or .csv of at most 5 MB, read into rows (``self.rows``) when valid."""

    file = forms.FileField(
        label=_("Member list (Excel or CSV)"),
        help_text=_("An .xlsx or .csv file of at most 5 MB, with the template's header row."),
        error_messages={
            "required": _("Choose the file to upload."),
            "empty": _("This file is empty."),
            "invalid": _("Choose an Excel file (.xlsx) or a CSV file (.csv)."),
        },
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,.csv,application/vnd.openxmlformats-officedocument"
                ".spreadsheetml.sheet,text/csv"
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = []
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template's form tag has it
        self.helper.add_input(Submit("submit", _("Check the file")))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(ALLOWED_EXTENSIONS):
            raise forms.ValidationError(
                _("Choose an Excel file (.xlsx) or a CSV file (.csv)."), code="file_type"
            )
        if upload.size > MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("This file is %(size)s; the limit is %(limit)s. Split it into smaller files.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_SIZE)},
                code="file_size",
            )
        try:
            self.rows = read_file(upload)
        except ImportFileError as exc:
            raise forms.ValidationError(str(exc), code="file_unreadable") from exc
        return upload

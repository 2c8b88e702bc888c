"""Forms of the administrators' screens for participants: bulk enrolment and import."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import CoursePage, Discipline, Institution
from ..params import BoundedModelChoiceField
from ..tabular import ENCODINGS

ENCODING_CHOICES = [("", _("Detect (UTF-8, UTF-16, Windows-1251 or KZ-1048)")), *ENCODINGS.items()]


class BulkEnrolForm(forms.Form):
    course = BoundedModelChoiceField(label=_("Course"), queryset=CoursePage.objects.none())
    institution = BoundedModelChoiceField(
        label=_("All participants of the institution"), queryset=Institution.objects.all(), required=False
    )
    discipline = forms.ChoiceField(
        label=_("Only this discipline"), choices=[("", "—")] + list(Discipline.choices), required=False
    )
    emails = forms.CharField(
        label=_("Or these e-mail addresses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "ltr"}),
        help_text=_("One per line."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("path")

    def clean(self):
        cleaned = super().clean()
        emails = [line.strip().lower() for line in cleaned.get("emails", "").splitlines() if line.strip()]
        cleaned["email_list"] = emails
        if not emails and not cleaned.get("institution"):
            raise forms.ValidationError(_("Choose an institution or list e-mail addresses."))
        return cleaned


class ImportFileForm(forms.Form):
    """An uploaded CSV/XLSX for any of the all-or-nothing importers."""

    file = forms.FileField(label=_("CSV or XLSX file"))
    encoding = forms.ChoiceField(label=_("Encoding of a CSV file"), choices=ENCODING_CHOICES, required=False)
    dry_run = forms.BooleanField(label=_("Check only, write nothing"), required=False, initial=True)

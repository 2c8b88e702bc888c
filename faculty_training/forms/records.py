"""The records filter form; which filters a viewer gets depends on their scope."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import CoursePage, Discipline, Enrollment, Institution, ProgramPage
from ..params import BoundedModelChoiceField
from ..selectors.records import SORTS, RecordFilters, institutions_in_scope


class RecordsFilterForm(forms.Form):
    programme = BoundedModelChoiceField(label=_("Programme"), queryset=ProgramPage.objects.none(), required=False)
    course = BoundedModelChoiceField(label=_("Course"), queryset=CoursePage.objects.none(), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=[("", "—"), *Enrollment.Status.choices], required=False)
    enrolled_from = forms.DateField(
        label=_("Enrolled from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    enrolled_to = forms.DateField(
        label=_("Enrolled until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    discipline = forms.ChoiceField(label=_("Discipline"), choices=[("", "—"), *Discipline.choices], required=False)
    country = forms.ChoiceField(label=_("Country"), choices=[("", "—"), *Institution.Country.choices], required=False)
    institution = BoundedModelChoiceField(label=_("Institution"), queryset=Institution.objects.none(), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("-enrolled", _("Newest enrolments first")),
            ("enrolled", _("Oldest enrolments first")),
            ("name", _("Name")),
            ("course", _("Course")),
            ("status", _("Status")),
            ("-completed", _("Latest completions first")),
        ],
    )

    def __init__(self, data=None, *, scope):
        super().__init__(data)
        self.scope = scope
        self.fields["programme"].queryset = ProgramPage.objects.live().order_by("path")
        self.fields["course"].queryset = CoursePage.objects.live().order_by("path")
        if scope.is_everything:
            self.fields["institution"].queryset = institutions_in_scope(scope)
        else:
            # A coordinator sees one institution: country and institution filters would be noise.
            del self.fields["country"]
            del self.fields["institution"]

    def filters(self):
        """RecordFilters from valid input; invalid values are ignored rather than widening anything."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        sort = data.get("sort") or "-enrolled"
        return RecordFilters(
            programme=data.get("programme"),
            course_id=data["course"].pk if data.get("course") else None,
            status=data.get("status") or "",
            enrolled_from=data.get("enrolled_from"),
            enrolled_to=data.get("enrolled_to"),
            discipline=data.get("discipline") or "",
            country=data.get("country") or "" if self.scope.is_everything else "",
            institution_id=data["institution"].pk if self.scope.is_everything and data.get("institution") else None,
            sort=sort if sort in SORTS else "-enrolled",
        )

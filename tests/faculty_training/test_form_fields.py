"""The one template that lays out our forms' fields: every control is named for screen readers."""

from django import forms
from django.template.loader import render_to_string


class _Form(forms.Form):
    title = forms.CharField(label="Topic")
    stage = forms.ChoiceField(label="Stage", choices=[("pre", "Before"), ("post", "After")], widget=forms.RadioSelect)
    days = forms.MultipleChoiceField(
        label="Days", choices=[("1", "Monday"), ("2", "Tuesday")], widget=forms.CheckboxSelectMultiple, required=False
    )


def test_groups_of_choices_are_fieldsets_named_by_a_legend_and_no_label_points_nowhere():
    html = render_to_string("faculty_training/includes/form_fields.html", {"form": _Form()})
    assert 'for=""' not in html  # a label for no control (the Nu HTML checker's error on radio groups)
    assert html.count("<fieldset") == 2
    assert "<legend>Stage" in html and "<legend>Days" in html
    assert '<label for="id_title">Topic' in html
    # each choice keeps its own label
    assert '<label for="id_stage_0">' in html and '<label for="id_days_1">' in html

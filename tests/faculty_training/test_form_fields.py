"""The one template that lays out our forms' fields: every control is named for screen readers."""

import pytest
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


class _Described(forms.Form):
    title = forms.CharField(label="Topic", help_text="A short topic.")
    stage = forms.ChoiceField(
        label="Stage", choices=[("pre", "Before"), ("post", "After")], widget=forms.RadioSelect, help_text="When."
    )


def _described_ids(html):
    import re

    ids = set(re.findall(r'\bid="([^"]+)"', html))
    referenced = {ref for value in re.findall(r'aria-describedby="([^"]*)"', html) for ref in value.split()}
    return ids, referenced


def test_help_text_and_errors_are_announced_with_the_control_and_no_reference_points_nowhere():
    """Django marks a control with errors ``aria-describedby="<id>_helptext <id>_error"``: both must exist,
    and a group of radio buttons (a fieldset) is described by its help text and errors the same way."""
    html = render_to_string("faculty_training/includes/form_fields.html", {"form": _Described(data={})})
    ids, referenced = _described_ids(html)
    assert {"id_title_helptext", "id_title_error", "id_stage_helptext", "id_stage_error"} <= referenced
    assert referenced <= ids, referenced - ids
    assert '<fieldset class="form-field form-field--error" aria-describedby="id_stage_helptext id_stage_error">' in html
    assert 'aria-invalid="true"' in html


@pytest.mark.django_db
def test_the_profile_page_in_urdu_describes_its_errors(client):

    from tests.builders import build_content_tree, build_participant

    build_content_tree()
    person = build_participant(preferred_language="ur")
    client.force_login(person)
    response = client.post("/ur/training/profile/", {"latin_name": "", "native_name": ""})
    html = response.content.decode()
    assert response.status_code == 200, response.status_code
    assert '<html lang="ur" dir="rtl"' in html
    ids, referenced = _described_ids(html)
    assert "id_latin_name_error" in referenced
    assert referenced <= ids, referenced - ids

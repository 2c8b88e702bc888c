"""Forms of evaluation: a survey built from its template's questions, and a rubric score sheet."""

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..conf import app_settings
from ..models import SurveyItem, TeachingEpisode
from ..models.evaluation import LIKERT_CHOICES

REQUIRED = {"required": _("Please answer this question.")}


def item_field_name(item):
    return f"item_{item.pk}"


class SurveyForm(forms.Form):
    """One field per question; answers come back keyed by item id (``answers()``)."""

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = list(items)
        for item in self.items:
            common = {"label": item.text, "required": item.is_required, "error_messages": REQUIRED}
            if item.kind == SurveyItem.Kind.LIKERT:
                field = forms.TypedChoiceField(choices=LIKERT_CHOICES, coerce=int, widget=forms.RadioSelect, **common)
            elif item.kind == SurveyItem.Kind.SINGLE:
                field = forms.TypedChoiceField(
                    choices=list(enumerate(item.option_list())), coerce=int, widget=forms.RadioSelect, **common
                )
            elif item.kind == SurveyItem.Kind.MULTIPLE:
                field = forms.TypedMultipleChoiceField(
                    choices=list(enumerate(item.option_list())),
                    coerce=int,
                    widget=forms.CheckboxSelectMultiple,
                    **common,
                )
            else:
                field = forms.CharField(
                    widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
                    max_length=app_settings.FEEDBACK_MAX_LENGTH,
                    **common,
                )
            field.item = item
            self.fields[item_field_name(item)] = field

    def answers(self):
        return {item.pk: self.cleaned_data.get(item_field_name(item)) for item in self.items}


class RubricScoreForm(forms.Form):
    """One choice of level per criterion the assessor's perspective scores, and a comment."""

    def __init__(self, *args, rubric, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        self.rubric_rows = rubric.grid_rows(self.criteria)
        choices = list(enumerate(rubric.level_names(), start=1))
        for criterion in self.criteria:
            field = forms.TypedChoiceField(
                label=criterion.title, choices=choices, coerce=int, widget=forms.RadioSelect, error_messages=REQUIRED
            )
            field.criterion = criterion
            self.fields[f"criterion_{criterion.pk}"] = field
        self.fields["comment"] = forms.CharField(
            label=_("Comment for the participant (optional)"),
            required=False,
            max_length=app_settings.FEEDBACK_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        )

    def levels(self):
        return {str(criterion.pk): self.cleaned_data[f"criterion_{criterion.pk}"] for criterion in self.criteria}

    def grid_rows(self):
        """The rubric's table with a radio in each cell: per criterion its bound field and, per level,
        the level's name, its descriptor and the radio choosing it."""
        rows = []
        for criterion, levels in self.rubric_rows:
            field = self[f"criterion_{criterion.pk}"]
            cells = [
                {"name": name, "descriptor": descriptor, "choice": choice}
                for (name, descriptor), choice in zip(levels, field.subwidgets, strict=True)
            ]
            rows.append({"criterion": criterion, "field": field, "cells": cells})
        return rows


class EpisodeForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=TeachingEpisode.Stage.choices, widget=forms.RadioSelect)
    taught_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    topic = forms.CharField(label=_("Topic"), max_length=200)
    upload = forms.FileField(label=_("Video or document (optional)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Format names are names, not words to translate: marked so for readers and translators.
        formats = format_html('<span translate="no" dir="ltr">{}</span>', "MP4, MOV, WebM, PDF, DOCX, PPTX")
        template = gettext("Formats: %(formats)s. Only you, your assessors and administrators can open it.")
        self.fields["upload"].help_text = mark_safe(conditional_escape(template) % {"formats": formats})  # noqa: S308

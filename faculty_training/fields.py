"""Model fields of the plugin that Django does not ship."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .conf import language_codes


class LanguageListField(models.CharField):
    """A list of the site's language codes, stored as "en,ru" and edited as checkboxes."""

    description = _("Languages")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    @staticmethod
    def _split(value):
        if value is None or value == "":
            return []
        if isinstance(value, (list, tuple)):
            return [str(code) for code in value if code]
        return [code for code in str(value).split(",") if code]

    def from_db_value(self, value, expression, connection):
        return self._split(value)

    def to_python(self, value):
        return self._split(value)

    def get_prep_value(self, value):
        return ",".join(self._split(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        known = set(language_codes())
        unknown = [code for code in self._split(value) if code not in known]
        if unknown:
            raise ValidationError(_("Unknown language: %(codes)s."), params={"codes": ", ".join(unknown)})
        if not self.blank and not self._split(value):
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=capfirst(self.verbose_name),  # as Django's own fields label themselves
            help_text=self.help_text,
        )

"""Read-side queries about content: which translations a page still lacks."""

from dataclasses import dataclass, field

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from ..templatetags.faculty_training_i18n import _is_empty


@dataclass
class TranslationStatus:
    """Which translated fields of a page still lack each language."""

    missing: dict = field(default_factory=dict)  # language -> [field verbose names]

    def is_complete(self, language):
        return not self.missing.get(language)


def translation_status(page):
    """For each language, the fields that have English text but nothing in that language."""
    fields = getattr(page, "translation_status_fields", ("title",))
    status = TranslationStatus()
    for language, _name in settings.LANGUAGES:
        missing = []
        for field_name in fields:
            english = getattr(page, build_localized_fieldname(field_name, "en"), None)
            value = getattr(page, build_localized_fieldname(field_name, language), None)
            if not _is_empty(english) and _is_empty(value):
                missing.append(str(page._meta.get_field(field_name).verbose_name))
        status.missing[language] = missing
    return status

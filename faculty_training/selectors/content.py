"""Read-side queries about content: which translations a page or a question still lacks."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import pgettext
from modeltranslation.utils import build_localized_fieldname

from ..templatetags.faculty_training_i18n import _is_empty


@dataclass
class TranslationStatus:
    """Which translated fields of a page (or a question) still lack each language."""

    missing: dict = field(default_factory=dict)  # language -> [field verbose names]

    def is_complete(self, language):
        return not self.missing.get(language)


def translation_status(page):
    """For each language, the fields that have English text but nothing in that language.

    ``page`` is any model naming its translated fields in ``translation_status_fields`` (pages,
    question banks, questions)."""
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


def question_translation_status(question):
    """translation_status of a question with its options: the question's text, feedback and
    explanation, then each option's text and feedback, named by the option's number as the editor
    shows them. The options are read from ``question.options.all()`` (prefetch them for a list)."""
    status = translation_status(question)
    options = sorted(question.options.all(), key=lambda option: (option.sort_order or 0, option.pk))
    for number, option in enumerate(options, start=1):
        labels = {
            "text": pgettext("question", "option %(number)s") % {"number": number},
            "feedback": pgettext("question", "feedback on option %(number)s") % {"number": number},
        }
        for language, _name in settings.LANGUAGES:
            for field_name, label in labels.items():
                english = getattr(option, build_localized_fieldname(field_name, "en"), None)
                value = getattr(option, build_localized_fieldname(field_name, language), None)
                if not _is_empty(english) and _is_empty(value):
                    status.missing[language].append(str(label))
    return status

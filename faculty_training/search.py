"""Search fields for translated model fields, so each language's text is indexed."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.search import index


def translated_search_fields(*field_names, boost=None):
    """One SearchField per language for each of ``field_names`` (title -> title_en, title_ur, ...)."""
    return [
        index.SearchField(build_localized_fieldname(field_name, language), boost=boost)
        for field_name in field_names
        for language, _name in settings.LANGUAGES
    ]

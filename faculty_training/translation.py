"""Field-level translations of the plugin's models (django-modeltranslation), in model order."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Institution, ProgramIndexPage


@register(Institution)
class InstitutionTR(TranslationOptions):
    fields = ("name", "city")
    required_languages = ("en",)


@register(ProgramIndexPage)
class ProgramIndexPageTR(TranslationOptions):
    fields = ("intro",)

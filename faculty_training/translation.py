"""Field-level translations of the plugin's models (django-modeltranslation), in model order."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    CoursePage,
    CreditScheme,
    Institution,
    ModulePage,
    ProgramIndexPage,
    ProgramPage,
    Question,
    QuestionBank,
    QuestionOption,
    Rubric,
    RubricCriterion,
    SurveyItem,
    SurveyTemplate,
    TrainingSession,
)


@register(Institution)
class InstitutionTR(TranslationOptions):
    fields = ("name", "city")
    required_languages = ("en",)


@register(ProgramIndexPage)
class ProgramIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProgramPage)
class ProgramPageTR(TranslationOptions):
    fields = ("summary", "body", "signatory_1_title", "signatory_2_title")


@register(CoursePage)
class CoursePageTR(TranslationOptions):
    fields = ("intro", "audience", "outcomes")


@register(ModulePage)
class ModulePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(TrainingSession)
class TrainingSessionTR(TranslationOptions):
    fields = ("title", "venue")
    required_languages = ("en",)


@register(CreditScheme)
class CreditSchemeTR(TranslationOptions):
    fields = ("name", "unit")
    required_languages = ("en",)


@register(QuestionBank)
class QuestionBankTR(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("en",)


@register(Question)
class QuestionTR(TranslationOptions):
    fields = ("text", "feedback", "explanation")
    required_languages = ("en",)


@register(QuestionOption)
class QuestionOptionTR(TranslationOptions):
    fields = ("text", "feedback")
    required_languages = ("en",)


@register(SurveyTemplate)
class SurveyTemplateTR(TranslationOptions):
    fields = ("title", "intro")
    required_languages = ("en",)


@register(SurveyItem)
class SurveyItemTR(TranslationOptions):
    fields = ("text", "scale", "options")
    required_languages = {"en": ("text",)}


@register(Rubric)
class RubricTR(TranslationOptions):
    fields = ("title", "levels")
    required_languages = ("en",)


@register(RubricCriterion)
class RubricCriterionTR(TranslationOptions):
    fields = ("title", "descriptors")
    required_languages = {"en": ("title",)}

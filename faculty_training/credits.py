"""How a CPD credit reads in each language: one translatable pattern, so word order can change."""

from django.utils import translation
from django.utils.translation import gettext

from . import l10n


def _number(value, language):
    """A frozen credit value ("12.5") in the language's digits and separators; text passes through."""
    try:
        return l10n.format_number(value, language)
    except (ArithmeticError, ValueError, TypeError):
        return value


def credit_line(credit, language):
    """``credit`` as frozen on a certificate (name and unit per language), e.g. "Scheme · unit: 12.5"."""
    with translation.override(language):
        return gettext("%(scheme)s · %(unit)s: %(credits)s") % {
            "scheme": credit["name"].get(language) or credit["name"]["en"],
            "unit": credit["unit"].get(language) or credit["unit"]["en"],
            "credits": _number(credit["credits"], language),
        }

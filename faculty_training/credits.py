"""How a CPD credit reads in each language: one translatable pattern, so word order can change."""

from django.utils import translation
from django.utils.translation import gettext


def credit_line(credit, language):
    """``credit`` as frozen on a certificate (name and unit per language), e.g. "Scheme · unit: 12.5"."""
    with translation.override(language):
        return gettext("%(scheme)s · %(unit)s: %(credits)s") % {
            "scheme": credit["name"].get(language) or credit["name"]["en"],
            "unit": credit["unit"].get(language) or credit["unit"]["en"],
            "credits": credit["credits"],
        }

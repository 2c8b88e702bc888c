"""Template tags for four-language pages: translated fields with fallback, language alternates."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language_info
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from ..conf import app_settings
from ..safe_urls import is_same_site_path, same_site_path

register = template.Library()


@dataclass(frozen=True)
class FieldText:
    """A translated field's value as shown, the language it is in and whether it fell back."""

    value: object
    language: str
    is_fallback: bool

    def __str__(self):
        return "" if self.value is None else str(self.value)

    @property
    def direction(self):
        return "rtl" if get_language_info(self.language)["bidi"] else "ltr"


def _is_empty(value):
    if value is None:
        return True
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value) == 0
    return str(value).strip() in ("", "<p></p>")


def field_text(obj, field_name, language=None):
    """The value of ``obj.field_name`` in ``language`` (default: active), falling back to English."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    value = getattr(obj, build_localized_fieldname(field_name, language), None)
    if not _is_empty(value):
        return FieldText(value, language, False)
    fallback = app_settings.FALLBACK_LANGUAGE
    value = getattr(obj, build_localized_fieldname(field_name, fallback), None)
    return FieldText(value, fallback, language != fallback and not _is_empty(value))


@register.filter
def in_language(obj, field_name):
    """``{{ session|in_language:"title" }}``: a translated one-line field, HTML-escaped; when it fell back
    to English on an Urdu page it is wrapped in ``<span lang="en" dir="ltr">`` so that screen readers
    speak it in English and it does not take the page's direction."""
    if obj is None:
        return ""
    if not hasattr(obj, build_localized_fieldname(field_name, app_settings.FALLBACK_LANGUAGE)):
        return conditional_escape(getattr(obj, field_name, ""))
    text = field_text(obj, field_name)
    if not text.is_fallback:
        return conditional_escape(str(text))
    return format_html('<span lang="{}" dir="{}">{}</span>', text.language, text.direction, str(text))


@register.simple_tag(takes_context=True)
def translated_field(context, obj, field_name):
    """``{% translated_field page "intro" as intro %}`` -> FieldText with ``is_fallback``."""
    return field_text(obj, field_name)


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page's URL in every language, for the switcher and hreflang links."""
    request = context.get("request")
    page = context.get("page") or context.get("self")
    current = translation.get_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if isinstance(page, Page) and request is not None:
            with translation.override(code):
                url = page.get_url(request)
        elif request is not None:
            # The request line may say //evil.example/x: only ever a path on this site.
            url = translate_url(same_site_path(request.get_full_path()), code)
        else:
            url = f"/{code}/"
        if not is_same_site_path(url):
            url = f"/{code}/"
        alternates.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": url,
                "is_current": code == current,
                "direction": "rtl" if info["bidi"] else "ltr",
            }
        )
    return alternates

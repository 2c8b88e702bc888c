"""Bounded parsing of what a request says: ids, dates, free text and JSON.

Every public parameter goes through here (views, forms, the API and the URL converters), so
odd input (10**30, 1e20, NaN, a NUL byte, JSON nested ten thousand deep) becomes "absent" or
"invalid" (a 400, a 404 or a form error) instead of an OverflowError or a RecursionError
deep in the database driver or the JSON parser.
"""

import json
import re
from datetime import date

from django import forms
from django.core.exceptions import ValidationError

# The largest id any of our tables can hold (a signed 64-bit integer, SQLite's and
# PostgreSQL's bigint); anything larger names nothing and must not reach the driver.
MAX_ID = 2**63 - 1
MAX_PAGE = 1_000_000
MAX_JSON_DEPTH = 32
_INTEGER = re.compile(r"[+-]?[0-9]{1,19}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def bounded_int(value, *, minimum=1, maximum=MAX_ID):
    """``value`` (text or int) as an int within [minimum, maximum], else None.

    Only plain decimal digits count: "1e20", "NaN", "0x10", "1.0" and 20-digit numbers are None.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip() if value is not None else ""
        if not _INTEGER.fullmatch(text):
            return None
        number = int(text)
    return number if minimum <= number <= maximum else None


def iso_date(value):
    """``YYYY-MM-DD`` as a date, else None: no Unix timestamps, no other formats."""
    if isinstance(value, date):
        return value
    text = str(value).strip() if value is not None else ""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def clean_text(value, max_length):
    """Free text from a request, without NUL and other control characters (PostgreSQL refuses
    NUL in text; the others are never meant), cut to ``max_length``."""
    return _CONTROL.sub("", str(value or ""))[:max_length]


def _depth_exceeds(value, limit):
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return False


def json_loads_bounded(data, max_depth=MAX_JSON_DEPTH):
    """``json.loads`` that raises ValueError (never RecursionError) for input nested deeper than
    ``max_depth``; our documents are a few levels deep."""
    try:
        value = json.loads(data)
    except RecursionError as error:
        raise ValueError("JSON nested too deeply") from error
    if _depth_exceeds(value, max_depth):
        raise ValueError("JSON nested too deeply")
    return value


class IdConverter:
    """``<id:name>`` in URL patterns: a database id, or no match (404) when it cannot be one."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = bounded_int(value, minimum=0)
        if number is None:
            raise ValueError("not an id")  # the resolver reads this as "no match"
        return number

    def to_url(self, value):
        return str(value)


class TextConverter:
    """``<text:name>`` in URL patterns: a code, serial or token of printable characters, at most
    200, or no match (404)."""

    regex = "[^/\x00-\x1f\x7f]{1,200}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class BoundedChoiceMixin:
    """For model choice fields: a value that cannot be an integer key is an invalid choice before
    it reaches the database (where 10**30 is an OverflowError, not "no such row")."""

    def _keys_are_integers(self):
        options = self.queryset.model._meta
        key = options.get_field(self.to_field_name) if self.to_field_name else options.pk
        while key.is_relation:  # a page's key is its link to wagtailcore.Page
            key = key.target_field
        return key.get_internal_type().endswith(("AutoField", "IntegerField"))

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if getattr(self, "null_label", None) is not None and value == getattr(self, "null_value", None):
            return super().to_python(value)  # django-filter's "is empty" choice
        if (
            not isinstance(value, self.queryset.model)
            and self._keys_are_integers()
            and bounded_int(value, minimum=0) is None
        ):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class BoundedModelChoiceField(BoundedChoiceMixin, forms.ModelChoiceField):
    """A ModelChoiceField whose value must be an id before it reaches the database."""

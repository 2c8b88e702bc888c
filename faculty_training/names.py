"""Normalising and validating people's names in Latin, Arabic (Urdu) and Cyrillic scripts."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NAME_MIN_LENGTH = 2
NAME_MAX_LENGTH = 100

# Direction controls and invisible characters that make two equal-looking names differ.
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLES = "\u200b\u2060\ufeff\u00ad\u180e"
_JOINERS = "\u200c\u200d"  # meaningful inside Urdu words, noise anywhere else
_ARABIC_LETTER = r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"
_STRAY_JOINER = re.compile(rf"(?<!{_ARABIC_LETTER})[{_JOINERS}]|[{_JOINERS}](?!{_ARABIC_LETTER})")
_REMOVE = str.maketrans("", "", _BIDI_CONTROLS + _INVISIBLES)
_SPACES = re.compile(r"\s+")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff .'\u2019-]*$")
_MARKUP = re.compile(r"[<>{}\\]|&#|javascript:", re.IGNORECASE)


def normalize_name(value):
    """NFC, without direction controls and invisible characters, single spaces, trimmed.

    Zero-width (non-)joiners are kept only between two Arabic-script letters, where they
    change how an Urdu word is written; anywhere else they are dropped.
    """
    if value is None:
        return ""
    value = unicodedata.normalize("NFC", str(value)).translate(_REMOVE)
    value = _STRAY_JOINER.sub("", value)
    value = "".join(" " if unicodedata.category(char) in ("Zs", "Cc") else char for char in value)
    return _SPACES.sub(" ", value).strip()


def validate_person_name(value):
    """A name in any script: sensible length, at least one letter, no markup or control characters."""
    if len(value) < NAME_MIN_LENGTH or len(value) > NAME_MAX_LENGTH:
        raise ValidationError(
            _("A name must be between %(min)d and %(max)d characters long."),
            code="length",
            params={"min": NAME_MIN_LENGTH, "max": NAME_MAX_LENGTH},
        )
    if _MARKUP.search(value):
        raise ValidationError(_("A name cannot contain <, >, braces, backslashes or code."), code="markup")
    if not any(unicodedata.category(char).startswith("L") for char in value):
        raise ValidationError(_("A name must contain letters."), code="no_letters")
    if any(unicodedata.category(char) in ("Cc", "Cf", "Co", "Cn") and char not in _JOINERS for char in value):
        raise ValidationError(_("A name cannot contain invisible or control characters."), code="control")


#: Scripts a certificate can print (Noto Sans: Latin and Cyrillic with the Kazakh letters; Noto
#: Nastaliq Urdu: the Arabic script). A name in another script would print as empty boxes.
PRINTABLE_SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC")


def validate_native_name(value):
    """A name in the holder's own script, which certificates can print: Urdu, Cyrillic or Latin letters."""
    validate_person_name(value)
    foreign = [
        char
        for char in value
        if unicodedata.category(char).startswith("L") and not unicodedata.name(char, "").startswith(PRINTABLE_SCRIPTS)
    ]
    if foreign:
        raise ValidationError(
            _("Write the name in Urdu, Kazakh or Russian letters (certificates cannot print “%(letter)s”)."),
            code="script",
            params={"letter": foreign[0]},
        )


def validate_latin_name(value):
    """The name as printed in the passport: Latin letters, spaces, hyphens, apostrophes and dots."""
    validate_person_name(value)
    if not _LATIN_NAME.match(value):
        raise ValidationError(
            _("Write the name in Latin letters exactly as in your passport, for example Ayesha Khan."),
            code="not_latin",
        )

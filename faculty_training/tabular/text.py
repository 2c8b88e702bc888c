"""Text tables as spreadsheet programs save them: which encoding, which delimiter, and letters lost on the way."""

import codecs
import csv
import io
import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..exceptions import ServiceError

#: The encodings an administrator may name (the admin's choice and the commands' --encoding), with labels.
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-16": gettext_lazy("UTF-16 (Excel “Unicode Text”)"),
    "cp1251": gettext_lazy("Windows-1251 (Cyrillic)"),
    "kz1048": gettext_lazy("KZ-1048 (Kazakh)"),
}
SINGLE_BYTE_ENCODINGS = ("cp1251", "kz1048")
DELIMITERS = (",", ";", "\t")

# KZ-1048 is Windows-1251 with sixteen places changed: where Windows-1251 has Serbian, Macedonian,
# Ukrainian and Belarusian letters (Ј Ќ Ћ Ў Ґ Є Ї Ѕ and their small forms), KZ-1048 has the Kazakh ones
# (Ә Қ Һ Ұ Ө Ғ Ү Ң). Our files are in Kazakh or Russian, so one of these bytes means KZ-1048; a Russian
# text has none of them and reads the same in both.
KZ1048_BYTES = frozenset(
    byte
    for byte in range(0x80, 0x100)
    if bytes([byte]).decode("cp1251", "replace") != bytes([byte]).decode("kz1048", "replace")
)

_LETTER = r"[^\W\d_]"
# A "?" that a code page put in place of a letter it lacks: at the start of a word or after a letter, and
# followed by a letter ("?сел", "Қайрат?ызы"), or a whole word of them ("????" for an Urdu word).
_LOST_INSIDE_WORD = re.compile(rf"(?:^|(?<={_LETTER}))\?+(?={_LETTER})")
_LOST_WHOLE_WORD = re.compile(r"\?{2,}")
_WORD_PUNCTUATION = "«»“”„\"'()[]{}.,;:!—–-"


def encoding_error():
    return ServiceError(
        _("The file is not in UTF-8, UTF-16, Windows-1251 or KZ-1048; save it as CSV UTF-8."), "encoding"
    )


def decode(data, encoding=None):
    """The text of a CSV upload: in the named encoding, or detected (BOM, UTF-8, then Windows-1251 or KZ-1048)."""
    if encoding:
        return _decode_as(data, encoding)
    if data.startswith(codecs.BOM_UTF8):
        return _decode_as(data, "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Spreadsheet programs in Kazakhstan and Russia save CSV in the Windows code page unless told otherwise.
    encoding = "kz1048" if any(byte in KZ1048_BYTES for byte in data) else "cp1251"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise encoding_error() from error
    if not any("\u0400" <= char <= "\u04ff" for char in text):
        raise encoding_error()  # no Cyrillic at all: not a Cyrillic code page, whatever it is
    return text


def _decode_as(data, encoding):
    if encoding in SINGLE_BYTE_ENCODINGS and _is_utf8_beyond_ascii(data):
        # Read as Windows-1251, UTF-8 Cyrillic turns into other Cyrillic ("Әсел" -> "УђСЃРµР»") without an error.
        raise ServiceError(
            _("The file is UTF-8, not %(encoding)s; choose UTF-8 or Detect.") % {"encoding": ENCODINGS[encoding]},
            "encoding",
        )
    try:
        text = data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except (LookupError, UnicodeDecodeError) as error:
        raise ServiceError(
            _("The file cannot be read as %(encoding)s.") % {"encoding": ENCODINGS.get(encoding, encoding)},
            "encoding",
        ) from error
    return text.removeprefix("\ufeff")


def _is_utf8_beyond_ascii(data):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def normalise_header(cells):
    return [str(cell or "").strip().lower().replace(" ", "_") for cell in cells]


def is_blank(cells):
    return not any(str(cell).strip() for cell in cells if cell is not None)


def _first_record(text, delimiter):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return next((cells for cells in reader if not is_blank(cells)), [])
    except csv.Error:
        return []  # the real reading reports where the file is malformed


def header_delimiter(text, columns):
    """The delimiter that splits the header into the most of ``columns`` (comma when none does).

    Decided on the header alone: the blank lines spreadsheets leave at the end made guessing from the
    whole sample (csv.Sniffer) fall back to comma for semicolon and tab files.
    """
    known = set(columns)
    scores = {
        delimiter: len(known.intersection(normalise_header(_first_record(text, delimiter)))) for delimiter in DELIMITERS
    }
    return max(DELIMITERS, key=lambda delimiter: scores[delimiter])  # max keeps the first of equals: comma


def csv_rows(text, columns):
    """Each record of a CSV text as a list of cells (an empty list for a blank line)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=header_delimiter(text, columns))
    try:
        yield from reader
    except csv.Error as error:
        # Python's own parser message is English; the reader names the line instead.
        raise ServiceError(
            _("The CSV file is malformed near line %(line)s (check quotes and separators).")
            % {"line": reader.line_num},
            "malformed",
        ) from error


def lost_letter_word(value):
    """The first word of ``value`` where a "?" stands for a letter the file's code page lacked, or None.

    A question mark ends a word ("Болен?"); one that starts a word or sits between letters is a letter
    Windows-1251 could not store (Ә Ғ Қ Ң Ө Ұ Ү Һ, or every Urdu letter). Addresses are left alone.
    """
    if "?" not in value:
        return None
    for word in value.split():
        if "@" in word or "/" in word:
            continue
        bare = word.strip(_WORD_PUNCTUATION)
        if _LOST_INSIDE_WORD.search(bare) or _LOST_WHOLE_WORD.fullmatch(bare):
            return bare
    return None

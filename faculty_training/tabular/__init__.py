"""Reading uploaded CSV and XLSX tables safely: size caps before parsing, encodings, row numbers."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from ..conf import app_settings
from ..exceptions import ServiceError
from .limits import (
    MAX_CELL_CHARACTERS,
    MAX_COLUMNS,
    Deadline,
    check_size,
    read_limited,
    too_many_columns,
    too_many_rows,
)
from .text import ENCODINGS, csv_rows, decode, is_blank, lost_letter_word, normalise_header
from .workbook import is_xlsx, xlsx_rows

__all__ = ["ENCODINGS", "Row", "read_limited", "read_table"]


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet program shows it: the header is row 1
    values: dict
    problem: str = ""  # what makes the whole row unreadable (a lost letter, an overlong cell), translated


def read_table(data, filename, *, required_columns, known_columns=(), encoding=None):
    """Rows of a CSV or XLSX upload as dicts keyed by the (lower-cased) header.

    ``known_columns`` (with the required ones) decide which delimiter a CSV file uses. Raises
    ServiceError for anything that makes the whole file unreadable; a row that is unreadable by
    itself carries its ``problem``.
    """
    check_size(data)
    deadline = Deadline()
    columns = (*required_columns, *known_columns)
    raw_rows = xlsx_rows(data, deadline) if is_xlsx(data, filename) else csv_rows(decode(data, encoding), columns)
    numbered = enumerate(raw_rows, start=1)
    header = None
    for _number, cells in numbered:
        deadline.check()
        if not is_blank(cells):
            header = normalise_header(cells)
            break
    if header is None:
        raise ServiceError(_("The file is empty."), "empty")
    if len(header) > MAX_COLUMNS:
        raise too_many_columns()
    missing = [column for column in required_columns if column not in header]
    if missing:
        raise ServiceError(
            _("The header lacks these columns: %(columns)s.") % {"columns": ", ".join(missing)}, "header"
        )
    result = []
    for number, cells in numbered:
        deadline.check()
        # Spreadsheets end files with blank lines, or lines of bare separators: neither is a row.
        if is_blank(cells):
            continue
        if len(result) >= app_settings.IMPORT_MAX_ROWS:
            raise too_many_rows()
        values = {
            column: (str(cells[index]).strip() if index < len(cells) else "") for index, column in enumerate(header)
        }
        result.append(Row(number=number, values=values, problem=_row_problem(values)))
    return result


def _row_problem(values):
    for value in values.values():
        if len(value) > MAX_CELL_CHARACTERS:
            return _("a cell is longer than %(characters)s characters") % {"characters": MAX_CELL_CHARACTERS}
        word = lost_letter_word(value)
        if word:
            return _(
                "«%(word)s» contains '?' where a letter was lost: the file was saved in a code page without "
                "that letter. Save it as UTF-8: in Excel choose Save As → CSV UTF-8; in LibreOffice choose "
                "Character set: Unicode (UTF-8)."
            ) % {"word": word}
    return ""

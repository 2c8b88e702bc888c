"""Downloads of completion records: streamed CSV and XLSX, safe against formula injection.

``neutralize`` is the project's one defence against formula injection: our own exports call it for
every cell, and ``faculty_training.spreadsheets`` routes every spreadsheet the Wagtail admin writes
(our viewsets' and reports' "Download CSV/XLSX", the site history report, form submissions)
through ``neutralize_cell``.
"""

import csv
import tempfile
from datetime import date
from decimal import Decimal

from django.utils import timezone, translation
from django.utils.functional import Promise
from wagtail.log_actions import log

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice)."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def neutralize_cell(value):
    """``neutralize`` for text; numbers, dates and empty cells keep their type (they cannot be formulas)."""
    if isinstance(value, (str, Promise)):
        return neutralize(value)
    return value


def _header(columns):
    return [str(column.label) for column in columns]


def _cells(row, keys):
    """``neutralize`` on each cell, inlined for plain text (an export calls it millions of times)."""
    cells = []
    for key in keys:
        value = row.get(key)
        if value.__class__ is str:
            cells.append("'" + value if value.startswith(FORMULA_PREFIXES) else value)
        else:
            cells.append(neutralize(value))
    return cells


class _Echo:
    """A file-like object whose write() returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


def csv_lines(rows, columns):
    """UTF-8 with BOM (so spreadsheets read Urdu and Cyrillic), RFC 4180 quoting, CRLF lines."""
    writer = csv.writer(_Echo(), quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    yield "\ufeff".encode()
    yield writer.writerow(_header(columns)).encode()
    keys = [column.key for column in columns]
    for row in rows:
        yield writer.writerow(_cells(row, keys)).encode()


# Typed cells: a coordinator sums, sorts and filters them in the spreadsheet program.
XLSX_FORMATS = {"date": "yyyy-mm-dd", "number": "#,##0.##", "percent": "0.0%"}
XLSX_WIDTHS = {"name": 28, "code": 14, "date": 12, "number": 10, "percent": 11, "text": 30}


def _typed(value, kind):
    """The cell value of ``kind``: a date, a number, a fraction for percentages, or neutralised text."""
    if value is None or value == "":
        return None
    try:
        if kind == "date":
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if kind in ("number", "percent"):
            number = value if isinstance(value, (int, float, Decimal)) else Decimal(str(value))
            if kind == "percent":
                return float(number) / 100
            return int(number) if number == int(number) else float(number)
    except (ValueError, ArithmeticError):
        pass  # not what the column promises: written as (neutralised) text rather than lost
    return neutralize(value)


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_file(rows, columns, title="Records", right_to_left=None, handle=None):
    """An XLSX written row by row (openpyxl write-only mode) into a temporary file; returns it.

    Dates, numbers and percentages are typed cells with formats; text cells are always text and
    neutralised, so nothing a person typed becomes a formula. The header is frozen and bold, the
    columns have widths, and the sheet reads right to left in Urdu (``right_to_left`` defaults to
    the current language's direction). ``handle``: an open binary file to write into instead.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    sheet.sheet_view.rightToLeft = translation.get_language_bidi() if right_to_left is None else right_to_left
    for index, column in enumerate(columns, start=1):
        width = max(XLSX_WIDTHS.get(column.kind, 20), min(len(str(column.label)) + 2, 40))
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for label in _header(columns):
        cell = WriteOnlyCell(sheet, value=neutralize(label))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        cells = []
        for column in columns:
            value = _typed(row.get(column.key), column.kind)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text: nothing a reader types becomes a formula
            elif value is not None and column.kind in XLSX_FORMATS:
                cell.number_format = XLSX_FORMATS[column.kind]
            cells.append(cell)
        sheet.append(cells)
    handle = tempfile.TemporaryFile(suffix=".xlsx") if handle is None else handle
    workbook.save(handle)
    handle.seek(0)
    return handle


def export_filename(scope_label, extension):
    """records-PK-ISB-MU-2026-11-30.csv: dated and ASCII-safe."""
    safe = "".join(char if char.isascii() and (char.isalnum() or char in "-_") else "-" for char in scope_label)
    return f"records-{safe}-{timezone.localdate().isoformat()}.{extension}"


def export_log(*, user, scope, filters, rows, file_format):
    """Who downloaded which records, with which filter and how many rows, in the audit log."""
    data = {
        "scope": scope.label,
        "format": file_format,
        "rows": rows,
        "filters": {key: str(value) for key, value in vars(filters).items() if value not in (None, "")},
    }
    log(instance=user, action="faculty_training.records_export", user=user, data=data)

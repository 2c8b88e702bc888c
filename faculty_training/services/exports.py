"""Downloads of completion records: streamed CSV and XLSX, safe against formula injection.

``neutralize`` is the project's one defence against formula injection: our own exports call it for
every cell, and ``faculty_training.spreadsheets`` routes every spreadsheet the Wagtail admin writes
(our viewsets' and reports' "Download CSV/XLSX", the site history report, form submissions)
through ``neutralize_cell``.
"""

import csv
import tempfile

from django.utils import timezone
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


def _cells(row, columns):
    return [neutralize(row.get(column.key)) for column in columns]


class _Echo:
    """A file-like object whose write() returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


def csv_lines(rows, columns):
    """UTF-8 with BOM (so spreadsheets read Urdu and Cyrillic), RFC 4180 quoting, CRLF lines."""
    writer = csv.writer(_Echo(), quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    yield "\ufeff".encode()
    yield writer.writerow(_header(columns)).encode()
    for row in rows:
        yield writer.writerow(_cells(row, columns)).encode()


def xlsx_file(rows, columns, title="Records"):
    """An XLSX written row by row (openpyxl write-only mode) into a temporary file; returns it."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(_header(columns))
    for row in rows:
        cells = []
        for value in _cells(row, columns):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # always text: nothing a reader types becomes a formula
            cells.append(cell)
        sheet.append(cells)
    handle = tempfile.TemporaryFile(suffix=".xlsx")
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

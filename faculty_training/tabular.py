"""Reading uploaded CSV and XLSX tables safely: size caps before parsing, encodings, row numbers."""

import csv
import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .conf import app_settings
from .exceptions import ServiceError

XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet program shows it: the header is row 1
    values: dict


def _decode(data, encoding):
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as error:
            raise ServiceError(
                _("The file cannot be read as %(encoding)s.") % {"encoding": encoding}, "encoding"
            ) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Spreadsheet programs in Kazakhstan and Russia often save CSV as Windows-1251.
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError as error:
        raise ServiceError(
            _("The file is neither UTF-8 nor Windows-1251; save it as UTF-8 CSV."), "encoding"
        ) from error
    if not any("\u0400" <= char <= "\u04ff" for char in text):
        raise ServiceError(_("The file is neither UTF-8 nor Windows-1251; save it as UTF-8 CSV."), "encoding")
    return text


def _check_size(data):
    if len(data) > app_settings.IMPORT_MAX_BYTES:
        raise ServiceError(
            _("The file is too large (over %(megabytes)s MB).")
            % {"megabytes": app_settings.IMPORT_MAX_BYTES // 1_000_000},
            "too_large",
        )


def _too_many_rows():
    return ServiceError(
        _("The file has more than %(rows)s rows; split it into smaller files.")
        % {"rows": app_settings.IMPORT_MAX_ROWS},
        "too_many_rows",
    )


def _normalise_header(cells):
    return [str(cell or "").strip().lower().replace(" ", "_") for cell in cells]


def _csv_rows(text):
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        yield from reader
    except csv.Error as error:
        # Python's own parser message is English; the reader names the line instead.
        raise ServiceError(
            _("The CSV file is malformed near line %(line)s (check quotes and separators).")
            % {"line": reader.line_num},
            "malformed",
        ) from error


def _xlsx_rows(data):
    import openpyxl

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise ServiceError(_("The XLSX file is damaged."), "malformed") from error
    # A zip bomb: small file, enormous content. Refuse before openpyxl unpacks anything.
    if unpacked > app_settings.IMPORT_MAX_BYTES * 20:
        raise ServiceError(_("The XLSX file unpacks to too much data."), "too_large")
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise ServiceError(_("The XLSX file is damaged."), "malformed") from error
    try:
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            yield ["" if cell is None else str(cell) for cell in row]
    finally:
        workbook.close()


def read_table(data, filename, *, required_columns, encoding=None):
    """Rows of a CSV or XLSX upload as dicts keyed by the (lower-cased) header.

    Raises ServiceError for anything that makes the whole file unreadable.
    """
    _check_size(data)
    is_xlsx = filename.lower().endswith(".xlsx") or data[:4] == XLSX_MAGIC
    raw_rows = _xlsx_rows(data) if is_xlsx else _csv_rows(_decode(data, encoding))
    rows = iter(raw_rows)
    try:
        header = _normalise_header(next(rows))
    except StopIteration:
        raise ServiceError(_("The file is empty."), "empty") from None
    missing = [column for column in required_columns if column not in header]
    if missing:
        raise ServiceError(
            _("The header lacks these columns: %(columns)s.") % {"columns": ", ".join(missing)}, "header"
        )
    result = []
    for number, cells in enumerate(rows, start=2):
        if len(result) >= app_settings.IMPORT_MAX_ROWS:
            raise _too_many_rows()
        if not any(str(cell).strip() for cell in cells):
            continue
        values = {
            column: (str(cells[index]).strip() if index < len(cells) else "") for index, column in enumerate(header)
        }
        result.append(Row(number=number, values=values))
    return result

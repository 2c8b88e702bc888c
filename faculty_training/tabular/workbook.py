"""The first sheet of an XLSX upload, read within bounds a hostile file cannot stretch.

An XLSX file is a ZIP of XML parts. openpyxl unpacks and parses the parts it needs as they are, so a
few hundred kilobytes can unpack to a hundred megabytes of shared strings, a row can claim column
16,384, and a row number or a sheet dimension can claim a million rows that openpyxl then pads out.
Before openpyxl sees the file, the archive's declared sizes are checked (zipfile never unpacks more
than a member declares) and every XML part is streamed once through expat in constant memory,
counting elements, depth, columns, row numbers and cell lengths. What passes holds at most
``IMPORT_MAX_UNPACKED_BYTES`` of XML and a number of elements proportional to ``IMPORT_MAX_ROWS``,
which is what bounds openpyxl's memory and time. openpyxl parses with defusedxml (installed and
pinned), so an entity declaration is refused there too.
"""

import codecs
import io
import re
import zipfile
import zlib
from xml.parsers import expat

from django.utils.translation import gettext as _

from ..conf import app_settings
from ..exceptions import ServiceError
from .limits import MAX_CELL_CHARACTERS, MAX_COLUMNS, too_many_columns, too_many_rows

XLSX_MAGIC = b"PK\x03\x04"

# Excel writes about a dozen parts, more with many sheets or pictures.
MAX_ARCHIVE_MEMBERS = 200
# Spreadsheet XML compresses 5-20 times; a ZIP bomb thousands of times. Small parts may be anything.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_ABOVE_BYTES = 1_000_000
MAX_XML_DEPTH = 64
# Each row of a real sheet costs a few XML elements per cell (row, c, v, shared or inline strings):
# a 20,000-row list of 8 columns has about 500,000. Rich text costs more; 64 per row leaves room.
XML_ELEMENTS_PER_ROW = 64
XML_ELEMENTS_BASE = 10_000  # styles, theme, relationships
# openpyxl loads every shared string before the first row; a real workbook stores no more strings than
# its cells use (some programs keep a few unused ones), so a table far larger than the cells is a bomb.
SHARED_STRINGS_BEYOND_CELLS = 10_000
_CELL_TEXT = frozenset(("t", "v", "f"))
_COLUMN_LETTERS = re.compile(r"[A-Za-z]+")
_SCAN_CHUNK_BYTES = 64 * 1024
_DEADLINE_EVERY_ELEMENTS = 4096
# What zipfile raises for a damaged, encrypted or oddly compressed member.
_ARCHIVE_ERRORS = (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, OSError, ValueError, zlib.error)


def damaged():
    return ServiceError(_("The XLSX file is damaged."), "malformed")


def is_xlsx(data, filename):
    return filename.lower().endswith(".xlsx") or data[:4] == XLSX_MAGIC


def xlsx_rows(data, deadline):
    """Each row of the first sheet as a list of cell values, after the archive passed every bound."""
    import openpyxl

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _check_archive(archive)
        _scan_xml_parts(archive, deadline)
    except _ARCHIVE_ERRORS as error:
        raise damaged() from error
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        sheet = workbook.worksheets[0]
        # The sheet's own claim of its size (<dimension ref="A1:XFD1048576">) would pad every row to it.
        sheet.reset_dimensions()
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise damaged() from error
    try:
        for row in sheet.iter_rows(values_only=True):
            yield ["" if cell is None else str(cell) for cell in row]
    except Exception as error:  # defusedxml's refusals and damaged cells surface while rows are read
        raise damaged() from error
    finally:
        workbook.close()


def _check_archive(archive):
    members = archive.infolist()
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise ServiceError(
            _("The XLSX file has too many parts (over %(count)s).") % {"count": MAX_ARCHIVE_MEMBERS}, "too_large"
        )
    limit = app_settings.IMPORT_MAX_UNPACKED_BYTES
    if sum(member.file_size for member in members) > limit:
        raise ServiceError(
            _("The XLSX file unpacks to too much data (over %(megabytes)s MB).") % {"megabytes": limit // 1_000_000},
            "too_large",
        )
    for member in members:
        if member.file_size > RATIO_CHECKED_ABOVE_BYTES and member.file_size > MAX_COMPRESSION_RATIO * max(
            member.compress_size, 1
        ):
            raise ServiceError(
                _("The XLSX file is compressed suspiciously tightly; save it again from a spreadsheet program."),
                "too_large",
            )


def _scan_xml_parts(archive, deadline):
    budget = _XmlBudget(deadline)
    for member in archive.infolist():
        with archive.open(member) as stream:
            head = stream.read(_SCAN_CHUNK_BYTES)
            # By content, not by name: the relationships may send openpyxl to an XML part called "x.bin".
            if _looks_like_xml(head):
                budget.scan(head, stream)
    if budget.shared_strings > budget.cells + SHARED_STRINGS_BEYOND_CELLS:
        raise budget.exceeded()


def _looks_like_xml(head):
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return head.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n\0").startswith(b"<")


class _XmlBudget:
    """Counts what the XML parts hold, in constant memory, and refuses the file at the first excess."""

    def __init__(self, deadline):
        self.deadline = deadline
        self.elements = 0
        self.cells = 0
        self.shared_strings = 0
        self.max_elements = (app_settings.IMPORT_MAX_ROWS + 1) * XML_ELEMENTS_PER_ROW + XML_ELEMENTS_BASE
        self.max_row_number = app_settings.IMPORT_MAX_ROWS + 1  # the header is row 1

    def scan(self, head, stream):
        self.depth = 0
        self.cells_in_row = 0
        self.text_length = None  # counting only inside a cell's text
        parser = expat.ParserCreate(namespace_separator="}")
        parser.StartDoctypeDeclHandler = self._refuse_declarations
        parser.EntityDeclHandler = self._refuse_declarations
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        try:
            parser.Parse(head, False)
            while chunk := stream.read(_SCAN_CHUNK_BYTES):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise damaged() from error

    def _refuse_declarations(self, *args):
        # Spreadsheet programs never declare a document type or entities; "billion laughs" needs them.
        raise ServiceError(
            _("The XLSX file declares XML entities, which spreadsheet programs never write."), "malformed"
        )

    def exceeded(self):
        return ServiceError(
            _("The XLSX file holds more than an import may read; split it into smaller files."), "too_large"
        )

    def _start(self, name, attributes):
        self.elements += 1
        if self.elements > self.max_elements:
            raise self.exceeded()
        if self.elements % _DEADLINE_EVERY_ELEMENTS == 0:
            self.deadline.check()
        self.depth += 1
        if self.depth > MAX_XML_DEPTH:
            raise ServiceError(_("The XLSX file is nested too deeply to be a spreadsheet."), "malformed")
        local_name = name.rpartition("}")[2]
        if local_name == "row":
            self.cells_in_row = 0
            number = _number(attributes.get("r"))
            if number is not None and number > self.max_row_number:
                raise too_many_rows()
        elif local_name == "si":
            self.shared_strings += 1
        elif local_name == "c":
            self.cells += 1
            self.cells_in_row += 1
            if self.cells_in_row > MAX_COLUMNS or _column_index(attributes.get("r")) > MAX_COLUMNS:
                raise too_many_columns()
        self.text_length = 0 if local_name in _CELL_TEXT else None

    def _end(self, name):
        self.depth -= 1
        self.text_length = None

    def _text(self, text):
        if self.text_length is not None:
            self.text_length += len(text)
            if self.text_length > MAX_CELL_CHARACTERS:
                raise ServiceError(
                    _("The XLSX file has a cell longer than %(characters)s characters.")
                    % {"characters": MAX_CELL_CHARACTERS},
                    "too_large",
                )


def _number(value):
    try:
        return int(float(value))
    except (TypeError, ValueError, OverflowError):
        return None


def _column_index(reference):
    """1 for "A7", 16,384 for "XFD1"; 0 when the cell has no reference (openpyxl counts on from the last)."""
    match = _COLUMN_LETTERS.match(reference or "")
    if match is None:
        return 0
    letters = match.group().upper()
    if len(letters) > 3:
        return MAX_COLUMNS + 1
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index

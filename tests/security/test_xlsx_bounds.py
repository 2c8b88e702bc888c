"""Crafted XLSX files are refused before they cost memory or minutes: shared-strings bombs, a million
columns, claimed dimensions and row numbers, deep nesting, XML entities, overlong cells, slow reading.

Each test asserts the refusal and its message; the bounds that keep memory small hold by construction
(see faculty_training/tabular/workbook.py)."""

import io
import random
import string
import zipfile

import openpyxl
import pytest
from django.test import override_settings
from django.utils import translation

from faculty_training.exceptions import ServiceError
from faculty_training.tabular import read_table
from tests.builders import build_xlsx

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEADER = ["email", "status", "remark"]
ROWS = [HEADER, ["p0@example.org", "present", "Әкімдікте"]]
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _read(data):
    with translation.override("en"):
        return read_table(data, "list.xlsx", required_columns=("email", "status"))


def _refusal(data):
    with pytest.raises(ServiceError) as caught:
        _read(data)
    return caught.value.message


def _content_types(extra_part=None):
    """openpyxl's [Content_Types].xml, naming one more part as the shared strings when asked."""
    original = build_xlsx(ROWS)
    types = zipfile.ZipFile(io.BytesIO(original)).read("[Content_Types].xml").decode()
    if extra_part:
        types = types.replace(
            "</Types>", f'<Override PartName="/{extra_part}" ContentType="{SHARED_STRINGS_TYPE}"/></Types>'
        )
    return types.encode()


def _with_shared_strings(items_xml, part="xl/sharedStrings.xml", prologue=""):
    sst = f'<?xml version="1.0"?>{prologue}<sst xmlns="{MAIN}">{items_xml}</sst>'.encode()
    return build_xlsx(ROWS, replace_parts={part: sst, "[Content_Types].xml": _content_types(part)})


def _with_sheet(sheet_data, dimension="A1:C2"):
    sheet = (
        f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/>'
        f"<sheetData>{sheet_data}</sheetData></worksheet>"
    ).encode()
    return build_xlsx(ROWS, replace_parts={"xl/worksheets/sheet1.xml": sheet})


def _inline_row(number, *values):
    cells = "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in values)
    return f'<row r="{number}">{cells}</row>'


def test_a_well_formed_list_passes_every_bound():
    rows = _read(build_xlsx(ROWS))
    assert [row.values for row in rows] == [{"email": "p0@example.org", "status": "present", "remark": "Әкімдікте"}]


@override_settings(FACULTY_TRAINING_IMPORT_MAX_ROWS=500)
def test_a_list_at_the_row_limit_with_eight_columns_of_distinct_text_is_within_the_xml_budget():
    # The element budget grows with IMPORT_MAX_ROWS; a full list of the widest real shape must fit it.
    header = ["email", "status", "remark", "latin_name", "native_name", "institution_code", "position", "notes"]
    rows = [header] + [
        [f"p{n}@example.org", "present", f"Ремарка {n}", f"Name {n}", f"Әсел {n}", "KZ-ALA-MU", f"Доцент {n}", f"N{n}"]
        for n in range(500)
    ]
    assert len(_read(build_xlsx(rows))) == 500


def test_a_shared_strings_bomb_is_refused_before_openpyxl_unpacks_it():
    # Issue 17: a few hundred kilobytes that unpack to ~90 MB of shared strings kept a worker busy minutes.
    data = _with_shared_strings("<si><t>x</t></si>" * 1_800_000)  # 30 MB
    assert len(data) < 250_000
    assert _refusal(data) == "The XLSX file unpacks to too much data (over 20 MB)."


def test_a_part_compressed_suspiciously_tightly_is_refused():
    data = _with_shared_strings("<si><t>x</t></si>" * 600_000)  # 10 MB, under the byte cap
    assert (
        _refusal(data) == "The XLSX file is compressed suspiciously tightly; save it again from a spreadsheet program."
    )


def test_a_flood_of_xml_elements_under_the_byte_cap_is_refused():
    # Random text compresses like real text, so neither the byte cap nor the ratio notices this one.
    generator = random.Random(17)
    items = "".join(f"<si><t>{generator.choice(string.ascii_letters)}{n % 97}</t></si>" for n in range(700_000))
    data = _with_shared_strings(items)
    assert _refusal(data) == "The XLSX file holds more than an import may read; split it into smaller files."


def test_a_shared_string_table_far_larger_than_the_cells_is_refused():
    # openpyxl loads every shared string before the first row: only as many as the cells may use.
    data = _with_shared_strings("<si><t>x</t></si>" * 20_000)
    assert _refusal(data) == "The XLSX file holds more than an import may read; split it into smaller files."


def test_a_cell_in_column_xfd_is_refused():
    data = _with_sheet(_inline_row(1, *HEADER) + '<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>')
    assert _refusal(data) == "The file has more than 100 columns."


def test_a_row_of_many_cells_without_references_is_refused():
    data = _with_sheet(_inline_row(1, *HEADER) + '<row r="2">' + "<c/>" * 101 + "</row>")
    assert _refusal(data) == "The file has more than 100 columns."


def test_a_claimed_dimension_of_the_whole_grid_is_ignored_and_the_rows_are_read_as_they_are():
    # Trusted, the claim pads every row to 16,384 cells (openpyxl pads read-only rows to the dimension):
    # 20,000 rows would be 327 million cells.
    sheet = _inline_row(1, *HEADER) + _inline_row(2, "p0@example.org", "present", "")
    rows = _read(_with_sheet(sheet, dimension="A1:XFD1048576"))
    assert [row.values for row in rows] == [{"email": "p0@example.org", "status": "present", "remark": ""}]


def test_a_row_numbered_beyond_the_row_limit_is_refused():
    data = _with_sheet(_inline_row(1, *HEADER) + _inline_row(1_048_576, "p0@example.org", "present", ""))
    assert _refusal(data) == "The file has more than 20000 rows; split it into smaller files."


def test_deeply_nested_xml_is_refused():
    nested = "<r>" * 100 + "</r>" * 100
    assert (
        _refusal(_with_shared_strings(f"<si>{nested}</si>"))
        == "The XLSX file is nested too deeply to be a spreadsheet."
    )


BILLION_LAUGHS = (
    '<!DOCTYPE sst [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
)


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/strings.bin"], ids=["named .xml", "named .bin"])
def test_xml_entities_are_refused_whatever_the_part_is_called(part):
    data = _with_shared_strings("<si><t>&d;</t></si>", part=part, prologue=BILLION_LAUGHS)
    assert _refusal(data) == "The XLSX file declares XML entities, which spreadsheet programs never write."


def test_openpyxl_parses_with_defusedxml():
    # Our own scan refuses entities first; this is the second wall, for parts openpyxl reads itself.
    assert openpyxl.DEFUSEDXML is True


def test_an_overlong_cell_is_refused_before_openpyxl_reads_it():
    data = _with_sheet(_inline_row(1, *HEADER) + _inline_row(2, "p0@example.org", "present", "x" * 10_001))
    assert _refusal(data) == "The XLSX file has a cell longer than 10000 characters."


def test_an_archive_of_too_many_parts_is_refused():
    data = build_xlsx(ROWS, replace_parts={f"xl/media/image{n}.png": b"\x89PNG" for n in range(300)})
    assert _refusal(data) == "The XLSX file has too many parts (over 200)."


@override_settings(FACULTY_TRAINING_IMPORT_TIME_LIMIT_SECONDS=0)
def test_an_xlsx_file_that_outlasts_the_time_limit_is_refused():
    assert _refusal(build_xlsx(ROWS)) == "Reading the file took longer than 0 seconds; split it into smaller files."

"""Reading text tables: the encoding (KZ-1048 against Windows-1251, BOMs, UTF-16), the delimiter from the
header, letters lost to a code page, and the bounds of columns, cells and time."""

import codecs
import io

import pytest
from django.test import override_settings
from django.utils import translation

from faculty_training.exceptions import ServiceError
from faculty_training.tabular import read_limited, read_table
from faculty_training.tabular.text import KZ1048_BYTES, decode, header_delimiter, lost_letter_word

KAZAKH = "Әсел Қайратқызы, Ғалым Ұлықбекұлы, Өмір Үсенов, Айгүл Жаңабаева, Һ"
RUSSIAN = "Ольга Щербакова, Юрий Ёлкин"
COLUMNS = ("email", "latin_name", "native_name", "institution_code")


def test_the_bytes_where_kz1048_differs_from_windows_1251_are_kazakh_letters_there_and_foreign_letters_in_1251():
    kazakh_letters = set("ӘәҒғҚқҢңӨөҰұҮүҺһ")
    russian_and_kazakh = set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяІі") | kazakh_letters
    assert len(KZ1048_BYTES) == 16
    for byte in KZ1048_BYTES:
        assert bytes([byte]).decode("kz1048") in kazakh_letters
        assert bytes([byte]).decode("cp1251") not in russian_and_kazakh  # Ј Ќ Ћ Ў Ґ Є Ї Ѕ …


def test_a_kz1048_file_is_detected_and_keeps_its_kazakh_letters():
    assert decode(KAZAKH.encode("kz1048")) == KAZAKH


def test_a_windows_1251_file_of_russian_text_is_read_as_windows_1251():
    assert decode(RUSSIAN.encode("cp1251")) == RUSSIAN


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + KAZAKH.encode(),
        codecs.BOM_UTF16_LE + KAZAKH.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + KAZAKH.encode("utf-16-be"),
        KAZAKH.encode(),
    ],
    ids=["utf-8 with BOM", "utf-16 LE with BOM", "utf-16 BE with BOM", "utf-8"],
)
def test_unicode_files_are_detected_and_lose_their_byte_order_mark(data):
    assert decode(data) == KAZAKH


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", codecs.BOM_UTF8 + KAZAKH.encode()),
        ("utf-16", codecs.BOM_UTF16_LE + KAZAKH.encode("utf-16-le")),
        ("kz1048", KAZAKH.encode("kz1048")),
        ("cp1251", RUSSIAN.encode("cp1251")),
    ],
)
def test_a_named_encoding_is_used_and_a_byte_order_mark_is_dropped(encoding, data):
    assert decode(data, encoding) in (KAZAKH, RUSSIAN)


def test_a_utf8_file_named_windows_1251_is_refused_instead_of_read_as_other_letters():
    with translation.override("en"), pytest.raises(ServiceError, match="is UTF-8, not Windows-1251"):
        decode(KAZAKH.encode(), "cp1251")


def test_bytes_in_no_known_encoding_are_refused():
    with translation.override("en"), pytest.raises(ServiceError, match="not in UTF-8, UTF-16, Windows-1251 or KZ-1048"):
        decode(b"\x98\x98 \x01\x02")


@pytest.mark.parametrize(
    ("value", "word"),
    [
        ("?сел ?айрат?ызы", "?сел"),
        ("Ғалым ?л?қбек?лы", "?л?қбек?лы"),
        ("Айрат?ызы", "Айрат?ызы"),
        ("????? ????", "?????"),  # an Urdu name in a Windows code page
        ("(?сел)", "?сел"),
        ("M?ller", "M?ller"),
    ],
)
def test_a_question_mark_standing_for_a_lost_letter_is_found(value, word):
    assert lost_letter_word(value) == word


@pytest.mark.parametrize(
    "value",
    ["Болен?", "Болен? Да.", "Что? Где? Когда?", "?", "https://example.org/a?b=1", "a?b@example.org", "Ok ?", ""],
)
def test_a_question_mark_as_punctuation_is_not_a_lost_letter(value):
    assert lost_letter_word(value) is None


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("email;latin_name;native_name\r\na@x.org;A B;Ә\r\n\r\n\r\n", ";"),
        ("email\tlatin_name\tnative_name\r\na@x.org\tA B\tӘ\r\n\r\n", "\t"),
        ("email;latin_name;native_name\na@x.org;A B;Ә\n   \n\t\n", ";"),
        ("email;latin_name;native_name\r\na@x.org;A B;Ә\r\n;;\r\n;;\r\n", ";"),
        ('"email";"latin_name";"native_name, in full"\r\n', ";"),  # a comma inside a quoted header field
        ('"email","latin_name","notes; more"\n', ","),
        ("\r\n\r\nemail\tinstitution_code\n", "\t"),  # blank lines before the header
        ("email,latin_name\n", ","),
        ("nothing;we;know\n", ","),  # no delimiter finds a column: comma, and the header check names them
    ],
)
def test_the_delimiter_is_the_one_that_splits_the_header_into_known_columns(text, delimiter):
    assert header_delimiter(text, COLUMNS) == delimiter


def test_rows_keep_their_spreadsheet_numbers_after_blank_lines_before_the_header():
    data = "\r\n\r\nemail;latin_name;institution_code\r\na@x.org;Ali Raza;PK\r\n\r\nb@x.org;Ayesha Khan;PK\r\n\r\n"
    rows = read_table(data.encode(), "people.csv", required_columns=COLUMNS[:2], known_columns=COLUMNS)
    assert [(row.number, row.values["email"]) for row in rows] == [(4, "a@x.org"), (6, "b@x.org")]


def test_a_row_with_a_lost_letter_carries_a_translated_problem():
    data = "email;native_name\r\na@x.org;Олег\r\nb@x.org;?сел ?айрат?ызы\r\n".encode("cp1251")
    with translation.override("ru"):
        rows = read_table(data, "people.csv", required_columns=("email",), known_columns=COLUMNS)
    assert rows[0].problem == ""
    assert rows[1].problem.startswith("«?сел» содержит «?» на месте потерянной буквы")
    assert "CSV UTF-8" in rows[1].problem and "Юникод (UTF-8)" in rows[1].problem


def test_a_header_with_too_many_columns_is_refused():
    header = ",".join(["email", "latin_name", *(f"extra{number}" for number in range(200))])
    with pytest.raises(ServiceError, match="more than 100 columns"):
        read_table(f"{header}\na@x.org,A\n".encode(), "people.csv", required_columns=("email",))


def test_an_overlong_cell_makes_its_row_unreadable():
    data = f"email,remark\na@x.org,{'x' * 10_001}\n".encode()
    (row,) = read_table(data, "a.csv", required_columns=("email",))
    assert row.problem == "a cell is longer than 10000 characters"


@override_settings(FACULTY_TRAINING_IMPORT_TIME_LIMIT_SECONDS=0)
def test_reading_that_outlasts_the_time_limit_is_refused_with_a_translated_message():
    with translation.override("kk"), pytest.raises(ServiceError) as caught:
        read_table(b"email,status\na@x.org,present\n", "a.csv", required_columns=("email",))
    assert caught.value.code == "too_slow"
    assert caught.value.message.startswith("Файлды оқу 0 секундтан ұзаққа созылды")


@override_settings(FACULTY_TRAINING_IMPORT_MAX_BYTES=100)
def test_an_oversized_upload_is_read_only_one_byte_past_the_limit_and_then_refused():
    data = read_limited(io.BytesIO(b"email,status\n" + b"x" * 10_000))
    assert len(data) == 101
    with pytest.raises(ServiceError, match="too large"):
        read_table(data, "a.csv", required_columns=("email",))

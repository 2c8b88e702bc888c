"""The participant importer: encodings, duplicates, all-or-nothing, dry run, XLSX and the command."""

import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.urls import reverse

from faculty_training.exceptions import ServiceError
from faculty_training.models import ParticipantProfile
from faculty_training.services.imports import participants_import
from tests.builders import build_institution, build_user

pytestmark = pytest.mark.django_db

HEADER = "email,latin_name,native_name,institution_code,discipline,position,registration_number,preferred_language\n"


@pytest.fixture(autouse=True)
def institutions():
    return [build_institution(code="PK-ISB-MU", country="PK"), build_institution(code="KZ-ALA-MU", country="KZ")]


def _csv(*rows, header=HEADER):
    return (header + "".join(row + "\n" for row in rows)).encode("utf-8")


def test_valid_file_creates_accounts_and_profiles():
    data = _csv(
        "imran@example.org,Imran Hussain,عمران حسین,PK-ISB-MU,medicine,Professor,,ur",
        "aliya@example.org,Aliya Zhaksybekova,Әлия Жақсыбекова,kz-ala-mu,dentistry,,,",
    )
    result = participants_import(data, "people.csv")
    assert result.ok and result.created == 2
    aliya = ParticipantProfile.objects.get(user__email="aliya@example.org")
    assert aliya.native_name == "Әлия Жақсыбекова"
    assert aliya.preferred_language == "kk"  # default from the institution's country
    assert not aliya.user.has_usable_password()


def test_utf8_with_bom_is_read():
    data = "\ufeff".encode() + _csv("imran@example.org,Imran Hussain,عمران حسین,PK-ISB-MU,,,,")
    assert participants_import(data, "people.csv").created == 1


def test_windows_1251_cyrillic_file_is_detected_and_can_be_named():
    text = HEADER + "gulnara@example.org,Gulnara Abenova,Гульнара Абенова,KZ-ALA-MU,medicine,Доцент,,ru\n"
    data = text.encode("cp1251")
    assert participants_import(data, "people.csv", dry_run=True).created == 1
    result = participants_import(data, "people.csv", encoding="cp1251")
    assert result.created == 1
    assert ParticipantProfile.objects.get().native_name == "Гульнара Абенова"


def test_semicolon_separated_file_from_a_russian_spreadsheet_is_read():
    text = HEADER.replace(",", ";") + "oleg@example.org;Oleg Kim;Олег Ким;KZ-ALA-MU;medicine;;;ru\n"
    assert participants_import(text.encode("cp1251"), "people.csv").created == 1


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x@example.org,Ali Raza,,KZ-ALM-9,,,,", "row 3: unknown institution code 'KZ-ALM-9'"),
        ("x@example.org,,,PK-ISB-MU,,,,", "row 3: the name in Latin letters is missing"),
        ("not-an-email,Ali Raza,,PK-ISB-MU,,,,", "row 3: bad e-mail address 'not-an-email'"),
        ("x@example.org,Али Раза,,PK-ISB-MU,,,,", "row 3: Write the name in Latin letters"),
        ("x@example.org,Ali Raza,<script>alert(1)</script>,PK-ISB-MU,,,,", "row 3: A name cannot contain"),
        ("x@example.org,Ali Raza,,PK-ISB-MU,surgery,,,", "row 3: unknown discipline 'surgery'"),
        (
            "IMRAN@example.org,Ali Raza,,PK-ISB-MU,,,,",
            "row 3: e-mail IMRAN@example.org appears twice in the file (first in row 2)",
        ),
    ],
)
def test_each_bad_row_is_named_with_its_reason_and_nothing_is_written(row, message):
    data = _csv("imran@example.org,Imran Hussain,,PK-ISB-MU,,,,", row)
    result = participants_import(data, "people.csv")
    assert not result.ok
    assert any(str(error).startswith(message) for error in result.errors), [str(e) for e in result.errors]
    assert not ParticipantProfile.objects.exists()


def test_existing_account_is_found_case_insensitively():
    build_user(username="someone").__class__.objects.filter(username="someone").update(email="Imran@Example.org")
    result = participants_import(_csv("imran@example.ORG,Imran Hussain,,PK-ISB-MU,,,,"), "people.csv")
    assert [str(error) for error in result.errors] == ["row 2: an account with e-mail imran@example.ORG already exists"]


def test_one_bad_row_in_a_thousand_rolls_back_everything():
    rows = [f"person{number}@example.org,Person Number,,PK-ISB-MU,,,," for number in range(1000)]
    rows[736] = "person736@example.org,Person Number,,NOPE,,,,"
    result = participants_import(_csv(*rows), "people.csv")
    assert [error.row for error in result.errors] == [738]
    assert get_user_model().objects.count() == 0


def test_dry_run_writes_nothing():
    result = participants_import(_csv("imran@example.org,Imran Hussain,,PK-ISB-MU,,,,"), "people.csv", dry_run=True)
    assert result.ok and result.created == 1
    assert get_user_model().objects.count() == 0


def test_xlsx_file_is_read():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(
        ["aliya@example.org", "Aliya Zhaksybekova", "Әлия Жақсыбекова", "KZ-ALA-MU", "dentistry", None, None, "kk"]
    )
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert participants_import(buffer.getvalue(), "people.xlsx").created == 1


def test_missing_columns_are_refused_before_reading_rows():
    with pytest.raises(ServiceError, match="lacks these columns: institution_code"):
        participants_import(b"email,latin_name\nx@example.org,Ali\n", "people.csv")


@override_settings(FACULTY_TRAINING_IMPORT_MAX_ROWS=3)
def test_too_many_rows_are_refused():
    rows = [f"p{number}@example.org,Person Number,,PK-ISB-MU,,,," for number in range(4)]
    with pytest.raises(ServiceError, match="more than 3 rows"):
        participants_import(_csv(*rows), "people.csv")


@override_settings(FACULTY_TRAINING_IMPORT_MAX_BYTES=100)
def test_too_large_files_are_refused_before_parsing():
    with pytest.raises(ServiceError, match="too large"):
        participants_import(_csv("imran@example.org,Imran Hussain,,PK-ISB-MU,,,,"), "people.csv")


def test_command_reports_rows_and_fails_on_errors(tmp_path, capsys):
    path = tmp_path / "people.csv"
    path.write_bytes(_csv("imran@example.org,Imran Hussain,,PK-ISB-MU,,,,", "bad,Ali Raza,,PK-ISB-MU,,,,"))
    with pytest.raises(CommandError, match="1 bad row"):
        call_command("import_participants", str(path))
    assert "row 3: bad e-mail address 'bad'" in capsys.readouterr().err
    path.write_bytes(_csv("imran@example.org,Imran Hussain,,PK-ISB-MU,,,,"))
    call_command("import_participants", str(path), "--dry-run")
    assert get_user_model().objects.count() == 0
    call_command("import_participants", str(path))
    assert get_user_model().objects.count() == 1


def test_admin_import_screen_lists_bad_rows(client):
    client.force_login(build_user(username="boss", is_superuser=True, is_staff=True))
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("people.csv", _csv("x@example.org,Ali Raza,,KZ-ALM-9,,,,"))
    response = client.post(reverse("faculty_training_import_participants"), {"file": upload, "dry_run": ""})
    assert response.status_code == 200
    assert "row 2: unknown institution code &#x27;KZ-ALM-9&#x27;" in response.content.decode()
    assert not ParticipantProfile.objects.exists()


def test_a_malformed_csv_is_named_by_line_in_the_users_language(institutions):
    from django.utils import translation

    huge = "x" * 200_000  # beyond the CSV reader's field limit
    data = _csv("a@example.org,Ayesha Khan,,PK-ISB-MU,medicine,,,en", f"b@example.org,{huge},,PK-ISB-MU,medicine,,,en")
    with translation.override("ru"), pytest.raises(ServiceError) as caught:
        participants_import(data, "people.csv")
    assert caught.value.code == "malformed"
    assert caught.value.message == "Файл CSV повреждён около строки 3 (проверьте кавычки и разделители)."
    assert get_user_model().objects.count() == 0


@pytest.mark.parametrize(
    ("spelling", "encoding"),
    [("CP1251", "cp1251"), ("windows-1251", "cp1251"), ("KZ-1048", "kz1048"), ("utf8", "utf-8"), ("UTF-16", "utf-16")],
)
def test_the_encoding_option_accepts_the_usual_spellings(spelling, encoding):
    from faculty_training.management.importing import encoding_name

    assert encoding_name(spelling) == encoding


def test_the_encoding_option_refuses_an_encoding_the_importers_do_not_read(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(_csv("imran@example.org,Imran Hussain,,PK-ISB-MU,,,,"))
    with pytest.raises(CommandError, match="'latin-1' is not one of: utf-8, utf-16, cp1251, kz1048"):
        call_command("import_participants", str(path), "--encoding", "latin-1")

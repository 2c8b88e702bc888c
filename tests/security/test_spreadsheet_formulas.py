"""No spreadsheet the project writes carries a live formula: every CSV and XLSX, hostile values in each."""

import csv
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.log_actions import log

from faculty_training.models import Notification
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.exports import FORMULA_PREFIXES
from tests.assessment_builders import build_bank, build_question
from tests.builders import build_content_tree, build_course, build_institution, build_participant, build_user

pytestmark = pytest.mark.django_db

HOSTILE = ['=HYPERLINK("http://x")', "@SUM(A1)", "+1", "-2+3", "\t=1", "\r=1"]


@pytest.fixture
def hostile_world():
    tree = build_content_tree(modules=1)
    institution = build_institution(code="PK-HOST")
    bank = build_bank(tree["programme"])
    for number, payload in enumerate(HOSTILE):
        person = build_participant(
            latin_name=f"Person {number}",
            native_name=payload,
            institution=institution,
            position=payload,
            registration_number=payload,
        )
        enrollment_create(participant=person, course=tree["course"])
        Notification.objects.create(
            recipient=person, kind=Notification.Kind.SESSION_CHANGED, key=payload, email_note=payload
        )
        hostile_institution = build_institution(name_en=payload, city_en=payload)
        log(instance=hostile_institution, action="wagtail.edit")  # the site history names it
        build_course(tree["programme"], title_en=payload)
        build_question(bank, "true_false", text_en=payload, feedback_en=payload, explanation_en=payload)
    client = Client()
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    return {"client": client, "institution": institution, "bank": bank}


ADMIN_EXPORTS = {
    "participants": lambda: reverse("participants:index"),
    "sent notifications": lambda: reverse("faculty_training_notifications:index"),
    "institutions": lambda: reverse("wagtailsnippets_faculty_training_institution:list"),
    "translation status": lambda: reverse("faculty_training_translation_status"),
    "translation status of questions": lambda: reverse("faculty_training_question_translation_status"),
    "site history": lambda: reverse("wagtailadmin_reports:site_history"),
}


def _csv_cells(content):
    return [cell for row in csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")) for cell in row]


def _xlsx_cells(content):
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    cells = [cell for row in workbook.active.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    # XML reads a stored carriage return back as a line feed.
    return [str(cell.value).replace("\n", "\r") for cell in cells]


def _assert_neutralised(cells):
    # Every hostile value is there, behind an apostrophe; no cell starts like a formula.
    for payload in HOSTILE:
        assert "'" + payload in cells, payload
    assert [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)] == []


def _body(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("export", ADMIN_EXPORTS, ids=list(ADMIN_EXPORTS))
def test_admin_csv_exports_neutralise_formulas(hostile_world, export):
    response = hostile_world["client"].get(ADMIN_EXPORTS[export](), {"export": "csv"})
    _assert_neutralised(_csv_cells(_body(response)))


@pytest.mark.parametrize("export", ADMIN_EXPORTS, ids=list(ADMIN_EXPORTS))
def test_admin_xlsx_exports_neutralise_formulas(hostile_world, export):
    response = hostile_world["client"].get(ADMIN_EXPORTS[export](), {"export": "xlsx"})
    _assert_neutralised(_xlsx_cells(_body(response)))


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_records_downloads_neutralise_formulas(hostile_world, file_format):
    response = hostile_world["client"].get(reverse(f"faculty_training_records:export_{file_format}"))
    cells = _csv_cells(_body(response)) if file_format == "csv" else _xlsx_cells(_body(response))
    _assert_neutralised(cells)


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_records_command_neutralises_formulas(hostile_world, file_format, tmp_path):
    output = tmp_path / f"records.{file_format}"
    call_command(
        "export_records",
        "--institution",
        "PK-HOST",
        "--format",
        file_format,
        "--output",
        str(output),
        stdout=io.StringIO(),
    )
    content = output.read_bytes()
    _assert_neutralised(_csv_cells(content) if file_format == "csv" else _xlsx_cells(content))


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_question_bank_download_neutralises_formulas(hostile_world, file_format):
    url = reverse("faculty_training_bank_export", args=[hostile_world["bank"].pk, file_format])
    content = _body(hostile_world["client"].get(url))
    _assert_neutralised(_csv_cells(content) if file_format == "csv" else _xlsx_cells(content))


def test_numbers_and_dates_keep_their_type_in_admin_xlsx(hostile_world):
    response = hostile_world["client"].get(reverse("faculty_training_notifications:index"), {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(_body(response)))
    attempts = [row[6].value for row in workbook.active.iter_rows(min_row=2)]
    assert attempts and all(value == 0 for value in attempts)  # a number, not the text "0"

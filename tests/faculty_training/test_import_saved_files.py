"""Both importers read files exactly as Excel and LibreOffice save them (encodings, separators, trailing
blank lines), and refuse a file whose letters a code page lost, through the service, the command and the
admin upload screen alike."""

import html
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation

from faculty_training.exceptions import ServiceError
from faculty_training.models import AttendanceRecord, ParticipantProfile
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.imports import attendance_import, participants_import
from tests.builders import (
    EXCEL_CSV_UTF8,
    EXCEL_CSV_UTF8_SEMICOLON,
    EXCEL_CSV_WINDOWS_1251,
    EXCEL_UNICODE_TEXT,
    LIBREOFFICE_KZ1048,
    LIBREOFFICE_UTF8,
    LIBREOFFICE_UTF8_TAB,
    build_content_tree,
    build_institution,
    build_participant,
    build_saved_csv,
    build_session,
    build_user,
)

pytestmark = pytest.mark.django_db

PARTICIPANT_HEADER = [
    "email",
    "latin_name",
    "native_name",
    "institution_code",
    "discipline",
    "position",
    "registration_number",
    "preferred_language",
]
# Kazakh letters Windows-1251 lacks, and a Russian name. No cell needs quoting, as in most real lists:
# quoted cells happened to let the old delimiter guess succeed, and have a test of their own below.
PARTICIPANTS = [
    ["asel@example.org", "Asel Kairatkyzy", "Әсел Қайратқызы", "KZ-ALA-MU", "medicine", "Доцент", "", "kk"],
    ["galym@example.org", "Galym Ulykbekuly", "Ғалым Ұлықбекұлы", "KZ-ALA-MU", "dentistry", "", "", ""],
    ["olga@example.org", "Olga Shcherbakova", "Ольга Щербакова", "KZ-ALA-MU", "medicine", "Профессор", "", "ru"],
]
URDU_PARTICIPANT = ["imran@example.org", "Imran Hussain", "عمران حسین", "PK-ISB-MU", "medicine", "", "", "ur"]
ATTENDANCE_HEADER = ["email", "status", "remark"]
ATTENDANCE = [
    ["p0@example.org", "late", "Әкімдікте жиналыс болды"],
    ["p1@example.org", "excused", "Болен"],
    ["p2@example.org", "present", ""],
]
# Cells holding the separators, quotes and a line break: the program quotes them.
QUOTED_CELLS = {
    "participants": [
        "dana@example.org",
        "Dana Omarova",
        "Дана Омарова",
        "KZ-ALA-MU",
        "",
        'Доцент, «Хирургия»; "А"',
        "",
        "",
    ],
    "attendance": ["p2@example.org", "excused", 'Болен; справка "№ 12",\nот врача'],
}


@dataclass
class Importer:
    name: str
    rows: list
    unicode_only_rows: list  # rows a Cyrillic code page cannot hold

    def stored(self):
        """What the import wrote of the text columns: (native name, position) or the remark."""
        if self.name == "participants":
            return sorted(ParticipantProfile.objects.values_list("native_name", "position"))
        return sorted(AttendanceRecord.objects.values_list("remark", flat=True))

    def expected(self, rows):
        if self.name == "participants":
            return sorted((row[2], row[5]) for row in rows)
        return sorted(row[2] for row in rows)


@pytest.fixture
def world(importer):
    if importer.name == "participants":
        build_institution(code="KZ-ALA-MU", country="KZ")
        build_institution(code="PK-ISB-MU", country="PK")
        return {"session": None}
    course = build_content_tree(modules=1)["course"]
    session = build_session(course, starts_in_minutes=-60)
    for number in range(3):
        enrollment_create(participant=build_participant(username=f"p{number}"), course=course)
    return {"session": session}


@pytest.fixture(params=["participants", "attendance"])
def importer(request):
    if request.param == "participants":
        return Importer("participants", [PARTICIPANT_HEADER, *PARTICIPANTS], [URDU_PARTICIPANT])
    return Importer("attendance", [ATTENDANCE_HEADER, *ATTENDANCE], [])


@pytest.fixture(params=["service", "command", "admin"])
def run(request, world, importer, tmp_path, client):
    """run(data, filename, encoding=None) -> every message the channel showed, as one text."""
    session = world["session"]

    def service(data, filename, encoding=None):
        try:
            if importer.name == "participants":
                result = participants_import(data, filename, encoding=encoding)
            else:
                result = attendance_import(session, data, filename, encoding=encoding)
        except ServiceError as error:
            return error.message
        return "\n".join(str(error) for error in result.errors)

    def command(data, filename, encoding=None):
        path = tmp_path / filename
        path.write_bytes(data)
        arguments = (
            ["import_participants", str(path)]
            if importer.name == "participants"
            else [
                "import_attendance",
                str(path),
                "--session",
                str(session.pk),
            ]
        )
        if encoding:
            arguments += ["--encoding", encoding]
        errors = []

        class Stderr:
            def write(self, text):
                errors.append(text)

        try:
            call_command(*arguments, stderr=Stderr())
        except CommandError as error:
            errors.append(str(error))
        return "\n".join(errors)

    def admin(data, filename, encoding=None):
        client.force_login(build_user(username="boss", is_superuser=True, is_staff=True))
        url = (
            reverse("faculty_training_import_participants")
            if importer.name == "participants"
            else reverse("faculty_training_import_attendance", args=[session.pk])
        )
        upload = SimpleUploadedFile(filename, data)
        response = client.post(url, {"file": upload, "encoding": encoding or "", "dry_run": ""})
        assert response.status_code == 200
        page = html.unescape(response.content.decode())
        if 'role="alert"' not in page:
            return ""
        return page[page.index('role="alert"') :]

    return {"service": service, "command": command, "admin": admin}[request.param]


@pytest.mark.parametrize(
    "saved_as",
    [EXCEL_CSV_UTF8, EXCEL_CSV_UTF8_SEMICOLON, EXCEL_UNICODE_TEXT, LIBREOFFICE_UTF8, LIBREOFFICE_UTF8_TAB],
    ids=lambda saved_as: saved_as.label,
)
def test_a_unicode_file_as_a_spreadsheet_saves_it_is_imported_letter_for_letter(importer, run, saved_as):
    rows = importer.rows + importer.unicode_only_rows
    with translation.override("en"):
        assert run(build_saved_csv(rows, saved_as), "list.csv") == ""
    assert importer.stored() == importer.expected(rows[1:])


def test_a_kz1048_file_is_detected_and_imported_letter_for_letter(importer, run):
    with translation.override("en"):
        assert run(build_saved_csv(importer.rows, LIBREOFFICE_KZ1048), "list.csv") == ""
    assert importer.stored() == importer.expected(importer.rows[1:])


def test_a_kz1048_file_can_be_named_as_such(importer, run):
    with translation.override("en"):
        assert run(build_saved_csv(importer.rows, LIBREOFFICE_KZ1048), "list.csv", encoding="kz1048") == ""
    assert importer.stored() == importer.expected(importer.rows[1:])


def test_an_excel_unicode_text_file_can_be_named_utf16(importer, run):
    with translation.override("en"):
        assert run(build_saved_csv(importer.rows, EXCEL_UNICODE_TEXT), "list.txt", encoding="utf-16") == ""
    assert importer.stored() == importer.expected(importer.rows[1:])


def test_a_windows_1251_file_that_lost_kazakh_letters_is_refused_row_by_row_and_nothing_is_written(importer, run):
    data = build_saved_csv(importer.rows, EXCEL_CSV_WINDOWS_1251)
    assert b"?" in data  # Excel wrote "?" for the letters Windows-1251 lacks
    with translation.override("en"):
        shown = run(data, "list.csv")
    word = "?сел" if importer.name == "participants" else "?кімдікте"
    assert f"row 2: «{word}» contains '?' where a letter was lost" in shown
    assert "in Excel choose Save As → CSV UTF-8; in LibreOffice choose Character set: Unicode (UTF-8)" in shown
    if importer.name == "participants":
        assert "row 3: «?алым» contains '?'" in shown
    assert importer.stored() == []


def test_a_utf8_file_named_windows_1251_is_refused(importer, run):
    with translation.override("en"):
        shown = run(build_saved_csv(importer.rows, LIBREOFFICE_UTF8), "list.csv", encoding="cp1251")
    assert "The file is UTF-8, not Windows-1251 (Cyrillic); choose UTF-8 or Detect." in shown
    assert importer.stored() == []


@pytest.mark.parametrize("run", ["service"], indirect=True)  # the channels share the reader; see above
@pytest.mark.parametrize(
    "trailing_lines",
    [("", "", ""), ("   ", "\t"), (";;", ";;", ""), ("",)],
    ids=["blank lines", "whitespace lines", "separator lines", "one blank line"],
)
def test_a_semicolon_file_ending_in_blank_lines_is_read(importer, run, trailing_lines):
    data = build_saved_csv(importer.rows, EXCEL_CSV_UTF8_SEMICOLON, trailing_lines=trailing_lines)
    with translation.override("en"):
        assert run(data, "list.csv") == ""
    assert importer.stored() == importer.expected(importer.rows[1:])


@pytest.mark.parametrize("run", ["service"], indirect=True)
@pytest.mark.parametrize(
    "saved_as", [EXCEL_CSV_UTF8, EXCEL_CSV_UTF8_SEMICOLON, EXCEL_UNICODE_TEXT], ids=lambda saved_as: saved_as.label
)
def test_cells_holding_separators_quotes_and_line_breaks_are_read_whole(importer, run, saved_as):
    # The quoted attendance row replaces the last one: the session has three participants.
    rows = (
        importer.rows[:-1] + [QUOTED_CELLS[importer.name]]
        if importer.name == "attendance"
        else [
            *importer.rows,
            QUOTED_CELLS[importer.name],
        ]
    )
    with translation.override("en"):
        assert run(build_saved_csv(rows, saved_as), "list.csv") == ""
    assert importer.stored() == importer.expected(rows[1:])

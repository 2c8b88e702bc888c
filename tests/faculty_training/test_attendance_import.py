"""Attendance import: all or nothing, each bad row named, encodings, dry run, command."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from faculty_training.models import AttendanceRecord
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.imports import attendance_import
from tests.builders import build_content_tree, build_participant, build_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    course = build_content_tree(modules=1)["course"]
    session = build_session(course, starts_in_minutes=-60)
    people = [build_participant(username=f"p{number}") for number in range(3)]
    for person in people:
        enrollment_create(participant=person, course=course)
    build_participant(username="outsider")
    return {"session": session, "people": people}


def _csv(*rows):
    return ("email,status,remark\n" + "".join(row + "\n" for row in rows)).encode()


def test_valid_file_marks_attendance_with_the_import_method(setup):
    result = attendance_import(
        setup["session"], _csv("p0@example.org,present,", "P1@EXAMPLE.ORG,late,пробка на дороге"), "a.csv"
    )
    assert result.ok and result.created == 2
    records = {record.participant.username: record for record in AttendanceRecord.objects.select_related("participant")}
    assert records["p1"].status == "late" and records["p1"].remark == "пробка на дороге"
    assert {record.method for record in records.values()} == {"import"}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("nobody@example.org,present,", "row 3: nobody@example.org is not enrolled in this course"),
        ("outsider@example.org,present,", "row 3: outsider@example.org is not enrolled in this course"),
        ("p1@example.org,here,", "row 3: unknown status 'here'"),
        ("p0@example.org,absent,", "row 3: e-mail p0@example.org appears twice in the file (first in row 2)"),
        (",present,", "row 3: the e-mail address is missing"),
    ],
)
def test_each_bad_row_is_named_and_nothing_is_written(setup, row, message):
    result = attendance_import(setup["session"], _csv("p0@example.org,present,", row), "a.csv")
    assert any(str(error).startswith(message) for error in result.errors), [str(e) for e in result.errors]
    assert not AttendanceRecord.objects.exists()


@pytest.mark.parametrize("dry_run", [True, False])
def test_addresses_outside_the_course_get_one_message_whether_or_not_they_have_an_account(setup, dry_run):
    result = attendance_import(
        setup["session"], _csv("outsider@example.org,present,", "nobody@example.org,present,"), "a.csv", dry_run=dry_run
    )
    outsider, nobody = (str(error) for error in result.errors)
    assert outsider.replace("outsider@", "nobody@").replace("row 2", "row 3") == nobody


def test_windows_1251_remarks_are_read(setup):
    data = "email,status,remark\np0@example.org,excused,болен\n".encode("cp1251")
    assert attendance_import(setup["session"], data, "a.csv").ok
    assert AttendanceRecord.objects.get().remark == "болен"


def test_dry_run_writes_nothing(setup):
    result = attendance_import(setup["session"], _csv("p0@example.org,present,"), "a.csv", dry_run=True)
    assert result.ok and result.created == 1
    assert not AttendanceRecord.objects.exists()


def test_command_names_rows_and_fails(setup, tmp_path, capsys):
    path = tmp_path / "a.csv"
    path.write_bytes(_csv("p0@example.org,present,", "p1@example.org,maybe,"))
    with pytest.raises(CommandError):
        call_command("import_attendance", str(path), "--session", str(setup["session"].pk))
    assert "row 3: unknown status 'maybe'" in capsys.readouterr().err
    with pytest.raises(CommandError, match="no training session with id 999999"):
        call_command("import_attendance", str(path), "--session", "999999")
    path.write_bytes(_csv("p0@example.org,present,"))
    call_command("import_attendance", str(path), "--session", str(setup["session"].pk))
    assert AttendanceRecord.objects.count() == 1

"""Hostile content is shown as text everywhere; hostile files are refused; faults leave no trace."""

import io
import zipfile

import pypdf
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from faculty_training.exceptions import ServiceError
from faculty_training.models import Certificate, CertificateBatch, InstitutionCoordinator, ParticipantProfile
from faculty_training.names import normalize_name, validate_person_name
from faculty_training.services.certificates import certificate_pdf, verification_code_normalize
from faculty_training.services.imports import participants_import
from faculty_training.tabular import read_table
from tests.builders import build_completed_enrollment, build_group_member, build_institution, build_session

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_stored_markup_in_names_and_remarks_is_shown_as_text_everywhere(client):
    enrollment, tree = build_completed_enrollment()
    profile = enrollment.participant.participant_profile
    ParticipantProfile.objects.filter(pk=profile.pk).update(native_name=PAYLOAD)  # as if it slipped in long ago
    session = build_session(tree["course"], starts_in_minutes=-30)
    from faculty_training.models import AttendanceRecord

    AttendanceRecord.objects.create(
        session=session, participant=enrollment.participant, status="present", method="register", remark=PAYLOAD
    )
    admin = build_group_member("Programme administrators", username="pa", is_staff=True, is_superuser=True)
    coordinator = build_group_member("Institution coordinators", username="co")
    InstitutionCoordinator.objects.create(user=coordinator, institution=profile.institution)
    pages = []
    client.force_login(enrollment.participant)
    pages.append(client.get(reverse("faculty_training:dashboard")).content.decode())
    client.force_login(admin)
    pages.append(client.get(reverse("faculty_training_register", args=[session.pk])).content.decode())
    pages.append(client.get(reverse("faculty_training_records:index")).content.decode())
    pages.append(client.get(reverse("participants:index")).content.decode())
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
    assert any("&lt;script&gt;" in html for html in pages)


def test_markup_in_the_snapshot_prints_as_text_in_the_pdf():
    enrollment, _tree = build_completed_enrollment(latin_name="Ayesha Khan")
    certificate = Certificate.objects.get(enrollment=enrollment)
    certificate.snapshot["holder"]["native_name"] = "<b>x</b>"
    text = pypdf.PdfReader(io.BytesIO(certificate_pdf(certificate))).pages[0].extract_text()
    assert "<b>x</b>" in text  # drawn literally; a PDF has no markup to run


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 200_000_000)
    data = buffer.getvalue()
    assert len(data) < 1_000_000
    with pytest.raises(ServiceError, match="unpacks to too much data"):
        read_table(data, "people.xlsx", required_columns=("email",))


def test_a_file_that_is_html_with_an_xlsx_name_is_refused_cleanly(client):
    client.force_login(build_group_member("Programme administrators", username="pa2", is_staff=True, is_superuser=True))
    upload = SimpleUploadedFile("people.xlsx", b"<html><script>alert(1)</script></html>")
    response = client.post(reverse("faculty_training_import_participants"), {"file": upload, "dry_run": "on"})
    assert response.status_code == 200
    assert (
        "The file is not in UTF-8" in response.content.decode()
        or "damaged" in response.content.decode()
        or "lacks these columns" in response.content.decode()
    )


def test_a_batch_that_fails_midway_leaves_no_archive_and_can_run_again(client, monkeypatch):
    from faculty_training import tasks

    enrollment, tree = build_completed_enrollment()
    batch = CertificateBatch.objects.create(course=tree["course"])

    def exploding(certificate):
        raise RuntimeError("worker killed")

    import faculty_training.services.certificates as services

    monkeypatch.setattr(services, "certificate_pdf", exploding)
    with pytest.raises(RuntimeError):
        tasks.certificate_batch_task.call(batch.pk)
    batch.refresh_from_db()
    assert batch.status == "failed" and batch.file is None
    monkeypatch.undo()
    second = CertificateBatch.objects.create(course=tree["course"])
    tasks.certificate_batch_task.call(second.pk)
    second.refresh_from_db()
    assert second.status == "done" and second.done == 1
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1


def test_verification_codes_never_reach_the_audit_log():
    enrollment, _tree = build_completed_enrollment()
    code = Certificate.objects.get(enrollment=enrollment).verification_code
    assert ModelLogEntry.objects.exists()
    assert all(code not in str(entry.data) for entry in ModelLogEntry.objects.all())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from(["a.csv", "a.xlsx", "a.txt"]))
def test_fuzzed_files_never_crash_the_importer_or_write_anything(data, name):
    if not _institution_exists():
        build_institution(code="PK-FUZZ")
    try:
        result = participants_import(data, name, dry_run=False)
    except ServiceError:
        return
    assert result.errors or result.created == 0 or ParticipantProfile.objects.count() == result.created


def _institution_exists():
    from faculty_training.models import Institution

    return Institution.objects.filter(code="PK-FUZZ").exists()


ROW = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), min_size=3, max_size=9)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ROW, max_size=6), st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
def test_fuzzed_csv_shapes_and_encodings_are_all_or_nothing(rows, encoding):
    import csv

    if not _institution_exists():
        build_institution(code="PK-FUZZ")
    before = ParticipantProfile.objects.count()
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["email", "latin_name", "institution_code"])
    writer.writerows(rows)
    try:
        data = text.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        result = participants_import(data, "a.csv")
    except ServiceError:
        assert ParticipantProfile.objects.count() == before
        return
    if result.errors:
        assert ParticipantProfile.objects.count() == before  # one bad row: nothing written


@given(st.text(max_size=200))
def test_names_in_any_script_never_crash_normalising_or_validating(text):
    from django.core.exceptions import ValidationError

    name = normalize_name(text)
    assert "\u202e" not in name and "\u200b" not in name
    try:
        validate_person_name(name)
    except ValidationError:
        pass


@given(st.text(max_size=60))
def test_typed_codes_never_crash_the_code_parser(text):
    result = verification_code_normalize(text)
    assert result is None or len(result) == 24

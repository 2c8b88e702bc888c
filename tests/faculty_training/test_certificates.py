"""Issuing and revoking certificates: one per enrolment, frozen snapshots, identifiers, audit."""

import re
import threading

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from wagtail.models import ModelLogEntry

from faculty_training.exceptions import ServiceError
from faculty_training.models import Certificate, Enrollment
from faculty_training.services import certificates as certificate_service
from faculty_training.services.certificates import (
    certificate_issue,
    certificate_revoke,
    verification_code_generate,
    verification_code_normalize,
)
from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_completed_enrollment, build_content_tree, build_participant, build_user

pytestmark = pytest.mark.django_db

CODE_FORMAT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$")


def test_completing_a_course_issues_its_certificate_automatically():
    enrollment, _tree = build_completed_enrollment(preferred_language="ur")
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert re.match(r"^PKKZ-\d{4}-\d{6}$", certificate.serial)
    assert CODE_FORMAT.match(certificate.verification_code)
    assert certificate.snapshot["holder"]["language"] == "ur"
    assert ModelLogEntry.objects.filter(
        action="faculty_training.certificate_issue", object_id=str(certificate.pk)
    ).exists()


@override_settings(FACULTY_TRAINING_CERTIFICATE_ISSUE_MODE="approval")
def test_approval_mode_waits_for_an_administrator():
    enrollment, _tree = build_completed_enrollment()
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert not Certificate.objects.exists()
    certificate, created = certificate_issue(enrollment=enrollment, issued_by=build_user(username="boss"))
    assert created and certificate.issued_by.username == "boss"


def test_issuing_twice_keeps_one_certificate():
    enrollment, _tree = build_completed_enrollment()
    first, _ = certificate_issue(enrollment=enrollment)
    second, created = certificate_issue(enrollment=enrollment)
    assert not created and first.pk == second.pk
    assert Certificate.objects.count() == 1


def test_incomplete_enrolment_gets_no_certificate():
    tree = build_content_tree(modules=1)
    person = build_participant()
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    with pytest.raises(ServiceError):
        certificate_issue(enrollment=enrollment)


def test_serials_count_up_within_a_year():
    first, _ = build_completed_enrollment()
    second, _ = build_completed_enrollment()
    numbers = sorted(int(certificate.serial.rsplit("-", 1)[1]) for certificate in Certificate.objects.all())
    assert numbers[1] == numbers[0] + 1


def test_snapshot_survives_later_edits_of_profile_course_and_programme():
    enrollment, tree = build_completed_enrollment(latin_name="Ayesha Khan", native_name="عائشہ خان")
    certificate = Certificate.objects.get(enrollment=enrollment)
    before = certificate.snapshot
    profile = enrollment.participant.participant_profile
    profile.latin_name, profile.native_name, profile.preferred_language = "Someone Else", "کوئی اور", "ru"
    profile.save()
    course = tree["course"]
    course.title_en, course.title_ur, course.cpd_hours = "Renamed course", "نیا نام", "99.0"
    course.save_revision().publish()
    tree["programme"].title_en = "Renamed programme"
    tree["programme"].save()
    certificate.refresh_from_db()
    assert certificate.snapshot == before
    assert certificate.snapshot["holder"]["latin_name"] == "Ayesha Khan"
    assert certificate.snapshot["course"]["cpd_hours"] == "12.5"


def test_verification_code_comes_from_secrets_and_has_100_bits(monkeypatch):
    calls = []
    real_choice = certificate_service.secrets.choice

    def spy(sequence):
        calls.append(len(sequence))
        return real_choice(sequence)

    monkeypatch.setattr(certificate_service.secrets, "choice", spy)
    code = verification_code_generate()
    assert CODE_FORMAT.match(code)
    assert calls == [32] * 20  # 20 symbols of a 32-letter alphabet: 100 bits
    assert len({verification_code_generate() for _ in range(200)}) == 200


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("abcd-efgh-jkmn-pqrs-tvwx", "ABCD-EFGH-JKMN-PQRS-TVWX"),
        ("ABCD EFGH JKMN PQRS TVWX", "ABCD-EFGH-JKMN-PQRS-TVWX"),
        ("oooo-iiii-llll-0000-1111", "0000-1111-1111-0000-1111"),
        ("short", None),
        ("ABCD-EFGH-JKMN-PQRS-TVW!", None),
    ],
)
def test_typed_codes_are_normalised(typed, expected):
    assert verification_code_normalize(typed) == expected


def test_revocation_is_recorded_and_logged():
    enrollment, _tree = build_completed_enrollment()
    certificate = Certificate.objects.get(enrollment=enrollment)
    admin = build_user(username="boss")
    certificate_revoke(certificate=certificate, reason="issued_in_error", note="wrong cohort", revoked_by=admin)
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoked_by == admin
    assert ModelLogEntry.objects.filter(
        action="faculty_training.certificate_revoke", object_id=str(certificate.pk)
    ).exists()
    with pytest.raises(ServiceError):
        certificate_revoke(certificate=certificate, reason="other", revoked_by=admin)
    with pytest.raises(ServiceError):
        certificate_revoke(
            certificate=Certificate.objects.get(pk=certificate.pk), reason="no-such-reason", revoked_by=admin
        )


def test_command_issues_missing_certificates_and_dry_run_writes_nothing(capsys):
    with override_settings(FACULTY_TRAINING_CERTIFICATE_ISSUE_MODE="approval"):
        enrollment, tree = build_completed_enrollment(latin_name="Ayesha Khan")
    call_command("issue_certificates", "--course", str(tree["course"].pk), "--dry-run")
    assert "would issue: Ayesha Khan" in capsys.readouterr().out
    assert not Certificate.objects.exists()
    call_command("issue_certificates", "--course", str(tree["course"].pk))
    call_command("issue_certificates", "--course", str(tree["course"].pk))
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1


def test_batch_builds_a_zip_of_every_valid_certificate(client):
    import io
    import zipfile

    from django.urls import reverse

    from faculty_training.models import CertificateBatch

    enrollment, tree = build_completed_enrollment()
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    client.post(reverse("faculty_training_certificate_batch", args=[tree["course"].pk]))
    batch = CertificateBatch.objects.get()
    assert batch.status == "done" and batch.done == batch.total == 1
    # The course's Certificates screen links to the checked download of the private file.
    link = reverse("faculty_training:generated_file", args=[batch.file_id])
    assert (
        link in client.get(reverse("faculty_training_course_certificates", args=[tree["course"].pk])).content.decode()
    )
    response = client.get(link)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    serial = Certificate.objects.get(enrollment=enrollment).serial
    assert archive.namelist() == [f"{serial}.pdf"]
    assert archive.read(f"{serial}.pdf").startswith(b"%PDF")


@pytest.mark.django_db(transaction=True)
@override_settings(FACULTY_TRAINING_CERTIFICATE_ISSUE_MODE="approval")
def test_concurrent_issues_leave_one_certificate(on_postgres, migrated_data):
    enrollment, _tree = build_completed_enrollment()
    barrier = threading.Barrier(50)
    errors = []

    def issue():
        try:
            barrier.wait()
            certificate_issue(enrollment=Enrollment.objects.get(pk=enrollment.pk))
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=issue) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1

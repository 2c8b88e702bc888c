"""A certificate whose completion no longer holds goes under review; administrators confirm or revoke."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from faculty_training.exceptions import ServiceError
from faculty_training.models import Certificate, Enrollment, Notification, ProgramPage
from faculty_training.services.attendance import attendance_mark
from faculty_training.services.certificates import certificate_confirm, certificate_issue
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.builders import (
    build_content_tree,
    build_group_member,
    build_institution,
    build_participant,
    build_session,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def held():
    """A live course with one held session; the participant attended, studied, got a certificate."""
    tree = build_content_tree(modules=1, has_live_sessions=True, min_attendance_percent=100)
    person = build_participant()
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    Enrollment.objects.filter(pk=enrollment.pk).update(enrolled_at=timezone.now() - timedelta(days=1))
    session = build_session(tree["course"], starts_in_minutes=-60)
    module_progress_mark(participant=person, module=tree["modules"][0])
    attendance_mark(session=session, participant=person, status="present", method="register")
    certificate = Certificate.objects.get(participant=person)
    admin = build_group_member("Programme administrators", username="pa", is_staff=True)
    return {**tree, "session": session, "person": person, "certificate": certificate, "admin": admin}


def queued(client, certificate):
    """Whether the review queue lists the certificate in its table."""
    page = client.get(reverse("faculty_training_certificate_review")).content.decode()
    return reverse("faculty_training_certificate_confirm", args=[certificate.serial]) in page


def correct_to_absent(held):
    attendance_mark(
        session=held["session"], participant=held["person"], status="absent", method="register", marked_by=held["admin"]
    )
    held["certificate"].refresh_from_db()
    return held["certificate"]


def test_correcting_attendance_puts_the_certificate_under_review_everywhere(client, held):
    certificate = correct_to_absent(held)
    assert Enrollment.objects.get(participant=held["person"]).status == Enrollment.Status.ACTIVE
    assert certificate.state == Certificate.State.UNDER_REVIEW
    assert "attended 0 of 1 session, 100% needed" in certificate.review_note
    # The verify page says so (never "valid"); the holder can no longer download the PDF.
    page = client.get(reverse("faculty_training_verify:result", args=[certificate.verification_code]))
    text = page.content.decode()
    assert "This certificate is under review." in text and "This certificate is valid." not in text
    client.force_login(held["person"])
    assert client.get(reverse("faculty_training:certificate_pdf", args=[certificate.serial])).status_code == 404
    # The holder is told; the change is in the audit log.
    assert Notification.objects.filter(
        recipient=held["person"], kind=Notification.Kind.CERTIFICATE_UNDER_REVIEW
    ).exists()
    assert ModelLogEntry.objects.filter(action="faculty_training.certificate_review").count() == 1


def test_administrators_see_the_queue_and_confirm_with_a_reason(client, held):
    certificate = correct_to_absent(held)
    client.force_login(held["admin"])
    assert queued(client, certificate) is True
    assert "1 certificate waits for your decision" in client.get(reverse("wagtailadmin_home")).content.decode()
    refused = client.post(reverse("faculty_training_certificate_confirm", args=[certificate.serial]), {"note": " "})
    assert refused.status_code == 302
    certificate.refresh_from_db()
    assert certificate.state == Certificate.State.UNDER_REVIEW  # a confirmation needs a reason
    client.post(reverse("faculty_training_certificate_confirm", args=[certificate.serial]), {"note": "Register error"})
    certificate.refresh_from_db()
    assert certificate.state == Certificate.State.VALID
    entry = ModelLogEntry.objects.get(action="faculty_training.certificate_confirm")
    assert entry.user == held["admin"] and entry.data["note"] == "Register error"
    assert Notification.objects.filter(kind=Notification.Kind.CERTIFICATE_CONFIRMED).count() == 1
    assert queued(client, certificate) is False


def test_revoking_from_the_queue_ends_the_review(client, held):
    certificate = correct_to_absent(held)
    client.force_login(held["admin"])
    client.post(
        reverse("faculty_training_certificate_revoke", args=[certificate.serial]),
        {"reason": Certificate.RevocationReason.ISSUED_IN_ERROR},
    )
    certificate.refresh_from_db()
    assert certificate.state == Certificate.State.REVOKED
    assert queued(client, certificate) is False


def test_completion_regained_ends_the_review_by_itself(held):
    certificate = correct_to_absent(held)
    attendance_mark(session=held["session"], participant=held["person"], status="present", method="register")
    certificate.refresh_from_db()
    assert certificate.state == Certificate.State.VALID
    assert Certificate.objects.filter(participant=held["person"]).count() == 1  # no second certificate
    assert ModelLogEntry.objects.filter(action="faculty_training.certificate_review_cleared").count() == 1


def test_only_a_certificate_under_review_can_be_confirmed(held):
    with pytest.raises(ServiceError) as error:
        certificate_confirm(certificate=held["certificate"], note="why", confirmed_by=held["admin"])
    assert error.value.code == "not_under_review"


def test_the_queue_is_for_administrators_only(client, held):
    correct_to_absent(held)
    facilitator = build_group_member("Facilitators", username="fac", is_staff=True)
    client.force_login(facilitator)
    assert client.get(reverse("faculty_training_certificate_review")).status_code in (302, 403)


def test_a_programme_without_an_issuing_institution_issues_nothing_whatever_the_profile_says():
    tree = build_content_tree(modules=1)
    ProgramPage.objects.filter(pk=tree["programme"].pk).update(issuing_institution=None)
    person = build_participant(institution=build_institution(code="PK-OWN-1"))
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["modules"][0])
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED  # the completion stands
    assert not Certificate.objects.exists()  # but nobody signs in the participant's chosen name
    with pytest.raises(ServiceError) as error:
        certificate_issue(enrollment=enrollment)
    assert error.value.code == "no_issuer"


def test_the_certificate_is_issued_in_the_programmes_name_not_the_holders():
    issuer = build_institution(code="KZ-ISS-1", country="KZ", name_en="Issuing University")
    tree = build_content_tree(modules=1)
    tree["programme"].issuing_institution = issuer
    tree["programme"].save()
    person = build_participant(institution=build_institution(code="PK-OWN-2"))
    enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["modules"][0])
    snapshot = Certificate.objects.get(participant=person).snapshot
    assert snapshot["issuing_institution"]["code"] == "KZ-ISS-1"
    assert snapshot["holder"]["institution"]["code"] == "PK-OWN-2"


def test_a_programme_must_name_its_issuer():
    from django.core.exceptions import ValidationError

    tree = build_content_tree(modules=0)
    tree["programme"].issuing_institution = None
    with pytest.raises(ValidationError) as error:
        tree["programme"].full_clean()
    assert "issuing_institution" in error.value.message_dict


def test_withdrawing_and_enrolling_again_does_not_wipe_out_a_missed_session(held):
    from faculty_training.services.enrollment import enrollment_withdraw

    certificate = correct_to_absent(held)
    enrollment_withdraw(participant=held["person"], course=held["course"])
    enrollment, _created = enrollment_create(participant=held["person"], course=held["course"])
    enrollment.refresh_from_db()
    certificate.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert (enrollment.sessions_attended, enrollment.sessions_held) == (0, 1)
    assert certificate.state == Certificate.State.UNDER_REVIEW


def test_the_review_note_names_the_post_test_surveys_and_observations():
    from types import SimpleNamespace

    from faculty_training.models.enrollment import CompletionState
    from faculty_training.services.certificates import _review_note

    state = CompletionState(
        required_modules=1,
        required_modules_done=1,
        sessions_held=0,
        sessions_attended=0,
        sessions_to_come=0,
        min_attendance_percent=0,
        has_live_sessions=False,
        post_test_required=True,
        post_test_passed=False,
        required_surveys=2,
        required_surveys_done=1,
        required_observations=1,
        required_observations_done=0,
    )
    note = _review_note(SimpleNamespace(completion=state))
    assert note == "post-test not passed; required surveys 1 of 2; required observations 0 of 1"

"""Session feedback for attendees, and records that can never be lost by deleting things."""

import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from faculty_training.exceptions import ServiceError
from faculty_training.models import AttendanceRecord, CoursePage, SessionFeedback, TrainingSession
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.feedback import feedback_give
from tests.builders import build_content_tree, build_participant, build_session, build_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    tree = build_content_tree(modules=1)
    session = build_session(tree["course"], starts_in_minutes=-90)
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    return {**tree, "session": session, "person": person}


def test_only_attendees_give_feedback(setup):
    with pytest.raises(ServiceError):
        feedback_give(participant=setup["person"], session=setup["session"], rating=5)
    AttendanceRecord.objects.create(
        session=setup["session"], participant=setup["person"], status="present", method="register"
    )
    feedback = feedback_give(
        participant=setup["person"],
        session=setup["session"],
        rating="4",
        comment="<b>Good</b><script>alert(1)</script>",
    )
    assert feedback.rating == 4
    assert "<script" not in feedback.comment and "<b>Good</b>" in feedback.comment


@pytest.mark.parametrize("rating", ["0", "6", "five", None])
def test_rating_must_be_one_to_five(setup, rating):
    AttendanceRecord.objects.create(
        session=setup["session"], participant=setup["person"], status="late", method="register"
    )
    with pytest.raises(ServiceError):
        feedback_give(participant=setup["person"], session=setup["session"], rating=rating)
    assert not SessionFeedback.objects.exists()


def test_facilitators_see_average_and_comments(client, setup):
    AttendanceRecord.objects.create(
        session=setup["session"], participant=setup["person"], status="present", method="register"
    )
    feedback_give(participant=setup["person"], session=setup["session"], rating=5, comment="<i>Excellent</i>")
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    html = client.get(reverse("faculty_training_session_feedback", args=[setup["session"].pk])).content.decode()
    assert "Average rating 5 of 5 from 1 participant." in html  # CLDR: no needless ".0"
    assert "<i>Excellent</i>" in html


def test_session_with_attendance_cannot_be_deleted_in_the_admin(client, setup):
    AttendanceRecord.objects.create(
        session=setup["session"], participant=setup["person"], status="present", method="register"
    )
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    url = reverse("faculty_training_sessions:delete", args=[setup["session"].pk])
    response = client.post(url, follow=True)
    assert TrainingSession.objects.filter(pk=setup["session"].pk).exists()
    assert "cannot be deleted. Cancel it instead." in response.content.decode()


def test_session_without_attendance_can_be_deleted(client, setup):
    empty = build_session(setup["course"], starts_in_minutes=600)
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    client.post(reverse("faculty_training_sessions:delete", args=[empty.pk]))
    assert not TrainingSession.objects.filter(pk=empty.pk).exists()


def test_course_page_with_enrolments_cannot_be_deleted_alone_or_with_its_parent(client, setup):
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    for page in (setup["course"], setup["programme"]):
        response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]), follow=True)
        assert "cannot be deleted" in response.content.decode()
    assert CoursePage.objects.filter(pk=setup["course"].pk).exists()


def test_bulk_delete_of_a_course_with_records_is_refused(client, setup):
    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete")) + f"?id={setup['course'].pk}"
    # The confirmation already says why, in our words, before anyone presses the button.
    confirmation = client.get(url).content.decode()
    assert "cannot be deleted" in confirmation and "enrol" in confirmation.lower()
    client.post(url, {"next": "/admin/"})
    assert CoursePage.objects.filter(pk=setup["course"].pk).exists()


def test_orm_refuses_to_delete_what_attendance_points_to(setup):
    AttendanceRecord.objects.create(
        session=setup["session"], participant=setup["person"], status="present", method="register"
    )
    with pytest.raises(ProtectedError):
        setup["session"].delete()
    with pytest.raises(ProtectedError):
        setup["person"].delete()


def test_institution_with_faculty_cannot_be_deleted_singly_or_in_bulk(client, setup):
    from faculty_training.models import Institution

    institution = setup["person"].participant_profile.institution
    client.force_login(build_user(username="root2", is_superuser=True, is_staff=True))
    response = client.post(
        reverse("wagtailsnippets_faculty_training_institution:delete", args=[institution.pk]), follow=True
    )
    assert response.status_code == 200
    # Refused with a message (ours, or Wagtail's own when its reference index knows the link), never a 500.
    assert [str(message) for message in response.context["messages"]]
    assert Institution.objects.filter(pk=institution.pk).exists()
    bulk = reverse("wagtail_bulk_action", args=("faculty_training", "institution", "delete")) + f"?id={institution.pk}"
    client.post(bulk, {"next": "/admin/"})
    assert Institution.objects.filter(pk=institution.pk).exists()


def test_certificates_and_profiles_have_no_generic_add_edit_or_delete(client, setup):
    from faculty_training.models import Certificate, ParticipantProfile
    from tests.builders import build_completed_enrollment

    enrollment, _tree = build_completed_enrollment()
    certificate = Certificate.objects.get(enrollment=enrollment)
    client.force_login(build_user(username="root3", is_superuser=True, is_staff=True))
    assert client.get(reverse("faculty_training_certificates:add")).status_code in (302, 403)
    client.post(reverse("faculty_training_certificates:delete", args=[certificate.pk]))
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert client.get(reverse("faculty_training_certificates:index")).status_code == 200
    profile = setup["person"].participant_profile
    client.post(reverse("participants:delete", args=[profile.pk]))
    assert ParticipantProfile.objects.filter(pk=profile.pk).exists()


def test_a_protect_refusal_becomes_a_translated_reason():
    from faculty_training.views.admin_protection import deletion_blocker
    from tests.builders import build_institution
    from tests.builders import build_participant as participant

    institution = build_institution(name_en="Almaty College")
    assert deletion_blocker(institution) is None
    participant(institution=institution)
    assert deletion_blocker(institution) == "“Almaty College” cannot be deleted: 1 record depends on it."

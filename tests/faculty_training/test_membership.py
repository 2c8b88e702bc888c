"""A person counts for an institution only once the institution confirmed them."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from faculty_training.models import Certificate, InstitutionApiToken, InstitutionCoordinator, ParticipantProfile
from faculty_training.models.people import Membership
from faculty_training.models.records import hash_token
from faculty_training.services import notifications
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.membership import membership_confirm_email
from faculty_training.services.profiles import participant_register, profile_save
from faculty_training.services.progress import module_progress_mark
from tests.builders import build_content_tree, build_group_member, build_institution, build_participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    institution = build_institution(code="PK-AKU", name_en="Aga Khan University", email_domains="aku.edu")
    other = build_institution(code="PK-KMU", name_en="Khyber Medical University")
    tree = build_content_tree(modules=1)
    coordinator = build_group_member("Institution coordinators", username="coordinator")
    InstitutionCoordinator.objects.create(user=coordinator, institution=institution)
    other_coordinator = build_group_member("Institution coordinators", username="other-coordinator")
    InstitutionCoordinator.objects.create(user=other_coordinator, institution=other)
    return {
        "institution": institution,
        "other": other,
        "tree": tree,
        "coordinator": coordinator,
        "other_coordinator": other_coordinator,
    }


def sign_up(email, institution, **fields):
    return participant_register(
        email=email,
        password="a-long-pass-phrase-1",
        latin_name=fields.get("latin_name", "Claimed Member"),
        native_name="",
        institution=institution,
        discipline="medicine",
        position="",
        registration_number="",
        preferred_language="en",
        time_zone="",
    )


def complete(person, tree):
    enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["modules"][0])


def record_names(client, user):
    client.force_login(user)
    page = client.get(reverse("faculty_training_records:index"))
    return [
        dict((column.key, value) for column, value, _html in row["cells"])["latin_name"]
        for row in page.context["table"]
    ]


def test_a_self_chosen_institution_counts_for_nothing_until_confirmed(client, world):
    person = sign_up("stranger@example.org", world["institution"], latin_name="Claimed Member")
    complete(person, world["tree"])
    assert person.participant_profile.membership == Membership.PENDING
    # Not in the institution's records, its API, its digest, nor printed on the certificate.
    assert record_names(client, world["coordinator"]) == []
    token = "t" * 40
    InstitutionApiToken.objects.create(institution=world["institution"], name="SIS", token_hash=hash_token(token))
    api = client.get("/api/v1/records/", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    assert api["count"] == 0
    notifications.digests_schedule()
    digest = world["coordinator"].notifications.get()
    assert digest.data["count"] == 0 and digest.data["waiting"] == 1
    assert Certificate.objects.get(participant=person).snapshot["holder"]["institution"] is None


def test_the_coordinator_confirms_and_the_person_then_counts(client, world):
    person = sign_up("new@example.org", world["institution"], latin_name="Claimed Member")
    complete(person, world["tree"])
    client.force_login(world["coordinator"])
    members_page = client.get(reverse("faculty_training_records:members")).content.decode()
    assert "Claimed Member" in members_page
    profile = person.participant_profile
    client.post(reverse("faculty_training_records:member_decide", args=[profile.pk]), {"decision": "confirm"})
    profile.refresh_from_db()
    assert profile.membership == Membership.VERIFIED and profile.membership_decided_by == world["coordinator"]
    assert ModelLogEntry.objects.filter(action="faculty_training.membership").count() == 1
    assert record_names(client, world["coordinator"]) == ["Claimed Member"]


def test_a_coordinator_cannot_see_or_decide_another_institutions_people(client, world):
    person = sign_up("new@example.org", world["institution"])
    profile = person.participant_profile
    client.force_login(world["other_coordinator"])
    assert "Claimed Member" not in client.get(reverse("faculty_training_records:members")).content.decode()
    response = client.post(
        reverse("faculty_training_records:member_decide", args=[profile.pk]), {"decision": "confirm"}
    )
    assert response.status_code == 404
    profile.refresh_from_db()
    assert profile.membership == Membership.PENDING


def test_participants_and_strangers_cannot_open_the_members_page(client, world):
    person = build_participant()
    client.force_login(person)
    assert client.get(reverse("faculty_training_records:members")).status_code == 404


def test_a_confirmed_address_at_the_institutions_domain_confirms(world):
    inside = sign_up("doctor@med.aku.edu", world["institution"])
    outside = sign_up("doctor@aku.edu.evil.example", world["institution"])
    assert inside.participant_profile.membership == Membership.PENDING  # the address is not proven yet
    membership_confirm_email(inside.participant_profile)
    membership_confirm_email(outside.participant_profile)
    assert ParticipantProfile.objects.get(user=inside).membership == Membership.VERIFIED
    assert ParticipantProfile.objects.get(user=outside).membership == Membership.PENDING


def test_changing_institution_starts_again(world):
    person = build_participant(institution=world["institution"])
    assert person.participant_profile.membership == Membership.VERIFIED
    profile_save(user=person, institution=world["other"])
    assert ParticipantProfile.objects.get(user=person).membership == Membership.PENDING


def test_the_members_page_is_in_urdu_right_to_left(client, world):
    sign_up("new@example.org", world["institution"])
    client.force_login(world["coordinator"])
    response = client.get("/ur/records/members/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()


def test_a_sign_up_that_never_followed_its_link_is_nobodys_to_confirm(client, world):
    from faculty_training.services.signup import signup_request

    signup_request(
        email="never-confirmed@example.com",
        base_url="http://testserver",
        latin_name="Never Confirmed",
        native_name="",
        institution=world["institution"],
        discipline="medicine",
        position="Buy cheap pills",
        registration_number="",
        preferred_language="en",
        time_zone="",
    )
    client.force_login(world["coordinator"])
    page = client.get(reverse("faculty_training_records:members")).content.decode()
    assert "Never Confirmed" not in page and "cheap pills" not in page
    notifications.digests_schedule()
    assert not world["coordinator"].notifications.exists()  # nothing to report: nobody is waiting
    profile = ParticipantProfile.objects.get(user__email="never-confirmed@example.com")
    response = client.post(
        reverse("faculty_training_records:member_decide", args=[profile.pk]), {"decision": "confirm"}
    )
    assert response.status_code == 404


def test_enrolling_an_institution_enrols_its_confirmed_members_only(client, world):
    from faculty_training.models import Enrollment

    confirmed = build_participant(institution=world["institution"])
    waiting = build_participant(institution=world["institution"], membership="pending")
    refused = build_participant(institution=world["institution"], membership="rejected")
    client.force_login(build_group_member("Programme administrators", username="pa", is_staff=True))
    client.post(
        reverse("faculty_training_bulk_enrol"),
        {"course": world["tree"]["course"].pk, "institution": world["institution"].pk},
    )
    enrolled = set(Enrollment.objects.values_list("participant_id", flat=True))
    assert confirmed.pk in enrolled and waiting.pk not in enrolled and refused.pk not in enrolled


def test_a_proven_address_still_counts_when_the_person_moves_to_its_institution(client, world):
    """Someone who signed up elsewhere and later names the institution of their proven address is confirmed
    by the domain rule at once; an address changed since it was proven confirms nothing."""
    person = sign_up("doctor@aku.edu", world["other"])
    membership_confirm_email(person.participant_profile)
    assert ParticipantProfile.objects.get(user=person).membership == Membership.PENDING  # other has no domain
    profile_save(user=person, institution=world["institution"])
    assert ParticipantProfile.objects.get(user=person).membership == Membership.VERIFIED

    moved = sign_up("first@example.org", world["other"])
    membership_confirm_email(moved.participant_profile)
    moved.email = "claimed@aku.edu"  # changed by someone, never proven
    moved.save()
    profile_save(user=moved, institution=world["institution"])
    assert ParticipantProfile.objects.get(user=moved).membership == Membership.PENDING


def test_following_a_password_reset_link_proves_the_address(client, world):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    person = sign_up("reset@aku.edu", world["institution"])
    assert ParticipantProfile.objects.get(user=person).membership == Membership.PENDING
    url = f"/en/accounts/reset/{urlsafe_base64_encode(force_bytes(person.pk))}/{default_token_generator.make_token(person)}/"
    form_url = client.get(url)["Location"]
    response = client.post(
        form_url, {"new_password1": "another-long-phrase-9", "new_password2": "another-long-phrase-9"}
    )
    assert response.status_code == 302
    profile = ParticipantProfile.objects.get(user=person)
    assert profile.email_confirmed and profile.membership == Membership.VERIFIED

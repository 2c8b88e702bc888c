"""Who may do what: every protected URL against every role, guessed ids, GET and CSRF refusals."""

import pytest
from django.test import Client
from django.urls import reverse

from faculty_training.models import Certificate, Enrollment, InstitutionCoordinator, TrainingSession
from faculty_training.services.enrollment import enrollment_create
from tests.assessment_builders import build_bank
from tests.builders import (
    build_completed_enrollment,
    build_group_member,
    build_institution,
    build_participant,
    build_session,
)

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "holder",
    "other_participant",
    "other_facilitator",
    "other_coordinator",
    "editor",
    "administrator",
]


@pytest.fixture
def world():
    own = build_institution(code="PK-OWN", country="PK")
    other = build_institution(code="KZ-OTHER", country="KZ")
    enrollment, tree = build_completed_enrollment(institution=own)
    session = build_session(tree["course"], starts_in_minutes=-30)
    facilitator = build_group_member("Facilitators", username="fac_own", is_staff=True)
    session.facilitators.add(facilitator)
    users = {
        "anonymous": None,
        "holder": enrollment.participant,
        "other_participant": build_participant(institution=other),
        "other_facilitator": build_group_member("Facilitators", username="fac_other", is_staff=True),
        "other_coordinator": build_group_member("Institution coordinators", username="coord_other"),
        "editor": build_group_member("Editors", username="ed", is_staff=True),
        "administrator": build_group_member("Programme administrators", username="pa", is_staff=True),
    }
    InstitutionCoordinator.objects.create(user=users["other_coordinator"], institution=other)
    certificate = Certificate.objects.get(enrollment=enrollment)
    return {
        "users": users,
        "certificate": certificate,
        "session": session,
        "course": tree["course"],
        "holder": enrollment.participant,
        "bank": build_bank(tree["programme"]),
    }


def _client(world, role):
    client = Client()
    if world["users"][role] is not None:
        client.force_login(world["users"][role])
    return client


# (name, url builder, roles allowed); everyone else gets a redirect to a login page, 403 or 404.
PROTECTED = [
    (
        "certificate pdf",
        lambda w: reverse("faculty_training:certificate_pdf", args=[w["certificate"].serial]),
        {"holder", "administrator"},
    ),
    ("transcript", lambda w: reverse("faculty_training_records:transcript", args=[w["holder"].pk]), {"administrator"}),
    ("records", lambda w: reverse("faculty_training_records:index"), {"other_coordinator", "administrator"}),
    ("records csv", lambda w: reverse("faculty_training_records:export_csv"), {"other_coordinator", "administrator"}),
    ("register", lambda w: reverse("faculty_training_register", args=[w["session"].pk]), {"administrator"}),
    ("projector", lambda w: reverse("faculty_training_projector", args=[w["session"].pk]), {"administrator"}),
    (
        "session feedback",
        lambda w: reverse("faculty_training_session_feedback", args=[w["session"].pk]),
        {"administrator"},
    ),
    (
        "import attendance",
        lambda w: reverse("faculty_training_import_attendance", args=[w["session"].pk]),
        {"administrator"},
    ),
    ("import participants", lambda w: reverse("faculty_training_import_participants"), {"administrator"}),
    ("bulk enrol", lambda w: reverse("faculty_training_bulk_enrol"), {"administrator"}),
    (
        "revoke",
        lambda w: reverse("faculty_training_certificate_revoke", args=[w["certificate"].serial]),
        {"administrator"},
    ),
    (
        "course certificates",
        lambda w: reverse("faculty_training_course_certificates", args=[w["course"].pk]),
        {"administrator"},
    ),
    ("api tokens", lambda w: reverse("faculty_training_api_tokens"), {"administrator"}),
    (
        "import questions",
        lambda w: reverse("faculty_training_bank_import", args=[w["bank"].pk]),
        {"administrator"},
    ),
    (
        "download questions",
        lambda w: reverse("faculty_training_bank_export", args=[w["bank"].pk, "xlsx"]),
        {"administrator"},
    ),
    (
        "translation status of questions",
        lambda w: reverse("faculty_training_question_translation_status"),
        {"administrator"},
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "url", "allowed"), PROTECTED, ids=[entry[0] for entry in PROTECTED])
def test_each_protected_url_answers_only_its_roles(world, role, name, url, allowed):
    response = _client(world, role).get(url(world))
    if role in allowed:
        assert response.status_code == 200, (name, role, response.status_code)
    else:
        assert response.status_code in (302, 403, 404), (name, role, response.status_code)
        if response.status_code == 302:  # to a login page, or Wagtail's "permission denied" dashboard
            assert "login" in response["Location"] or response["Location"] == "/admin/"


def test_the_facilitator_of_the_session_may_use_its_register(world):
    client = Client()
    client.force_login(TrainingSession.objects.get(pk=world["session"].pk).facilitators.get())
    assert client.get(reverse("faculty_training_register", args=[world["session"].pk])).status_code == 200


@pytest.mark.parametrize("offset", [1, 2, 100])
def test_guessed_sequential_ids_reveal_nothing(world, offset):
    client = _client(world, "other_participant")
    assert (
        client.get(reverse("faculty_training_records:transcript", args=[world["holder"].pk + offset])).status_code
        == 404
    )
    serial = world["certificate"].serial
    guessed = serial[:-6] + f"{int(serial[-6:]) + offset:06d}"
    assert client.get(reverse("faculty_training:certificate_pdf", args=[guessed])).status_code == 404


STATE_CHANGES = [
    ("enrol", lambda w: reverse("faculty_training:enrol", args=[w["course"].pk])),
    ("withdraw", lambda w: reverse("faculty_training:withdraw", args=[w["course"].pk])),
    ("module done", lambda w: reverse("faculty_training:module_done", args=[w["course"].get_children().first().pk])),
    ("cancel session", lambda w: reverse("faculty_training_session_cancel", args=[w["session"].pk])),
    ("issue certificates", lambda w: reverse("faculty_training_issue_selected", args=[w["course"].pk])),
    ("certificate batch", lambda w: reverse("faculty_training_certificate_batch", args=[w["course"].pk])),
]


@pytest.mark.parametrize(("name", "url"), STATE_CHANGES, ids=[entry[0] for entry in STATE_CHANGES])
def test_state_changing_actions_refuse_get(world, name, url):
    assert _client(world, "administrator").get(url(world)).status_code == 405


POSTS = [
    ("enrol", lambda w: reverse("faculty_training:enrol", args=[w["course"].pk]), {}),
    ("check in", lambda w: reverse("faculty_training:check_in"), {"code": "ABCDEF"}),
    ("register", lambda w: reverse("faculty_training_register", args=[w["session"].pk]), {"version": "0"}),
    (
        "revoke",
        lambda w: reverse("faculty_training_certificate_revoke", args=[w["certificate"].serial]),
        {"reason": "other"},
    ),
    ("bulk enrol", lambda w: reverse("faculty_training_bulk_enrol"), {}),
]


@pytest.mark.parametrize(("name", "url", "data"), POSTS, ids=[entry[0] for entry in POSTS])
def test_posts_without_a_csrf_token_are_refused(world, name, url, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["users"]["administrator"])
    assert client.post(url(world), data).status_code == 403
    world["certificate"].refresh_from_db()
    assert not world["certificate"].is_revoked


def test_a_crafted_post_cannot_set_hidden_fields(world):
    """The profile form has no user, institution-coordinator or calendar-key field to smuggle in."""
    client = _client(world, "other_participant")
    person = world["users"]["other_participant"]
    profile = person.participant_profile
    data = {
        "latin_name": "Smuggler Person",
        "native_name": "",
        "institution": profile.institution_id,
        "discipline": "medicine",
        "preferred_language": "en",
        "time_zone": "",
        "user": world["holder"].pk,
        "calendar_key": "x" * 40,
        "position": "",
        "registration_number": "",
    }
    client.post(reverse("faculty_training:profile"), data)
    profile.refresh_from_db()
    assert profile.user_id == person.pk and profile.calendar_key != "x" * 40
    assert not Enrollment.objects.filter(participant=person).exists()
    enrollment_create(participant=person, course=world["course"])

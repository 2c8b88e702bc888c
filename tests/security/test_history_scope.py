"""Facilitators read the audit log of their own sessions only: site history, its exports, history pages."""

import io

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from faculty_training.services.attendance import attendance_register_save, session_cancel
from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_group_member, build_participant, build_session

pytestmark = pytest.mark.django_db

SITE_HISTORY = "wagtailadmin_reports:site_history"


@pytest.fixture
def sessions():
    course = build_content_tree(modules=1)["course"]
    result = {}
    for letter, title, name in (
        ("a", "Anatomy Workshop Alpha", "Alpha Learner"),
        ("b", "Biochemistry Bravo", "Bravo Learner"),
    ):
        facilitator = build_group_member("Facilitators", username=f"facilitator_{letter}", is_staff=True)
        session = build_session(course, title_en=title)
        session.facilitators.add(facilitator)
        person = build_participant(latin_name=name)
        enrollment_create(participant=person, course=course)
        result[letter] = {"session": session, "facilitator": facilitator, "person": person}
    # Both sessions get attendance; B's register is marked by its own facilitator, then B is cancelled.
    for letter in ("a", "b"):
        entry = result[letter]
        people = {person.pk: ("present", "") for person in (result["a"]["person"], result["b"]["person"])}
        attendance_register_save(
            session=entry["session"], entries=people, marked_by=entry["facilitator"], expected_version=0
        )
    session_cancel(session=result["b"]["session"], reason="Bravo room flooded", user=result["b"]["facilitator"])
    return result


def _as(user):
    client = Client()
    client.force_login(user)
    return client


def _xlsx_text(content):
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return "\n".join(str(cell.value) for row in workbook.active.iter_rows() for cell in row)


B_MARKERS = ("Biochemistry Bravo", "Bravo room flooded", "facilitator_b")


def test_site_history_and_its_exports_show_a_facilitator_only_their_sessions(sessions):
    client = _as(sessions["a"]["facilitator"])
    html = client.get(reverse(SITE_HISTORY)).content.decode()
    assert "Anatomy Workshop Alpha" in html  # their own session's attendance is there
    assert not any(marker in html for marker in B_MARKERS)
    results = client.get(reverse("wagtailadmin_reports:site_history_results")).content.decode()
    assert "Anatomy Workshop Alpha" in results and "Biochemistry Bravo" not in results
    csv_text = b"".join(client.get(reverse(SITE_HISTORY), {"export": "csv"}).streaming_content).decode()
    assert "Anatomy Workshop Alpha" in csv_text and not any(marker in csv_text for marker in B_MARKERS)
    xlsx_text = _xlsx_text(b"".join(client.get(reverse(SITE_HISTORY), {"export": "xlsx"}).streaming_content))
    assert "Anatomy Workshop Alpha" in xlsx_text and not any(marker in xlsx_text for marker in B_MARKERS)


def test_filters_of_the_report_do_not_reveal_other_sessions(sessions):
    client = _as(sessions["a"]["facilitator"])
    filtered = client.get(reverse(SITE_HISTORY), {"label": "Bravo"}).content.decode()
    assert "Biochemistry Bravo" not in filtered
    by_user = client.get(reverse(SITE_HISTORY), {"user": sessions["b"]["facilitator"].pk}).content.decode()
    assert not any(marker in by_user for marker in B_MARKERS)


def test_administrators_still_see_every_session(sessions):
    administrator = build_group_member("Programme administrators", username="pa", is_staff=True)
    html = _as(administrator).get(reverse(SITE_HISTORY)).content.decode()
    assert "Anatomy Workshop Alpha" in html and "Biochemistry Bravo" in html


def test_a_facilitator_reads_the_history_of_their_session_from_the_register(sessions):
    session = sessions["a"]["session"]
    client = _as(sessions["a"]["facilitator"])
    register = client.get(reverse("faculty_training_register", args=[session.pk])).content.decode()
    history_url = reverse("faculty_training_sessions:history", args=[session.pk])
    assert history_url in register
    response = client.get(history_url)
    assert response.status_code == 200
    assert "Attendance of Alpha Learner" in response.content.decode()


def test_another_sessions_history_is_not_found_for_a_facilitator(sessions):
    client = _as(sessions["a"]["facilitator"])
    other = sessions["b"]["session"]
    for name in ("history", "history_results"):
        # Django's LocaleMiddleware turns the admin's 404 into a redirect to /en/admin/…, itself a 404.
        response = client.get(reverse(f"faculty_training_sessions:{name}", args=[other.pk]), follow=True)
        assert response.status_code == 404
        assert not any(marker in response.content.decode() for marker in B_MARKERS)


def test_an_extra_attempt_granted_in_another_course_is_not_in_a_facilitators_site_history(sessions):
    """Facilitators hold the model-wide "view" permission on course tests (to review their own): a
    grant logged on the test showed every facilitator that someone in any course got an extra
    attempt, when and from whom, in the site history and its downloads."""
    from faculty_training.models import ExtraAttemptGrant
    from faculty_training.services.assessments import extra_attempt_grant
    from tests.assessment_builders import build_bank, build_test

    tree = build_content_tree(modules=1)
    other_course = tree["course"]
    test = build_test(other_course, build_bank(tree["programme"]), kind="post")
    person = build_participant(latin_name="Charlie Learner")
    enrollment_create(participant=person, course=other_course)
    administrator = build_group_member("Programme administrators", username="pa_grant", is_staff=True)
    extra_attempt_grant(test=test, participant=person, reason="Hospitalised", granted_by=administrator)
    client = _as(sessions["a"]["facilitator"])
    html = client.get(reverse(SITE_HISTORY)).content.decode()
    csv_text = b"".join(client.get(reverse(SITE_HISTORY), {"export": "csv"}).streaming_content).decode()
    for text in (html, csv_text):
        assert "Anatomy Workshop Alpha" in text
        assert "Extra test attempt granted" not in text and "pa_grant" not in text and str(test) not in text
    # Programme administrators still read it, with the reason.
    admin_csv = b"".join(_as(administrator).get(reverse(SITE_HISTORY), {"export": "csv"}).streaming_content).decode()
    assert "Extra test attempt granted" in admin_csv or "Grant an extra attempt" in admin_csv
    assert ExtraAttemptGrant.objects.get().reason == "Hospitalised"


def test_extra_attempt_entries_logged_on_tests_before_move_to_their_grants(sessions):
    """Migration 0020: entries written on the test before are moved to the grant they record."""
    import importlib

    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import ModelLogEntry

    from faculty_training.models import CourseTest, ExtraAttemptGrant
    from tests.assessment_builders import build_bank, build_test

    tree = build_content_tree(modules=1)
    test = build_test(tree["course"], build_bank(tree["programme"]), kind="post")
    person = build_participant()
    grant = ExtraAttemptGrant.objects.create(test=test, participant=person, reason="Power cut")
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(CourseTest),
        object_id=str(test.pk),
        label=str(test),
        action="faculty_training.extra_attempt",
        timestamp=timezone.now(),
        data={"participant": person.pk, "reason": "Power cut"},
    )
    importlib.import_module("faculty_training.migrations.0020_extra_attempt_log_on_grant").move_to_grants(apps, None)
    entry = ModelLogEntry.objects.get(action="faculty_training.extra_attempt")
    assert entry.content_type == ContentType.objects.get_for_model(ExtraAttemptGrant)
    assert entry.object_id == str(grant.pk) and entry.data["test"] == test.pk and entry.data["reason"] == "Power cut"
    html = _as(sessions["a"]["facilitator"]).get(reverse(SITE_HISTORY)).content.decode()
    assert "Extra test attempt granted" not in html

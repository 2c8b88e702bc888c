"""The completion rule as a table, and the inputs that change it: sessions held, enrolment date, time."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from faculty_training.models import AttendanceRecord, Certificate, Enrollment, ModulePage, TrainingSession
from faculty_training.models.enrollment import CompletionState
from faculty_training.services.attendance import attendance_mark, session_cancel
from faculty_training.services.completion import completion_state
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.builders import build_content_tree, build_module, build_participant, build_session, build_user

pytestmark = pytest.mark.django_db


def state(**facts):
    base = {
        "required_modules": 2,
        "required_modules_done": 2,
        "sessions_held": 4,
        "sessions_attended": 3,
        "sessions_to_come": 0,
        "min_attendance_percent": 75,
        "has_live_sessions": True,
    }
    return CompletionState(**{**base, **facts})


@pytest.mark.parametrize(
    ("facts", "is_complete", "why"),
    [
        ({}, True, "everything met: 3 of 4 = 75 %"),
        ({"sessions_attended": 2}, False, "50 % < 75 %"),
        ({"required_modules_done": 1}, False, "a required module not studied"),
        ({"sessions_to_come": 1}, False, "a scheduled session is still to be held"),
        ({"sessions_held": 0, "sessions_attended": 0}, False, "a live course with no session held for this person"),
        ({"sessions_held": 0, "sessions_attended": 0, "sessions_to_come": 1}, False, "only a future session"),
        ({"sessions_held": 0, "sessions_attended": 0, "has_live_sessions": False}, True, "self-paced"),
        (
            {"sessions_to_come": 3, "sessions_attended": 0, "has_live_sessions": False},
            True,
            "self-paced ignores sessions",
        ),
        ({"min_attendance_percent": 0, "sessions_attended": 0}, True, "no minimum, but all sessions held"),
        ({"required_modules": 0, "required_modules_done": 0}, True, "no required modules"),
        ({"sessions_held": 1, "sessions_attended": 1, "min_attendance_percent": 100}, True, "100 % of one"),
    ],
)
def test_completion_rule_table(facts, is_complete, why):
    assert state(**facts).is_complete is is_complete, why


@pytest.fixture
def live_course():
    tree = build_content_tree(modules=1, has_live_sessions=True, min_attendance_percent=50)
    return tree["course"], tree["modules"][0]


def enrol_and_study(course, module, participant=None):
    participant = participant or build_participant()
    enrollment, _ = enrollment_create(participant=participant, course=course)
    module_progress_mark(participant=participant, module=module)
    return Enrollment.objects.get(pk=enrollment.pk)


def test_no_completion_and_no_certificate_before_the_only_session_is_held(live_course):
    course, module = live_course
    build_session(course, starts_in_minutes=7 * 24 * 60)
    enrollment = enrol_and_study(course, module)
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert (enrollment.sessions_held, enrollment.sessions_to_come) == (0, 1)
    assert not Certificate.objects.exists()


def test_a_live_course_without_any_session_cannot_be_completed(live_course):
    course, module = live_course
    enrollment = enrol_and_study(course, module)
    assert enrollment.status == Enrollment.Status.ACTIVE and not Certificate.objects.exists()


def test_completion_waits_for_the_last_session_and_cron_decides_when_it_starts(live_course):
    course, module = live_course
    held = build_session(course, starts_in_minutes=-60)
    upcoming = build_session(course, starts_in_minutes=60)
    enrollment = enrol_and_study(course, module)
    attendance_mark(session=held, participant=enrollment.participant, status="present", method="register")
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE  # one session still to come
    # Time passes: the second session begins (after the enrolment), with no one marking anything.
    TrainingSession.objects.filter(pk=upcoming.pk).update(starts_at=timezone.now())
    call_command("refresh_completion")
    enrollment.refresh_from_db()
    # 1 of 2 held sessions attended = 50 %: complete once the second one has begun, certificate issued.
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert (enrollment.sessions_attended, enrollment.sessions_held) == (1, 2)
    assert Certificate.objects.filter(enrollment=enrollment).exists()


def test_sessions_before_enrolment_do_not_count_against_a_newcomer(live_course):
    course, module = live_course
    earlier = build_session(course, starts_in_minutes=-3 * 24 * 60)
    enrollment = enrol_and_study(course, module)
    assert (enrollment.sessions_attended, enrollment.sessions_held) == (0, 0)
    later = build_session(course, starts_in_minutes=-1)  # began after the enrolment
    attendance_mark(session=later, participant=enrollment.participant, status="present", method="register")
    enrollment.refresh_from_db()
    assert (enrollment.sessions_attended, enrollment.sessions_held) == (1, 1)
    assert enrollment.status == Enrollment.Status.COMPLETED
    # An earlier session they did attend counts (and is then held for them too).
    attendance_mark(session=earlier, participant=enrollment.participant, status="late", method="import")
    enrollment.refresh_from_db()
    assert (enrollment.sessions_attended, enrollment.sessions_held) == (2, 2)


@override_settings(FACULTY_TRAINING_COUNT_SESSIONS_BEFORE_ENROLMENT=True)
def test_the_setting_counts_earlier_sessions_too(live_course):
    course, module = live_course
    build_session(course, starts_in_minutes=-3 * 24 * 60)
    enrollment = enrol_and_study(course, module)
    assert (enrollment.sessions_attended, enrollment.sessions_held) == (0, 1)


def test_the_course_page_explains_what_is_missing(client, live_course):
    course, module = live_course
    build_session(course, starts_in_minutes=-3 * 24 * 60)
    build_session(course, starts_in_minutes=24 * 60)
    enrollment = enrol_and_study(course, module)
    client.force_login(enrollment.participant)
    text = client.get(course.get_url()).content.decode()
    assert "no session has been held since you enrolled yet" in text
    assert "1 session is still to be held" in text
    assert "0 of 1" not in text


def test_a_cancelled_session_neither_counts_nor_keeps_the_course_open(live_course):
    course, module = live_course
    held = build_session(course, starts_in_minutes=-1)
    upcoming = build_session(course, starts_in_minutes=24 * 60)
    enrollment = enrol_and_study(course, module)
    attendance_mark(session=held, participant=enrollment.participant, status="present", method="register")
    session_cancel(session=upcoming, reason="Flooding", user=build_user())
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert (enrollment.sessions_held, enrollment.sessions_to_come) == (1, 0)


def test_moving_a_session_into_the_future_reopens_the_course_and_puts_the_certificate_under_review(live_course):
    course, module = live_course
    session = build_session(course, starts_in_minutes=-1)
    enrollment = enrol_and_study(course, module)
    attendance_mark(session=session, participant=enrollment.participant, status="present", method="register")
    certificate = Certificate.objects.get(enrollment=enrollment)
    extra = build_session(course, starts_in_minutes=24 * 60)  # a session added later
    enrollment.refresh_from_db()
    certificate.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert certificate.state == Certificate.State.UNDER_REVIEW
    extra.status = TrainingSession.Status.CANCELLED
    extra.save()
    certificate.refresh_from_db()
    assert certificate.state == Certificate.State.VALID  # completion holds again: the review ends by itself


def test_a_new_required_module_is_an_input(live_course):
    course, module = live_course
    session = build_session(course, starts_in_minutes=-1)
    enrollment = enrol_and_study(course, module)
    attendance_mark(session=session, participant=enrollment.participant, status="present", method="register")
    assert Enrollment.objects.get(pk=enrollment.pk).status == Enrollment.Status.COMPLETED
    new_module = build_module(course, is_required=True)
    new_module.save_revision().publish()
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert (enrollment.required_modules_done, enrollment.required_modules) == (1, 2)


def test_stored_facts_equal_a_fresh_decision(live_course):
    course, module = live_course
    sessions = [build_session(course, starts_in_minutes=-minutes) for minutes in (1, 2, 3)]
    enrollment = enrol_and_study(course, module)
    for session, status in zip(sessions, ("present", "absent", "late"), strict=True):
        attendance_mark(session=session, participant=enrollment.participant, status=status, method="register")
    enrollment.refresh_from_db()
    assert enrollment.completion == completion_state(enrollment)
    assert AttendanceRecord.objects.filter(participant=enrollment.participant).count() == 3


def test_unpublishing_a_required_module_does_not_lift_the_requirement(live_course):
    course, module = live_course
    second = build_module(course, is_required=True)
    second.save_revision().publish()
    session = build_session(course, starts_in_minutes=-1)
    enrollment = enrol_and_study(course, module)  # studies the first module only
    attendance_mark(session=session, participant=enrollment.participant, status="present", method="register")
    ModulePage.objects.get(pk=second.pk).unpublish()  # as the admin does, on the saved page
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE and not Certificate.objects.exists()
    assert (enrollment.required_modules_done, enrollment.required_modules) == (1, 2)


def test_a_course_that_asks_for_nothing_completes_nobody():
    tree = build_content_tree(modules=0, has_live_sessions=False)
    person = build_participant()
    enrollment, _created = enrollment_create(participant=person, course=tree["course"])
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE and not Certificate.objects.exists()


def test_moving_a_required_module_between_courses_decides_both_again(live_course):
    course, module = live_course
    session = build_session(course, starts_in_minutes=-1)
    enrollment = enrol_and_study(course, module)
    attendance_mark(session=session, participant=enrollment.participant, status="present", method="register")
    assert Enrollment.objects.get(pk=enrollment.pk).status == Enrollment.Status.COMPLETED
    other_course = build_content_tree(modules=1, has_live_sessions=True)["course"]
    stranger = build_module(other_course, is_required=True)
    stranger.save_revision().publish()
    stranger.move(course, pos="last-child")
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert Certificate.objects.get(enrollment=enrollment).state == Certificate.State.UNDER_REVIEW

"""Self check-in: signed rotating tokens and short codes, windows, enrolment, races and rate limits."""

import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from faculty_training.exceptions import ServiceError
from faculty_training.models import AttendanceRecord
from faculty_training.services.check_in import check_in_by_code, check_in_by_token, check_in_code, check_in_token
from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_participant, build_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    course = build_content_tree(modules=1)["course"]
    session = build_session(course, starts_in_minutes=-5)
    person = build_participant()
    enrollment_create(participant=person, course=course)
    return {"course": course, "session": session, "person": person}


def test_typed_code_checks_in_once_and_then_says_already(setup):
    code = check_in_code(setup["session"])
    session, record, changed = check_in_by_code(participant=setup["person"], code=code.lower())
    assert session == setup["session"] and changed and record.status == "present" and record.method == "check_in"
    _session, _record, changed_again = check_in_by_code(participant=setup["person"], code=code)
    assert not changed_again
    assert AttendanceRecord.objects.count() == 1


def test_check_in_after_the_late_threshold_is_recorded_as_late(setup):
    session = build_session(setup["course"], starts_in_minutes=-40)
    _session, record, _changed = check_in_by_token(participant=setup["person"], token=check_in_token(session))
    assert record.status == AttendanceRecord.Status.LATE


def test_token_expires_after_two_windows(setup):
    issued = timezone.now()
    token = check_in_token(setup["session"], at=issued)
    check_in_by_token(participant=setup["person"], token=token, at=issued + timedelta(seconds=25))
    other = build_participant()
    enrollment_create(participant=other, course=setup["course"])
    with pytest.raises(ServiceError) as error:
        check_in_by_token(participant=other, token=token, at=issued + timedelta(seconds=75))
    assert error.value.code == "expired"


def test_old_code_is_refused(setup):
    old_code = check_in_code(setup["session"], at=timezone.now() - timedelta(minutes=5))
    with pytest.raises(ServiceError) as error:
        check_in_by_code(participant=setup["person"], code=old_code)
    assert error.value.code == "invalid"


def test_tampered_token_is_refused(setup):
    token = check_in_token(setup["session"])
    with pytest.raises(ServiceError) as error:
        check_in_by_token(participant=setup["person"], token=token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert error.value.code == "invalid"


def test_token_of_a_future_session_marks_nothing(setup):
    future = build_session(setup["course"], starts_in_minutes=24 * 60)
    with pytest.raises(ServiceError) as error:
        check_in_by_token(participant=setup["person"], token=check_in_token(future))
    assert error.value.code == "closed"
    assert not AttendanceRecord.objects.exists()


def test_code_of_one_session_never_marks_another(setup):
    other_course = build_content_tree(modules=1)["course"]
    other_session = build_session(other_course, starts_in_minutes=-5)
    session, _record, _changed = check_in_by_code(participant=setup["person"], code=check_in_code(setup["session"]))
    assert session == setup["session"]
    assert not AttendanceRecord.objects.filter(session=other_session).exists()
    with pytest.raises(ServiceError) as error:
        check_in_by_code(participant=setup["person"], code=check_in_code(other_session))
    assert error.value.code == "not_enrolled"


def test_check_in_outside_the_window_is_refused(setup):
    ended = build_session(setup["course"], starts_in_minutes=-300, hours=1)
    with pytest.raises(ServiceError) as error:
        check_in_by_token(participant=setup["person"], token=check_in_token(ended))
    assert error.value.code == "closed"


def test_cancelled_session_takes_no_check_in(setup):
    setup["session"].status = "cancelled"
    setup["session"].save()
    with pytest.raises(ServiceError) as error:
        check_in_by_token(participant=setup["person"], token=check_in_token(setup["session"]))
    assert error.value.code == "closed"


def test_participant_not_enrolled_is_refused(setup):
    with pytest.raises(ServiceError) as error:
        check_in_by_code(participant=build_participant(), code=check_in_code(setup["session"]))
    assert error.value.code == "not_enrolled"


@pytest.mark.parametrize("method", ["register", "import"])
@pytest.mark.parametrize("status", ["absent", "excused", "late"])
def test_a_check_in_never_overrides_what_a_facilitator_recorded(setup, method, status):
    """A code passed on by a friend must not turn the register's "absent" into "present"."""
    AttendanceRecord.objects.create(session=setup["session"], participant=setup["person"], status=status, method=method)
    with pytest.raises(ServiceError) as error:
        check_in_by_code(participant=setup["person"], code=check_in_code(setup["session"]))
    assert error.value.code == "recorded_by_facilitator"
    record = AttendanceRecord.objects.get()
    assert (record.status, record.method) == (status, method)


def test_the_check_in_page_says_whom_to_ask_when_the_register_has_the_person(client, setup):
    AttendanceRecord.objects.create(
        session=setup["session"], participant=setup["person"], status="absent", method="register"
    )
    client.force_login(setup["person"])
    url = reverse("faculty_training:check_in_token", args=[check_in_token(setup["session"])])
    page = client.post(url, follow=True).content.decode()
    assert "Your facilitator has already recorded your attendance at this session." in page
    assert AttendanceRecord.objects.get().status == "absent"


def test_qr_link_get_changes_nothing_and_post_checks_in(client, setup):
    client.force_login(setup["person"])
    url = reverse("faculty_training:check_in_token", args=[check_in_token(setup["session"])])
    assert client.get(url).status_code == 200
    assert not AttendanceRecord.objects.exists()
    response = client.post(url, follow=True)
    assert AttendanceRecord.objects.filter(participant=setup["person"]).count() == 1
    assert "You are checked in to" in response.content.decode()


def test_typed_code_on_a_phone_in_russian(client, setup):
    client.force_login(setup["person"])
    with translation.override("ru"):
        url = reverse("faculty_training:check_in")
    assert "Введите код" in client.get(url).content.decode()
    client.post(url, {"code": check_in_code(setup["session"])})
    response = client.post(url, {"code": check_in_code(setup["session"])}, follow=True)
    assert "Вы уже отметились" in response.content.decode()


@override_settings(FACULTY_TRAINING_CHECK_IN_RATE="3/10m")
def test_wrong_codes_are_rate_limited_per_account(client, setup):
    client.force_login(setup["person"])
    url = reverse("faculty_training:check_in")
    for _ in range(3):
        assert client.post(url, {"code": "ZZZZZZ"}, REMOTE_ADDR="10.0.0.1").status_code == 200
    response = client.post(url, {"code": check_in_code(setup["session"])}, REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 429
    assert not AttendanceRecord.objects.exists()


def test_check_in_is_refused_without_csrf_token(setup):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(setup["person"])
    response = client.post(reverse("faculty_training:check_in"), {"code": check_in_code(setup["session"])})
    assert response.status_code == 403
    assert not AttendanceRecord.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_check_ins_leave_one_record(on_postgres, migrated_data):
    course = build_content_tree(modules=1)["course"]
    session = build_session(course, starts_in_minutes=-5)
    person = build_participant()
    enrollment_create(participant=person, course=course)
    token = check_in_token(session)
    barrier = threading.Barrier(50)
    results, errors = [], []

    def check_in():
        try:
            barrier.wait()
            results.append(check_in_by_token(participant=person, token=token)[2])
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=check_in) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert AttendanceRecord.objects.filter(session=session, participant=person).count() == 1
    assert sorted(results) == [False] * 49 + [True]


def test_projector_shows_code_and_a_language_neutral_qr_link(client, setup):
    from tests.builders import build_user

    client.force_login(build_user(username="root", is_superuser=True, is_staff=True))
    html = client.get(reverse("faculty_training_projector", args=[setup["session"].pk])).content.decode()
    assert check_in_code(setup["session"]) in html
    assert "<svg" in html and 'http-equiv="refresh"' in html
    assert "http://testserver/training/check-in/" in html
    response = client.get("/training/check-in/", HTTP_ACCEPT_LANGUAGE="ur")
    assert response.status_code == 302 and response["Location"] == "/ur/training/check-in/"


# Completion after a check-in is decided by the worker (services.completion.completion_decide_soon):
# a burst of check-ins must not decide completion in each request, and nothing may stay undecided.


@pytest.fixture
def live_setup():
    """A course with live sessions; the person enrolled before its one session began."""
    course = build_content_tree(modules=1, has_live_sessions=True)["course"]
    person = build_participant()
    enrollment_create(participant=person, course=course)
    session = build_session(course, starts_in_minutes=-5)
    return {"course": course, "session": session, "person": person}


def _ready_but_for_attendance(setup):
    from faculty_training.models import Enrollment
    from faculty_training.services.progress import module_progress_mark

    module_progress_mark(participant=setup["person"], module=setup["course"].get_children().specific().first())
    enrollment = Enrollment.objects.get(course=setup["course"], participant=setup["person"])
    assert enrollment.status == Enrollment.Status.ACTIVE  # the held session is not attended yet
    return enrollment


@override_settings(FACULTY_TRAINING_TASK_BACKEND="notifications")  # a real database queue
def test_a_check_in_leaves_completion_to_the_worker_which_completes_the_course(live_setup):
    setup = live_setup
    from django_tasks_db.models import DBTaskResult

    from tests.faculty_training.test_notifications import _run_worker_command

    enrollment = _ready_but_for_attendance(setup)
    check_in_by_token(participant=setup["person"], token=check_in_token(setup["session"]))
    enrollment.refresh_from_db()
    assert enrollment.status == enrollment.Status.ACTIVE
    assert enrollment.completion_checked_at is None  # marked "to decide"
    assert DBTaskResult.objects.filter(task_path__endswith="completion_pending_task").count() == 1
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        _run_worker_command()
    enrollment.refresh_from_db()
    assert enrollment.status == enrollment.Status.COMPLETED
    assert (enrollment.sessions_held, enrollment.sessions_attended) == (1, 1)
    assert enrollment.completion_checked_at is not None


@override_settings(FACULTY_TRAINING_TASK_BACKEND="notifications")
def test_without_a_worker_refresh_completion_decides_what_a_check_in_left(live_setup):
    setup = live_setup
    from faculty_training.services.completion import completion_refresh_due

    enrollment = _ready_but_for_attendance(setup)
    check_in_by_code(participant=setup["person"], code=check_in_code(setup["session"]))
    completion_refresh_due()  # cron, when no worker took the task
    enrollment.refresh_from_db()
    assert enrollment.status == enrollment.Status.COMPLETED


def test_a_register_mark_still_decides_at_once(live_setup):
    setup = live_setup
    """Marks that can take completion away are never left to later."""
    from faculty_training.services.attendance import attendance_mark

    enrollment = _ready_but_for_attendance(setup)
    attendance_mark(
        session=setup["session"],
        participant=setup["person"],
        status=AttendanceRecord.Status.PRESENT,
        method=AttendanceRecord.Method.REGISTER,
    )
    enrollment.refresh_from_db()
    assert enrollment.status == enrollment.Status.COMPLETED
    attendance_mark(
        session=setup["session"],
        participant=setup["person"],
        status=AttendanceRecord.Status.ABSENT,
        method=AttendanceRecord.Method.REGISTER,
    )
    enrollment.refresh_from_db()
    assert enrollment.status == enrollment.Status.ACTIVE


@override_settings(FACULTY_TRAINING_TASK_BACKEND="notifications")
def test_the_check_in_request_costs_the_same_queries_in_a_small_and_a_large_course(client, setup):
    """The QR check-in's queries do not grow with the course (no completion decided in the request)."""
    from django.db import connection as db_connection
    from django.test.utils import CaptureQueriesContext

    def check_in_queries(session, person):
        client.force_login(person)
        with CaptureQueriesContext(db_connection) as captured:
            response = client.post(reverse("faculty_training:check_in_token", args=[check_in_token(session)]))
        assert response.status_code == 302
        return len(captured)

    small = check_in_queries(setup["session"], setup["person"])
    course = setup["course"]
    for _number in range(40):
        enrollment_create(participant=build_participant(), course=course)
    later = build_session(course, starts_in_minutes=-5)
    assert check_in_queries(later, setup["person"]) == small
    assert small <= 14


@override_settings(FACULTY_TRAINING_TASK_BACKEND="notifications")
def test_a_withdrawal_racing_the_worker_never_leaves_a_withdrawn_enrolment_with_a_certificate(live_setup):
    """The worker may complete an enrolment (and issue its certificate) after a withdrawal read it as in
    progress and before it writes: the withdrawal must then be refused, not turn a completed enrolment into
    a withdrawn one that keeps its completion date and a valid certificate."""
    setup = live_setup
    from faculty_training.models import Certificate, Enrollment
    from faculty_training.services.completion import completion_decide_pending
    from faculty_training.services.enrollment import enrollment_withdraw

    enrollment = _ready_but_for_attendance(setup)
    check_in_by_token(participant=setup["person"], token=check_in_token(setup["session"]))

    class WorkerFinishesMeanwhile:
        """The withdrawal asks for the time between reading the enrolment and writing it."""

        @staticmethod
        def now():
            completion_decide_pending(setup["course"].pk)
            return timezone.now()

    with mock.patch("faculty_training.services.enrollment.timezone", WorkerFinishesMeanwhile):
        with pytest.raises(ServiceError) as refused:
            enrollment_withdraw(participant=setup["person"], course=setup["course"])
    assert refused.value.code == "completed"
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED and enrollment.withdrawn_at is None
    assert Certificate.objects.valid().filter(enrollment=enrollment).count() == 1


@override_settings(FACULTY_TRAINING_TASK_BACKEND="notifications")
def test_one_course_that_cannot_be_decided_does_not_hold_back_the_others(live_setup):
    """refresh_completion (cron) decides what check-ins left: a failure in one course is reported and
    every other course is still decided."""
    from django.core.management import CommandError, call_command

    from faculty_training.services import completion

    enrollment = _ready_but_for_attendance(live_setup)
    check_in_by_code(participant=live_setup["person"], code=check_in_code(live_setup["session"]))
    broken = build_content_tree(modules=1, has_live_sessions=True)["course"]
    enrollment_create(participant=build_participant(), course=broken)
    broken_session = build_session(broken, starts_in_minutes=-5)
    type(broken_session).objects.filter(pk=broken_session.pk).update(held_noted_at=None)
    real = completion.completion_evaluate_many

    def failing_for_broken(course, *args, **kwargs):
        if getattr(course, "pk", course) == broken.pk:
            raise ValueError("a broken course")
        return real(course, *args, **kwargs)

    with mock.patch.object(completion, "completion_evaluate_many", side_effect=failing_for_broken):
        with pytest.raises(CommandError, match=str(broken.pk)):
            call_command("refresh_completion")
    enrollment.refresh_from_db()
    assert enrollment.status == enrollment.Status.COMPLETED
    broken_session.refresh_from_db()
    assert broken_session.held_noted_at is None  # tried again next time


def test_the_checked_in_page_answers_only_whoever_checked_in_to_that_session(client, setup):
    """ "Checked in" with a session's title, course and time is shown to whoever checked in to it: any
    other signed-in person (a session of another course, an unpublished or private one, or simply
    one they never checked in to) gets the same 404 as an id that does not exist."""
    url = reverse("faculty_training:check_in_done", args=[setup["session"].pk])
    client.force_login(setup["person"])
    assert client.get(url).status_code == 404
    check_in_by_code(participant=setup["person"], code=check_in_code(setup["session"]))
    response = client.get(url)
    assert response.status_code == 200 and setup["session"].title in response.content.decode()
    client.force_login(build_participant())
    assert client.get(url).status_code == 404
    assert client.get(reverse("faculty_training:check_in_done", args=[10**12])).status_code == 404

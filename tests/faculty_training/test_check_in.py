"""Self check-in: signed rotating tokens and short codes, windows, enrolment, races and rate limits."""

import threading
from datetime import timedelta

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

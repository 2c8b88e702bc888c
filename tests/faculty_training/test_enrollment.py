"""Enrolment: idempotent, closed courses and capacity, withdrawal, and the POST-only views."""

import threading

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from faculty_training.exceptions import ServiceError
from faculty_training.models import Enrollment
from faculty_training.services.enrollment import enrollment_create, enrollment_create_bulk, enrollment_withdraw
from tests.builders import build_content_tree, build_participant, build_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return build_content_tree(modules=2)["course"]


def test_enrolling_twice_keeps_one_enrollment(course):
    person = build_participant()
    first, created = enrollment_create(participant=person, course=course)
    second, created_again = enrollment_create(participant=person, course=course)
    assert created and not created_again
    assert first.pk == second.pk
    assert Enrollment.objects.filter(participant=person, course=course).count() == 1


def test_enrolment_needs_a_profile(course):
    with pytest.raises(ServiceError) as error:
        enrollment_create(participant=build_user(), course=course)
    assert error.value.code == "no_profile"


def test_closed_course_refuses_enrolment(course):
    course.is_enrolment_open = False
    course.save()
    with pytest.raises(ServiceError) as error:
        enrollment_create(participant=build_participant(), course=course)
    assert error.value.code == "closed"


def test_full_course_refuses_the_next_participant(course):
    course.capacity = 1
    course.save()
    enrollment_create(participant=build_participant(), course=course)
    with pytest.raises(ServiceError) as error:
        enrollment_create(participant=build_participant(), course=course)
    assert error.value.code == "full"


def test_withdrawn_participant_frees_a_place_and_may_enrol_again(course):
    course.capacity = 1
    course.save()
    person = build_participant()
    enrollment_create(participant=person, course=course)
    enrollment = enrollment_withdraw(participant=person, course=course)
    assert enrollment.status == Enrollment.Status.WITHDRAWN
    other = build_participant()
    enrollment_create(participant=other, course=course)
    with pytest.raises(ServiceError):
        enrollment_create(participant=person, course=course)


def test_bulk_enrolment_ignores_closed_but_reports_full(course):
    course.is_enrolment_open, course.capacity = False, 2
    course.save()
    people = [build_participant() for _ in range(3)]
    created, already, refused = enrollment_create_bulk(participants=people, course=course, enrolled_by=build_user())
    assert len(created) == 2 and not already
    assert [user for user, _message in refused] == [people[2]]


def test_enrol_view_is_post_only_and_idempotent(client, course):
    person = build_participant()
    client.force_login(person)
    url = reverse("faculty_training:enrol", args=[course.pk])
    assert client.get(url).status_code == 405
    client.post(url)
    response = client.post(url, follow=True)
    assert Enrollment.objects.filter(participant=person, course=course).count() == 1
    assert "You were already enrolled." in response.content.decode()


def test_anonymous_enrol_goes_to_login(client, course):
    response = client.post(reverse("faculty_training:enrol", args=[course.pk]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Enrollment.objects.exists()


def test_enrol_without_csrf_token_is_refused(course):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(build_participant())
    response = client.post(reverse("faculty_training:enrol", args=[course.pk]))
    assert response.status_code == 403
    assert not Enrollment.objects.exists()


def test_course_page_offers_enrolment_in_urdu(client, course):
    client.force_login(build_participant())
    with translation.override("ur"):
        url = course.get_url()
    html = client.get(url).content.decode()
    assert "اس کورس میں رجسٹر ہوں" in html


@pytest.mark.django_db(transaction=True)
def test_concurrent_enrolments_end_in_one_row(on_postgres, migrated_data):
    course = build_content_tree(modules=1)["course"]
    person = build_participant()
    barrier = threading.Barrier(50)
    errors = []

    def enrol():
        try:
            barrier.wait()
            enrollment_create(participant=person, course=course)
        except Exception as error:  # noqa: BLE001  (any failure fails the test below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=enrol) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Enrollment.objects.filter(participant=person, course=course).count() == 1

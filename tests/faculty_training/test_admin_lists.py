"""Admin listings load the related rows their columns show with the page, not one query per row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from faculty_training.models import InstitutionCoordinator, Notification
from tests.builders import build_institution, build_participant, build_user

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _grow(count):
    for _number in range(count):
        user = build_participant()
        Notification.objects.create(recipient=user, kind="enrolment_confirmed", key=f"k{user.pk}")
        InstitutionCoordinator.objects.create(user=build_user(), institution=build_institution())


@pytest.mark.parametrize(
    "url", ["/admin/training/notifications/", "/admin/participants/", "/admin/training/coordinators/"]
)
def test_listing_queries_do_not_grow_with_rows(admin_client, url):
    _grow(2)
    few = _queries(admin_client, url)
    _grow(10)
    assert _queries(admin_client, url) == few


def test_listings_name_people_by_their_names_not_their_usernames(admin_client):
    person = build_participant(username="u-4711", latin_name="Saule Nurlanova")
    Notification.objects.create(recipient=person, kind="enrolment_confirmed", key="named")
    coordinator = build_user(username="u-4712", first_name="Ayesha", last_name="Malik")
    InstitutionCoordinator.objects.create(user=coordinator, institution=build_institution())
    notifications = admin_client.get("/admin/training/notifications/").content.decode()
    assert "Saule Nurlanova" in notifications and "u-4711" not in notifications
    coordinators = admin_client.get("/admin/training/coordinators/").content.decode()
    assert "Ayesha Malik" in coordinators and "u-4712" not in coordinators

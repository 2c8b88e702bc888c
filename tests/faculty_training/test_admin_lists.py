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

"""The participant's dashboard: courses, progress and completion, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.builders import build_content_tree, build_course, build_module, build_participant

pytestmark = pytest.mark.django_db


def _dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("faculty_training:dashboard"))
    assert response.status_code == 200
    return len(queries)


def test_dashboard_query_count_does_not_grow_with_enrolments(client):
    tree = build_content_tree(modules=2)
    person = build_participant()
    client.force_login(person)
    enrollment_create(participant=person, course=tree["course"])
    _dashboard_queries(client)  # warm the per-language site-root cache
    one = _dashboard_queries(client)
    for _ in range(6):
        course = build_course(tree["programme"])
        build_module(course)
        build_module(course)
        enrollment_create(participant=person, course=course)
    assert _dashboard_queries(client) == one


def test_dashboard_shows_progress_and_completion_in_urdu(client):
    tree = build_content_tree(modules=2)
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["modules"][0])
    client.force_login(person)
    with translation.override("ur"):
        html = client.get(reverse("faculty_training:dashboard")).content.decode()
    assert 'dir="rtl"' in html
    assert tree["course"].title_ur in html
    assert "لازمی ماڈیولز کا مطالعہ: 1 از 2۔" in html
    module_progress_mark(participant=person, module=tree["modules"][1])
    with translation.override("ur"):
        html = client.get(reverse("faculty_training:dashboard")).content.decode()
    assert "مکمل" in html


def test_dashboard_needs_login(client):
    response = client.get(reverse("faculty_training:dashboard"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_dashboard_asks_for_a_profile_first(client):
    from tests.builders import build_user

    client.force_login(build_user())
    html = client.get(reverse("faculty_training:dashboard")).content.decode()
    assert reverse("faculty_training:profile") in html

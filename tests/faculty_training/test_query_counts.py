"""Pages at the programme's size: the queries of each page do not grow with the data (N vs 3N rows).

Each test measures a page, triples what it shows or filters (people, enrolments, attendance,
sessions, institutions), and measures again: the count must be the same. The timings of the same
pages on the real-size data set are in benchmarks/scale_pages.py.
"""

from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from faculty_training.models import AttendanceRecord, Enrollment, InstitutionApiToken
from faculty_training.models.records import hash_token
from faculty_training.services.enrollment import enrollment_create
from tests.builders import (
    build_cohort,
    build_completed_enrollment,
    build_content_tree,
    build_course,
    build_group_member,
    build_institution,
    build_module,
    build_participant,
    build_session,
)

pytestmark = pytest.mark.django_db

N = 20  # 3N = 60 passes the records' page size of 50


def _queries(client, url, data=None, repeats_allowed=False, **headers):
    client.get(url, data, **headers)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data, **headers)
    assert response.status_code == 200, response.status_code
    repeated = [sql for sql, times in Counter(query["sql"] for query in queries).items() if times > 1]
    assert repeats_allowed or repeated == [], "a page runs the same query twice"
    return len(queries)


@pytest.fixture
def course():
    return build_content_tree(modules=2, has_live_sessions=True)["course"]


def _grow(course, size, sessions=()):
    """``size`` more enrolled people in ``course`` (each from a new institution batch), present at ``sessions``."""
    people = build_cohort(course, size)
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=session, participant=person, status="present", method="register")
        for session in sessions
        for person in people
    )
    Enrollment.objects.filter(course=course, participant__in=people).update(status="completed")
    return people


def test_participant_dashboard(client, course):
    enrollment, tree = build_completed_enrollment()  # one course done, with its certificate
    person = enrollment.participant
    enrollment_create(participant=person, course=course)
    build_session(course, starts_in_minutes=60 * 24)
    client.force_login(person)
    url = reverse("faculty_training:dashboard")
    before = _queries(client, url)
    for _number in range(2):  # two more courses with sessions, and many more people everywhere
        other = build_course(course.get_parent(), has_live_sessions=True)
        build_module(other)
        build_session(other, starts_in_minutes=60 * 48)
        enrollment_create(participant=person, course=other)
        _grow(other, N)
    _grow(course, 2 * N)
    assert _queries(client, url) == before


def test_course_page(client, course):
    sessions = [build_session(course, starts_in_minutes=-60 * 24 * day) for day in (1, 2)]
    _grow(course, N, sessions)
    url = course.get_url()
    # Wagtail's routing and the page's menu read the home page and its children again (known, left).
    before = _queries(client, url, repeats_allowed=True)
    sessions += [build_session(course, starts_in_minutes=60 * 24 * day) for day in (1, 2, 3, 4)]
    _grow(course, 2 * N, sessions)
    assert _queries(client, url, repeats_allowed=True) == before


def test_register_of_a_session(client, course):
    session = build_session(course, starts_in_minutes=-60)
    _grow(course, N, [session])
    client.force_login(build_group_member("Programme administrators", is_staff=True))
    url = reverse("faculty_training_register", args=[session.pk])
    before = _queries(client, url)
    _grow(course, 2 * N, [session])
    assert _queries(client, url) == before


@pytest.mark.parametrize("filters", [{}, {"country": "PK", "status": "completed", "sort": "name"}])
def test_records_page_of_the_administrator(client, course, filters):
    session = build_session(course, starts_in_minutes=-60)
    _grow(course, N, [session])
    client.force_login(build_group_member("Programme administrators", is_staff=True))
    url = reverse("faculty_training_records:index")
    before = _queries(client, url, filters)
    for _batch in range(2):  # each batch brings its own institution: more institutions and people
        _grow(course, N, [session])
    build_institution(code="KZ-QC-1", country="KZ")
    assert _queries(client, url, filters) == before
    assert _queries(client, url, {**filters, "page": 2}) == before


def test_records_api_page(client, course):
    institution = build_institution(code="PK-API-1", country="PK")
    for _person in range(3):
        enrollment_create(participant=build_participant(institution=institution), course=course)
    secret = InstitutionApiToken.new_secret()
    InstitutionApiToken.objects.create(
        institution=institution, name="HR", token_hash=hash_token(secret), prefix=secret[:8]
    )
    headers = {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
    before = _queries(client, "/api/v1/records/", {"page_size": 100}, **headers)
    for _person in range(2 * 3):
        enrollment_create(participant=build_participant(institution=institution), course=course)
    _grow(course, 2 * N)  # other institutions' people: not in the token's scope
    assert _queries(client, "/api/v1/records/", {"page_size": 100}, **headers) == before


def test_records_charts_are_cached_per_scope_and_language(client, course, settings):
    settings.FACULTY_TRAINING_RECORDS_CHARTS_CACHE_SECONDS = 300
    session = build_session(course, starts_in_minutes=-60)
    _grow(course, N, [session])
    client.force_login(build_group_member("Programme administrators", is_staff=True))
    url = reverse("faculty_training_records:index")
    first = client.get(url)
    with CaptureQueriesContext(connection) as again:
        second = client.get(url)
    assert second.context["charts"] == first.context["charts"]
    with CaptureQueriesContext(connection) as urdu:
        client.get("/ur" + url[3:])
    assert len(again) < len(urdu)  # Urdu drew its own charts: titles are translated when drawn
    coordinator = build_group_member("Institution coordinators")
    from faculty_training.models import InstitutionCoordinator

    InstitutionCoordinator.objects.create(user=coordinator, institution=build_institution(code="PK-OWN"))
    client.force_login(coordinator)
    own = client.get(url).context["charts"]
    assert own != first.context["charts"]  # another scope never gets the administrators' counts


def test_the_records_page_reads_its_rows_once(client, course):
    """The page's rows are read once (a second identical query used to read them again for its length)."""
    from collections import Counter

    session = build_session(course, starts_in_minutes=-60)
    _grow(course, N, [session])
    client.force_login(build_group_member("Programme administrators", is_staff=True))
    url = reverse("faculty_training_records:index")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    repeated = [sql for sql, times in Counter(query["sql"] for query in queries).items() if times > 1]
    assert repeated == []

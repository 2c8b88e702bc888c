"""Calendar feeds: valid iCalendar with correct time zones, public per session, secret per person."""

import zoneinfo
from datetime import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_participant, build_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    course = build_content_tree(modules=1)["course"]
    almaty = zoneinfo.ZoneInfo("Asia/Almaty")
    session = build_session(
        course,
        starts_at=datetime(2026, 12, 3, 15, 0, tzinfo=almaty),
        ends_at=datetime(2026, 12, 3, 17, 0, tzinfo=almaty),
        time_zone="Asia/Almaty",
        online_link="https://meet.example.org/secret-room",
        mode="online",
    )
    return {"course": course, "session": session}


def _events(body):
    return [component for component in Calendar.from_ical(body).walk() if component.name == "VEVENT"]


def test_session_ics_parses_back_with_its_zone(client, setup):
    response = client.get(reverse("faculty_training:session_ics", args=[setup["session"].pk]))
    assert response["Content-Type"].startswith("text/calendar")
    (event,) = _events(response.content)
    start = event.decoded("dtstart")
    assert start == datetime(2026, 12, 3, 10, 0, tzinfo=zoneinfo.ZoneInfo("UTC"))
    assert str(start.tzinfo) == "Asia/Almaty"
    assert b"BEGIN:VTIMEZONE" in response.content and b"TZID:Asia/Almaty" in response.content
    assert "secret-room" not in response.content.decode()  # the public feed keeps the link private


def test_personal_feed_by_secret_key_lists_my_sessions_with_links(client, setup):
    person = build_participant()
    enrollment_create(participant=person, course=setup["course"])
    client.force_login(person)
    html = client.get(reverse("faculty_training:dashboard")).content.decode()
    key = person.participant_profile.__class__.objects.get(user=person).calendar_key
    assert len(key) >= 32 and key in html
    client.logout()
    response = client.get(reverse("faculty_training:my_calendar"), {"key": key})
    (event,) = _events(response.content)
    assert "secret-room" in str(event.get("description"))


def test_personal_feed_refuses_a_wrong_key_and_anonymous(client, setup):
    assert client.get(reverse("faculty_training:my_calendar"), {"key": "x" * 32}).status_code == 404
    assert client.get(reverse("faculty_training:my_calendar")).status_code == 403


def test_an_independent_parser_reads_the_feed_with_a_revision_stamp_not_the_start(client, setup):
    """vobject (a second, independent iCalendar implementation) reads the same file: DTSTAMP is when
    the session was last revised (RFC 5545 3.8.7.2), never its future start."""
    import vobject
    from django.utils import timezone

    before = timezone.now()
    setup["session"].venue = "Hall 3"
    setup["session"].save()
    body = client.get(reverse("faculty_training:session_ics", args=[setup["session"].pk])).content.decode()
    calendar = vobject.readOne(body)
    event = calendar.vevent
    stamp = event.dtstamp.value
    assert before.replace(microsecond=0) <= stamp <= timezone.now()
    assert stamp < event.dtstart.value
    assert event.dtstart.value.tzinfo is not None and event.location.value == "Hall 3"


def test_personal_feed_says_its_owners_language(client, setup):
    person = build_participant(preferred_language="kk")
    enrollment_create(participant=person, course=setup["course"])
    from faculty_training.services.calendars import calendar_key_for

    response = client.get("/en/training/my/calendar.ics", {"key": calendar_key_for(person)})
    assert response["Content-Language"] == "kk"
    (event,) = _events(response.content)
    assert event["summary"].params["LANGUAGE"] == "kk"


@pytest.mark.parametrize("restriction", ["login", "groups"])
def test_a_session_of_a_private_course_has_no_public_calendar_file(client, restriction):
    """The public session file (title, time, place, course) is for sessions of courses anyone may
    read: behind Wagtail's privacy (signed-in people, or some groups) it is not found for anonymous
    visitors and people outside those groups, as the page is not shown to them."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    course = build_content_tree(modules=1)["course"]
    session = build_session(course, title_en="Closed board meeting")
    url = reverse("faculty_training:session_ics", args=[session.pk])
    assert client.get(url).status_code == 200
    privacy = PageViewRestriction.objects.create(page=course, restriction_type=restriction)
    if restriction == "groups":
        privacy.groups.add(Group.objects.get(name="Programme administrators"))
    assert client.get(url).status_code == 404
    if restriction == "groups":  # someone signed in but outside those groups
        client.force_login(build_participant())
        assert client.get(url).status_code == 404


def test_a_session_of_a_course_for_signed_in_people_is_theirs_to_download(client):
    from wagtail.models import PageViewRestriction

    course = build_content_tree(modules=1)["course"]
    session = build_session(course)
    PageViewRestriction.objects.create(page=course, restriction_type="login")
    client.force_login(build_participant())
    assert client.get(reverse("faculty_training:session_ics", args=[session.pk])).status_code == 200

"""HTML that tools read: ids referenced by aria-describedby exist, ids are unique, <time> values are valid."""

import re

import pytest
from django.urls import reverse

from tests.builders import build_content_tree, build_institution, build_participant, build_session

pytestmark = pytest.mark.django_db

# HTML's global date-and-time: date, T, time with at most three fraction digits, then Z or an offset.
VALID_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2}))?$")


def assert_references_hold(html):
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for refs in re.findall(r'aria-(?:describedby|labelledby)="([^"]+)"', html):
        for ref in refs.split():
            assert ref in ids, f"aria reference to a missing id: {ref}"
    for value in re.findall(r'<time datetime="([^"]*)"', html):
        assert VALID_DATETIME.match(value), value


def test_signup_and_profile_help_texts_are_read_by_screen_readers(client):
    build_institution()
    assert_references_hold(client.get("/en/accounts/signup/").content.decode())
    client.force_login(build_participant())
    html = client.get(reverse("faculty_training:profile")).content.decode()
    assert 'aria-describedby="id_latin_name_helptext"' in html
    assert_references_hold(html)


def test_dashboard_and_course_page_times_are_valid_html(client):
    tree = build_content_tree(modules=1)
    build_session(tree["course"], starts_in_minutes=60)
    person = build_participant()
    client.force_login(person)
    client.post(reverse("faculty_training:enrol", args=[tree["course"].pk]))
    for url in (reverse("faculty_training:dashboard"), tree["course"].get_url()):
        html = client.get(url).content.decode()
        assert "<time datetime" in html
        assert_references_hold(html)

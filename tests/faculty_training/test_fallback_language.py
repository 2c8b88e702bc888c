"""Text shown in English on a page in another language says so (lang, dir), for screen readers and bidi."""

import pytest
from django.urls import reverse
from django.utils import translation

from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_participant, build_session

pytestmark = pytest.mark.django_db


def _urdu_dashboard():
    with translation.override("ur"):
        return reverse("faculty_training:dashboard")


def test_an_untranslated_session_title_on_an_urdu_dashboard_is_marked_english(client):
    tree = build_content_tree(modules=1)
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    build_session(tree["course"], starts_in_minutes=60 * 24, title_en="Giving feedback", title_ur="")
    build_session(tree["course"], starts_in_minutes=60 * 48, title_en="OSCE stations", title_ur="او ایس سی ای اسٹیشن")
    client.force_login(person)
    page = client.get(_urdu_dashboard()).content.decode()
    assert '<span lang="en" dir="ltr">Giving feedback</span>' in page
    assert "او ایس سی ای اسٹیشن" in page and '<span lang="en" dir="ltr">OSCE stations' not in page


def test_a_fallback_title_is_still_escaped(client):
    tree = build_content_tree(modules=1)
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    build_session(tree["course"], starts_in_minutes=60 * 24, title_en="<b>Bold</b> & co", title_ur="")
    client.force_login(person)
    page = client.get(_urdu_dashboard()).content.decode()
    assert '<span lang="en" dir="ltr">&lt;b&gt;Bold&lt;/b&gt; &amp; co</span>' in page

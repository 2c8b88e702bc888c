"""Each role lands where its work is, a newcomer's next step is one click away, and addresses
without a language follow the signed-in person's language."""

import pytest
from django.urls import reverse

from faculty_training.models import InstitutionCoordinator
from faculty_training.services.check_in import check_in_token
from tests.builders import (
    build_content_tree,
    build_group_member,
    build_institution,
    build_participant,
    build_session,
)

pytestmark = pytest.mark.django_db
PASSWORD = "pass-12345-word"


def log_in(client, user, language="en"):
    response = client.post(f"/{language}/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return response["Location"]


def test_faculty_land_on_their_dashboard_in_their_language(client):
    build_content_tree()
    person = build_participant(preferred_language="kk")
    assert log_in(client, person) == "/kk/training/my/"


def test_coordinators_land_on_the_records_not_a_profile_form(client):
    coordinator = build_group_member("Institution coordinators")
    InstitutionCoordinator.objects.create(user=coordinator, institution=build_institution())
    assert log_in(client, coordinator, "ru") == "/ru/records/"


def test_facilitators_land_on_their_sessions_this_week_one_click_from_the_register(client):
    tree = build_content_tree()
    facilitator = build_group_member("Facilitators", is_staff=True)
    mine = build_session(tree["course"], starts_in_minutes=30)
    mine.facilitators.add(facilitator)
    other = build_session(tree["course"], starts_in_minutes=60)
    assert log_in(client, facilitator) == reverse("faculty_training_today")
    html = client.get(reverse("faculty_training_today")).content.decode()
    assert reverse("faculty_training_register", args=[mine.pk]) in html
    assert reverse("faculty_training_projector", args=[mine.pk]) in html
    assert reverse("faculty_training_register", args=[other.pk]) not in html


def test_editors_and_administrators_land_in_the_admin(client):
    for group in ("Editors", "Programme administrators"):
        user = build_group_member(group, is_staff=True)
        assert log_in(client, user) == reverse("wagtailadmin_home")
        client.logout()


def test_a_new_participant_has_a_way_to_the_courses(client):
    tree = build_content_tree()
    tree["index"].save_revision().publish()
    person = build_participant()
    client.force_login(person)
    html = client.get("/en/training/my/").content.decode()
    assert "You are not enrolled in any course yet." in html
    assert f'href="{tree["index"].get_url()}"' in html  # the next step, and in the header for everyone
    client.logout()
    assert f'href="{tree["index"].get_url()}"' in client.get("/en/verify/").content.decode()


def test_a_qr_address_without_language_opens_in_the_participants_language(client):
    tree = build_content_tree()
    session = build_session(tree["course"], starts_in_minutes=-5)
    person = build_participant(preferred_language="ur")
    log_in(client, person)
    token = check_in_token(session)
    response = client.get(f"/training/check-in/{token}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response["Location"].startswith("/ur/training/check-in/")
    # A stranger's phone follows its browser language as before.
    client.logout()
    other = client.get(f"/training/check-in/{token}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert other["Location"].startswith("/ru/")


def test_the_projector_speaks_the_courses_language_and_can_switch(client):
    tree = build_content_tree(delivery_languages=["kk", "ru"])
    session = build_session(tree["course"], starts_in_minutes=-5)
    administrator = build_group_member("Programme administrators", is_staff=True)
    client.force_login(administrator)
    url = reverse("faculty_training_projector", args=[session.pk])
    html = client.get(url).content.decode()
    assert '<html lang="kk"' in html and "Check in" not in html
    urdu = client.get(url, {"lang": "ur"}).content.decode()
    assert '<html lang="ur" dir="rtl"' in urdu


def test_the_header_link_to_the_programmes_is_cached_and_follows_publishing(client):
    """The header asks every page for the programmes' address: read once per language until pages
    change, then read again (in every process: the key's generation lives in the shared cache)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    tree = build_content_tree()
    tree["index"].save_revision().publish()
    link = f'href="{tree["index"].get_url()}"'
    assert link in client.get("/en/verify/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        assert link in client.get("/en/verify/").content.decode()
    assert not [query for query in queries if "programindexpage" in query["sql"]]
    tree["index"].unpublish()
    assert link not in client.get("/en/verify/").content.decode()
    tree["index"].save_revision().publish()
    assert link in client.get("/en/verify/").content.decode()
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=tree["index"], restriction_type="login")
    assert link not in client.get("/en/verify/").content.decode()  # a private index is no header link

"""Log-in, profile and password reset (imported accounts too), in the participant's language.

Sign-up is in test_signup.py, log-in throttling in tests/cms/test_login_throttle.py."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from faculty_training.services.imports import participants_import
from tests.builders import build_institution, build_participant

pytestmark = pytest.mark.django_db

PASSWORD = "Kardiologiya-2025!"


def test_login_lands_on_the_dashboard_in_the_preferred_language(client):
    person = build_participant(username="aliya", preferred_language="kk", institution=build_institution(country="KZ"))
    person.set_password(PASSWORD)
    person.save()
    response = client.post("/en/accounts/login/", {"username": "aliya", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/kk/training/my/"
    assert client.session["faculty_training_time_zone"] == "Asia/Almaty"


def test_password_reset_mail_is_in_the_preferred_language(client):
    person = build_participant(username="resetme", preferred_language="ru")
    person.email = "resetme@example.org"
    person.save()
    response = client.post("/en/accounts/password-reset/", {"email": "resetme@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Выберите новый пароль для сайта повышения квалификации ППС"
    assert "/ru/accounts/reset/" in message.body


def test_profile_page_saves_changes(client):
    person = build_participant(username="editor-of-self")
    client.force_login(person)
    profile = person.participant_profile
    data = {
        "latin_name": "Ayesha Khan Niazi",
        "native_name": "عائشہ خان نیازی",
        "institution": profile.institution_id,
        "discipline": "nursing",
        "position": "Lecturer",
        "registration_number": "PMDC-1234",
        "preferred_language": "ur",
        "time_zone": "Asia/Almaty",
    }
    response = client.post(reverse("faculty_training:profile"), data)
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.latin_name, profile.discipline, profile.time_zone) == (
        "Ayesha Khan Niazi",
        "nursing",
        "Asia/Almaty",
    )


def _link(message):
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def test_imported_account_receives_the_reset_email_and_can_set_a_password_and_log_in(client):
    build_institution(code="PK-ISB-MU", country="PK")
    header = (
        "email,latin_name,native_name,institution_code,discipline,position,registration_number,preferred_language\n"
    )
    data = (header + "imran@example.org,Imran Hussain,عمران حسین,PK-ISB-MU,medicine,,,ur\n").encode()
    assert participants_import(data, "people.csv").ok
    assert not get_user_model().objects.get(email="imran@example.org").has_usable_password()

    response = client.post("/en/accounts/password-reset/", {"email": "Imran@Example.org"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["imran@example.org"]
    assert "/ur/accounts/reset/" in message.body  # in the language the import gave the person
    form_page = client.get(_link(message), follow=True)
    assert 'name="new_password1"' in form_page.content.decode()
    set_url = form_page.redirect_chain[-1][0]
    saved = client.post(set_url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert saved.status_code == 302
    logged_in = client.post("/en/accounts/login/", {"username": "imran@example.org", "password": PASSWORD})
    assert logged_in.status_code == 302 and logged_in["Location"] == "/ur/training/my/"
    assert client.session["_auth_user_id"] == str(get_user_model().objects.get(email="imran@example.org").pk)


def test_password_reset_says_the_same_and_sends_nothing_for_unknown_or_inactive_accounts(client):
    person = build_participant(username="gone")
    person.set_unusable_password()
    person.is_active = False
    person.save()
    known = client.post("/en/accounts/password-reset/", {"email": "gone@example.org"})
    unknown = client.post("/en/accounts/password-reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert mail.outbox == []


@override_settings(FACULTY_TRAINING_ACCOUNT_EMAIL_RATE="3/h")
def test_account_emails_to_one_address_are_limited_whoever_asks_with_a_translated_page(client):
    build_participant(username="target")
    for number in range(3):
        response = client.post(
            "/ru/accounts/password-reset/", {"email": "target@example.org"}, REMOTE_ADDR=f"203.0.113.{number}"
        )
        assert response.status_code == 302
    refused = client.post("/ru/accounts/password-reset/", {"email": "TARGET@example.org"}, REMOTE_ADDR="198.51.100.1")
    assert refused.status_code == 429
    assert "Слишком много запросов" in refused.content.decode()
    assert len(mail.outbox) == 3
    assert client.post("/ru/accounts/password-reset/", {"email": "other@example.org"}).status_code == 302


@override_settings(FACULTY_TRAINING_ACCOUNT_EMAIL_ADDRESS_RATE="4/h")
def test_reset_requests_from_one_network_are_limited_far_above_one_person(client):
    for number in range(4):
        response = client.post(
            "/en/accounts/password-reset/", {"email": f"colleague{number}@example.org"}, REMOTE_ADDR="10.5.5.5"
        )
        assert response.status_code == 302
    assert (
        client.post("/en/accounts/password-reset/", {"email": "late@example.org"}, REMOTE_ADDR="10.5.5.5").status_code
        == 429
    )
    assert (
        client.post("/en/accounts/password-reset/", {"email": "late@example.org"}, REMOTE_ADDR="10.6.6.6").status_code
        == 302
    )


@pytest.mark.parametrize("typed", ["Mixed.Case@Example.org", "MIXED.CASE@EXAMPLE.ORG", "  mixed.case@example.org "])
def test_log_in_with_the_e_mail_address_in_any_letter_case(client, typed):
    from django.contrib.auth import get_user_model

    from tests.builders import build_user

    build_user(username="u-9001")
    get_user_model().objects.filter(username="u-9001").update(email="mixed.case@example.org")
    response = client.post("/en/accounts/login/", {"username": typed, "password": "pass-12345-word"})
    assert response.status_code == 302


def test_the_login_field_does_not_capitalise_on_phones(client):
    html = client.get("/en/accounts/login/").content.decode()
    assert 'autocapitalize="none"' in html

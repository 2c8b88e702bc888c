"""Sign-up, log-in with throttling, profile and password reset, in the participant's language."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation

from faculty_training.models import ParticipantProfile
from tests.builders import build_institution, build_participant

pytestmark = pytest.mark.django_db

PASSWORD = "Kardiologiya-2025!"


def _signup_data(institution, **overrides):
    data = {
        "email": "Ayesha.Khan@Example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "latin_name": "Ayesha  Khan",
        "native_name": "\u202bعائشہ خان\u202c",
        "institution": institution.pk,
        "discipline": "dentistry",
        "position": "Assistant Professor",
        "registration_number": "",
        "preferred_language": "ur",
        "time_zone": "",
    }
    data.update(overrides)
    return data


def test_signup_in_urdu_creates_account_and_normalised_profile(client):
    institution = build_institution(country="PK")
    with translation.override("ur"):
        url = reverse("signup")
    assert url == "/ur/accounts/signup/"
    page = client.get(url).content.decode()
    assert 'dir="rtl"' in page and "اکاؤنٹ بنائیں" in page
    response = client.post(url, _signup_data(institution))
    assert response.status_code == 302
    assert response["Location"] == "/ur/training/my/"
    profile = ParticipantProfile.objects.get()
    assert profile.user.username == "ayesha.khan@example.org"
    assert profile.latin_name == "Ayesha Khan"
    assert profile.native_name == "عائشہ خان"
    assert profile.effective_time_zone.key == "Asia/Karachi"


def test_signup_refuses_an_email_that_exists_in_another_case(client):
    institution = build_institution()
    get_user_model().objects.create_user("ayesha.khan@example.org", "ayesha.khan@example.org", "x")
    with translation.override("ru"):
        response = client.post(reverse("signup"), _signup_data(institution))
    assert response.status_code == 200
    assert "Учётная запись с этим адресом электронной почты уже существует." in response.content.decode()
    assert get_user_model().objects.count() == 1


def test_signup_errors_are_translated_and_keep_what_was_typed(client):
    institution = build_institution()
    with translation.override("kk"):
        response = client.post(reverse("signup"), _signup_data(institution, latin_name="Айгерим", password2="other"))
    html = response.content.decode()
    assert "Атыңызды төлқұжаттағыдай латын әріптерімен жазыңыз" in html
    assert "Екі құпиясөз сәйкес келмейді." in html
    assert 'value="Ayesha.Khan@Example.org"' in html
    assert not ParticipantProfile.objects.exists()


def test_signup_refuses_html_in_names(client):
    institution = build_institution()
    response = client.post(reverse("signup"), _signup_data(institution, native_name="<img src=x onerror=alert(1)>"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "A name cannot contain &lt;, &gt;, braces, backslashes or code." in html
    assert "<img src=x" not in html
    assert not ParticipantProfile.objects.exists()


def test_django_password_rules_are_shown_in_urdu(client):
    institution = build_institution()
    with translation.override("ur"):
        response = client.post(reverse("signup"), _signup_data(institution, password1="123", password2="123"))
    html = response.content.decode()
    assert "یہ پاس ورڈ بہت چھوٹا ہے۔" in html
    assert "یہ پاس ورڈ صرف ہندسوں پر مشتمل ہے۔" in html


def test_login_lands_on_the_dashboard_in_the_preferred_language(client):
    person = build_participant(username="aliya", preferred_language="kk", institution=build_institution(country="KZ"))
    person.set_password(PASSWORD)
    person.save()
    response = client.post("/en/accounts/login/", {"username": "aliya", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/kk/training/my/"
    assert client.session["faculty_training_time_zone"] == "Asia/Almaty"


def test_repeated_wrong_passwords_for_one_account_are_refused_for_a_while(client):
    person = build_participant(username="target")
    person.set_password(PASSWORD)
    person.save()
    for _ in range(5):
        client.post("/en/accounts/login/", {"username": "target", "password": "wrong"}, REMOTE_ADDR="10.0.0.1")
    with translation.override("ru"):
        response = client.post(
            "/ru/accounts/login/", {"username": "target", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2"
        )
    assert response.status_code == 429
    assert "Слишком много попыток" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failures_from_one_address_are_refused_for_any_account(client):
    for number in range(5):
        client.post("/en/accounts/login/", {"username": f"guess{number}", "password": "wrong"}, REMOTE_ADDR="10.9.9.9")
    person = build_participant(username="innocent")
    person.set_password(PASSWORD)
    person.save()
    response = client.post(
        "/en/accounts/login/", {"username": "innocent", "password": PASSWORD}, REMOTE_ADDR="10.9.9.9"
    )
    assert response.status_code == 429
    other_address = client.post(
        "/en/accounts/login/", {"username": "innocent", "password": PASSWORD}, REMOTE_ADDR="10.1.1.1"
    )
    assert other_address.status_code == 302


def test_password_reset_mail_is_in_the_preferred_language(client):
    person = build_participant(username="resetme", preferred_language="ru")
    person.email = "resetme@example.org"
    person.save()
    response = client.post("/en/accounts/password-reset/", {"email": "resetme@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Выберите новый пароль для сайта подготовки преподавателей"
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


@pytest.mark.django_db
def test_password_reset_requests_are_throttled_per_address_with_a_translated_page(client):
    from django.test import override_settings

    with override_settings(FACULTY_TRAINING_PASSWORD_RESET_RATE="3/h"):
        for _ in range(3):
            assert (
                client.post(
                    "/ru/accounts/password-reset/", {"email": "x@example.org"}, REMOTE_ADDR="10.5.5.5"
                ).status_code
                == 302
            )
        response = client.post("/ru/accounts/password-reset/", {"email": "x@example.org"}, REMOTE_ADDR="10.5.5.5")
        assert response.status_code == 429
        assert "Слишком много запросов на сброс пароля" in response.content.decode()
        assert (
            client.post("/ru/accounts/password-reset/", {"email": "x@example.org"}, REMOTE_ADDR="10.6.6.6").status_code
            == 302
        )

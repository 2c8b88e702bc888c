"""Log-in throttling (django-axes): an account is locked from one address, an address only far above a classroom."""

import pytest
from django.test import override_settings
from django.utils import translation

from tests.builders import build_participant

pytestmark = pytest.mark.django_db

PASSWORD = "Kardiologiya-2025!"
LECTURE_HALL = "10.0.0.1"
PROXY = "10.0.0.254"


def _person(username):
    person = build_participant(username=username)
    person.set_password(PASSWORD)
    person.save()
    return person


def _log_in(client, username, password, **meta):
    return client.post("/en/accounts/login/", {"username": username, "password": password}, **meta)


def test_repeated_wrong_passwords_lock_the_account_from_that_address_with_a_translated_page(client):
    _person("target")
    for _ in range(5):
        _log_in(client, "target", "wrong", REMOTE_ADDR=LECTURE_HALL)
    with translation.override("ru"):
        response = client.post(
            "/ru/accounts/login/", {"username": "target", "password": PASSWORD}, REMOTE_ADDR=LECTURE_HALL
        )
    assert response.status_code == 429
    assert "Слишком много попыток" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_for_one_account_do_not_lock_another_behind_the_same_address(client):
    _person("careless")
    _person("classmate")
    for _ in range(5):
        _log_in(client, "careless", "wrong", REMOTE_ADDR=LECTURE_HALL)
    assert _log_in(client, "careless", PASSWORD, REMOTE_ADDR=LECTURE_HALL).status_code == 429
    assert _log_in(client, "classmate", PASSWORD, REMOTE_ADDR=LECTURE_HALL).status_code == 302


@override_settings(LOGIN_FAILURE_LIMIT_PER_ADDRESS=8)
def test_many_failures_from_one_address_lock_it_for_every_account(client):
    for number in range(8):
        _log_in(client, f"guess{number}", "wrong", REMOTE_ADDR="203.0.113.66")
    _person("innocent")
    assert _log_in(client, "innocent", PASSWORD, REMOTE_ADDR="203.0.113.66").status_code == 429
    assert _log_in(client, "innocent", PASSWORD, REMOTE_ADDR=LECTURE_HALL).status_code == 302


@override_settings(LOGIN_FAILURE_LIMIT_PER_ADDRESS=8)
def test_a_successful_log_in_does_not_clear_the_failures_of_its_address(client):
    _person("accomplice")
    for number in range(7):
        _log_in(client, f"guess{number}", "wrong", REMOTE_ADDR="203.0.113.66")
    assert _log_in(client, "accomplice", PASSWORD, REMOTE_ADDR="203.0.113.66").status_code == 302
    client.logout()
    _log_in(client, "guess7", "wrong", REMOTE_ADDR="203.0.113.66")
    assert _log_in(client, "accomplice", PASSWORD, REMOTE_ADDR="203.0.113.66").status_code == 429


@override_settings(LOGIN_FAILURE_LIMIT_PER_ACCOUNT=12)
def test_one_account_attacked_from_many_addresses_is_locked_everywhere(client):
    _person("target")
    for number in range(12):
        _log_in(client, "target", "wrong", REMOTE_ADDR=f"203.0.113.{number}")
    assert _log_in(client, "target", PASSWORD, REMOTE_ADDR=LECTURE_HALL).status_code == 429


@override_settings(FACULTY_TRAINING_TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_lock_follows_the_forwarded_client_address(client):
    _person("target")
    for _ in range(5):
        _log_in(client, "target", "wrong", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert _log_in(client, "target", PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    response = _log_in(client, "target", PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert response.status_code == 302


def test_the_admin_log_in_is_throttled_the_same_way(client):
    from tests.builders import build_user

    build_user(username="editor1", password=PASSWORD, is_staff=True)
    build_user(username="editor2", password=PASSWORD, is_staff=True)
    for _ in range(5):
        client.post("/admin/login/", {"username": "editor1", "password": "wrong"}, REMOTE_ADDR=LECTURE_HALL)
    locked = client.post("/admin/login/", {"username": "editor1", "password": PASSWORD}, REMOTE_ADDR=LECTURE_HALL)
    assert locked.status_code == 429
    other = client.post("/admin/login/", {"username": "editor2", "password": PASSWORD}, REMOTE_ADDR=LECTURE_HALL)
    assert other.status_code == 302

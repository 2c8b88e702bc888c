"""HEAD on every public GET address (RFC 9110 §9.3.2), and media types that match what is served."""

import pytest
from django.urls import reverse

from faculty_training.credentials import crypto
from faculty_training.services import credentials as service
from tests.builders import build_content_tree, build_institution

pytestmark = pytest.mark.django_db


@pytest.fixture
def issuer(settings, tmp_path):
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(tmp_path / "keys")
    institution = build_institution(code="PK-HEAD-MU")
    service.issuer_key_create(institution)
    return institution


def _public_addresses(issuer):
    course = build_content_tree(modules=1)["course"]
    return [
        "/.well-known/jwks.json",
        f"/issuers/{issuer.code}/did.json",
        f"/credentials/status/{issuer.code}/",
        reverse("faculty_training_credentials:achievement", args=[course.pk]),
        "/en/verify/",
    ]


def test_head_answers_like_get_without_a_body(client, issuer):
    for address in _public_addresses(issuer):
        got, head = client.get(address), client.head(address)
        assert got.status_code == 200, address
        assert head.status_code == 200 and head.content == b"", address
        assert head["Content-Type"] == got["Content-Type"], address


def test_other_methods_are_still_refused_with_the_allowed_ones_named(client, issuer):
    response = client.delete("/.well-known/jwks.json")
    assert response.status_code == 405 and set(response["Allow"].split(", ")) == {"GET", "HEAD"}


def test_the_status_list_says_in_its_header_what_it_is_served_as(client, issuer):
    response = client.get(f"/credentials/status/{issuer.code}/")
    assert response["Content-Type"] == "application/vc+jwt"
    assert crypto.jws_header(response.content.decode())["typ"] == "vc+jwt"

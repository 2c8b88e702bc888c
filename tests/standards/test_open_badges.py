"""Issued credentials held to standards others check: the Open Badges 3.0 data model as 1EdTech
wrote it (its model source, see openbadges_model.py), the VC-JWT claims of OB 3.0 §8.2, and an
independent JOSE library (PyJWT) resolving the key through did:web and the JWKS, for both kinds
of issuer key."""

import copy
import json
import os
import warnings

import pytest

from faculty_training.models import Certificate
from faculty_training.services import credentials as service
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.builders import build_content_tree, build_institution, build_participant

from .openbadges_model import schema_for

pytestmark = pytest.mark.django_db


def _tool(module):
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {module} (requirements-dev.txt)")
        pytest.skip(f"{module} is not installed: pip install -r requirements-dev.txt")


@pytest.fixture
def issued(settings, tmp_path, request):
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(tmp_path / "keys")
    issuer = build_institution(code="PK-OB3-MU")
    service.issuer_key_create(issuer, algorithm=request.param)
    tree = build_content_tree(modules=1)
    tree["programme"].issuing_institution = issuer
    tree["programme"].save()
    tree["course"].certificate_valid_months = 24
    tree["course"].save()
    participant = build_participant(native_name="Әлия Жақсыбекова")
    enrollment_create(participant=participant, course=tree["course"])
    module_progress_mark(participant=participant, module=tree["modules"][0])
    return Certificate.objects.select_related("issuer_key__institution").get(participant=participant)


def _validator(class_name):
    jsonschema = _tool("jsonschema")
    schema = schema_for(class_name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _errors(validator, document):
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(document)]


def _decoded(client, certificate):
    """The credential as a relying party gets it: PyJWT verifies it with the key found through
    did:web, and checks the claims OB 3.0 §8.2.4 requires."""
    jwt = _tool("jwt")
    header = jwt.get_unverified_header(certificate.credential)
    did, _hash, _fragment = header["kid"].partition("#")
    document = client.get("/" + did.split(":", 3)[3].replace(":", "/") + "/did.json").json()
    [method] = [method for method in document["verificationMethod"] if method["id"] == header["kid"]]
    assert header["kid"] in document["assertionMethod"]
    assert method["publicKeyJwk"] in client.get("/.well-known/jwks.json").json()["keys"]
    claims = jwt.decode(
        certificate.credential,
        key=jwt.PyJWK(method["publicKeyJwk"]),
        algorithms=[header["alg"]],
        options={"require": ["iss", "sub", "jti", "nbf", "exp"], "verify_aud": False},
    )
    # A second JOSE implementation, written apart from PyJWT, reads the same payload.
    joserfc = _tool("joserfc")
    from joserfc import jwk, jws

    with warnings.catch_warnings():  # joserfc warns that RFC 9864 prefers "Ed25519" to "EdDSA" (see docs)
        warnings.simplefilter("ignore")
        verified = jws.deserialize_compact(
            certificate.credential, jwk.import_key(method["publicKeyJwk"]), algorithms=[header["alg"]]
        )
    assert joserfc and json.loads(verified.payload) == claims
    return claims


@pytest.mark.parametrize("issued", ["ES256", "EdDSA"], indirect=True)
def test_an_issued_credential_conforms_to_the_open_badges_model(client, issued):
    claims = _decoded(client, issued)
    assert claims["sub"] == claims["credentialSubject"]["id"]
    assert claims["iss"] == claims["issuer"]["id"] and claims["jti"] == claims["id"]
    credential = {name: value for name, value in claims.items() if name not in ("iss", "sub", "jti", "nbf", "exp")}
    validator = _validator("AchievementCredential")
    assert _errors(validator, credential) == []

    # The model is strict where it matters: what the review found missing fails it.
    for path in (("credentialSubject", "achievement", "criteria"), ("credentialSubject", "achievement", "description")):
        broken = copy.deepcopy(credential)
        parent = broken
        for step in path[:-1]:
            parent = parent[step]
        del parent[path[-1]]
        assert any(path[-1] in error for error in _errors(validator, broken)), path
    assert _errors(validator, {**credential, "@context": credential["@context"][::-1]})
    assert _errors(validator, {**credential, "type": ["VerifiableCredential"]})


@pytest.mark.parametrize("issued", ["ES256"], indirect=True)
def test_the_achievement_url_returns_an_achievement_of_the_model(client, issued):
    claims = _decoded(client, issued)
    achievement = client.get(claims["credentialSubject"]["achievement"]["id"].removeprefix("http://testserver")).json()
    validator = _validator("Achievement")
    assert _errors(validator, achievement) == []
    assert _errors(validator, {key: value for key, value in achievement.items() if key != "criteria"})


@pytest.mark.parametrize("issued", ["EdDSA"], indirect=True)
def test_the_json_download_is_the_open_badges_api_response_shape(client, issued):
    """OB 3.0 API GetOpenBadgeCredentialsResponse: VC-JWT credentials only in compactJwsString."""
    client.force_login(issued.participant)
    document = client.get(f"/en/training/certificates/{issued.serial}.json").json()
    assert document == {"compactJwsString": [issued.credential]}

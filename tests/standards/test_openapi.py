"""The records API's OpenAPI schema, checked by tools that are not ours: openapi-spec-validator reads
the schema, jsonschema holds real responses against it, and schemathesis fuzzes the live server."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from faculty_training.models import InstitutionApiToken
from faculty_training.models.records import hash_token
from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_institution, build_participant

SCHEMA_URL = "/api/v1/schema/"


def _tool(module):
    """The validator, or a skip that says how to get it (CI installs requirements-dev.txt: a failure there)."""
    try:
        return __import__(module)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {module} (requirements-dev.txt)")
        pytest.skip(f"{module} is not installed: pip install -r requirements-dev.txt")


def _token(institution):
    secret = InstitutionApiToken.new_secret()
    InstitutionApiToken.objects.create(
        institution=institution, name="HR", token_hash=hash_token(secret), prefix=secret[:8]
    )
    return secret


@pytest.fixture
def records():
    institution = build_institution(code="PK-API-MU", country="PK")
    course = build_content_tree(modules=1)["course"]
    for number in range(3):
        enrollment_create(
            participant=build_participant(institution=institution, latin_name=f"Api Person {number}"), course=course
        )
    return _token(institution)


def _schema(client):
    response = client.get(SCHEMA_URL)
    assert response.status_code == 200
    return response.json()


@pytest.mark.django_db
def test_the_schema_is_valid_openapi(client):
    validator = _tool("openapi_spec_validator")
    schema = _schema(client)
    assert schema["openapi"].startswith("3.1")
    validator.validate(schema)  # raises OpenAPIValidationError, naming the place


@pytest.mark.django_db
def test_the_schema_documents_errors_bounds_and_dates(client):
    operation = _schema(client)["paths"]["/api/v1/records/"]["get"]
    assert {"200", "401", "422"} <= set(operation["responses"])
    parameters = {parameter["name"]: parameter["schema"] for parameter in operation["parameters"]}
    assert (parameters["page"]["minimum"], parameters["page"]["maximum"]) == (1, 1_000_000)
    assert (parameters["page_size"]["minimum"], parameters["page_size"]["maximum"]) == (1, 200)
    for name in ("enrolled_from", "enrolled_to"):
        assert parameters[name] == {**parameters[name], "type": "string", "format": "date"}
    for name in ("programme", "course"):
        assert parameters[name]["type"] == "integer" and parameters[name]["minimum"] == 1


@pytest.mark.django_db
def test_real_responses_match_the_documented_ones(client, records):
    jsonschema = _tool("jsonschema")
    schema = _schema(client)
    operation = schema["paths"]["/api/v1/records/"]["get"]

    def check(response, status):
        assert response.status_code == status
        documented = operation["responses"][str(status)]["content"]["application/json"]["schema"]
        # Validate with the schema's components in scope (its $refs point into them).
        jsonschema.validate(response.json(), {**documented, "components": schema["components"]})

    bearer = {"HTTP_AUTHORIZATION": f"Bearer {records}"}
    check(client.get("/api/v1/records/", {"page_size": 2}, **bearer), 200)
    check(client.get("/api/v1/records/"), 401)
    for value in ("0", "1700000000", "2026-02-30"):
        response = client.get("/api/v1/records/", {"enrolled_to": value}, **bearer)
        check(response, 422)
        assert response.json()["detail"][0]["parameter"] == "enrolled_to"


@pytest.mark.django_db
def test_there_is_no_docs_page_that_our_csp_would_blank(client):
    # Swagger UI would load its scripts from a CDN, which the Content-Security-Policy refuses.
    assert client.get("/api/v1/docs/", follow=True).status_code == 404
    assert client.get(SCHEMA_URL)["Content-Type"].startswith("application/json")


@pytest.mark.django_db(transaction=True)
def test_schemathesis_finds_nothing_against_the_live_server(migrated_data, live_server, records, tmp_path):
    """A bounded run (seeded, a few seconds): every documented check holds for generated requests."""
    _tool("schemathesis")
    command = shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or shutil.which("schemathesis")
    result = subprocess.run(
        [
            command,
            "run",
            f"{live_server.url}{SCHEMA_URL}",
            "--header",
            f"Authorization: Bearer {records}",
            "--checks",
            "all",
            "--max-examples",
            "25",
            "--max-time",
            "20",
            "--seed",
            "20261201",
            "--workers",
            "1",
            "--no-color",
            "--report",
            "ndjson",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "passed" in result.stdout.lower()

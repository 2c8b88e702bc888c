"""The main pages are valid HTML by the W3C Nu HTML checker (vnu.jar, the engine of validator.w3.org),
in a left-to-right and a right-to-left language."""

import json
import subprocess

import pytest

from faculty_training.models import Certificate
from faculty_training.services import credentials as service
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.builders import build_content_tree, build_institution, build_participant

from .tools import vnu_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(settings, tmp_path, client):
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(tmp_path / "keys")
    issuer = build_institution(code="PK-VNU-MU")
    service.issuer_key_create(issuer)
    tree = build_content_tree(modules=1)
    tree["programme"].issuing_institution = issuer
    tree["programme"].save()
    participant = build_participant(preferred_language="ur")
    enrollment_create(participant=participant, course=tree["course"])
    module_progress_mark(participant=participant, module=tree["modules"][0])
    certificate = Certificate.objects.get(participant=participant)
    public = {
        "home": lambda language: f"/{language}/",
        "course": lambda language: tree["course"].get_url().replace("/en/", f"/{language}/", 1),
        "verify": lambda language: f"/{language}/verify/",
        "login": lambda language: f"/{language}/accounts/login/",
        "signup": lambda language: f"/{language}/accounts/signup/",
        "verify-result": lambda language: f"/{language}/verify/{certificate.verification_code}/",
    }
    private = {
        "dashboard": lambda language: f"/{language}/training/my/",
        "profile": lambda language: f"/{language}/training/profile/",
        "module": lambda language: tree["modules"][0].get_url().replace("/en/", f"/{language}/", 1),
    }
    saved = []
    for language in ("en", "ur"):
        for name, address in public.items():
            saved.append(_save(client, address(language), tmp_path / f"{name}-{language}.html"))
    client.force_login(participant)
    for language in ("en", "ur"):
        for name, address in private.items():
            saved.append(_save(client, address(language), tmp_path / f"{name}-{language}.html"))
    return saved


def _save(client, address, path):
    response = client.get(address, follow=True)
    assert response.status_code == 200, address
    path.write_bytes(response.content)
    return path


def test_main_pages_have_no_html_errors(pages, tmp_path):
    # One page known to be invalid goes along: the run must find its error, or it checked nothing.
    broken = tmp_path / "known-broken.html"
    broken.write_text('<!DOCTYPE html><html lang="en"><title>x</title><p id="a"></p><p id="a"></p></html>')
    command = [*vnu_command(), "--errors-only", "--format", "json", str(broken), *map(str, pages)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{message['url'].rsplit('/', 1)[-1]}:{message.get('lastLine')}: {message['message']}"
        for message in messages
        if message.get("type") == "error"
    ]
    assert any(error.startswith("known-broken.html") for error in errors), result.stderr[:2000]
    assert [error for error in errors if not error.startswith("known-broken.html")] == []

"""What a newcomer meets on a fresh machine: a worker that is not running is named, links use the
port actually served, and `make test` says what it lacks instead of skipping."""

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from faculty_training.tasks import issue_certificates_task
from tests.builders import build_content_tree, build_group_member

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def queued_long_ago(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {
        **settings.TASKS,
        "batches": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    result = issue_certificates_task.using(backend="batches").enqueue([])
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - timedelta(minutes=10))
    return result


def test_healthz_names_a_queue_that_nobody_works(client, queued_long_ago):
    body = client.get("/healthz").json()
    assert body["status"] == "degraded" and body["queue"].startswith("stalled: 1 tasks waiting")


def test_healthz_is_ok_with_nothing_waiting(client):
    assert client.get("/healthz").json()["queue"] == "ok"


def test_the_batch_screen_says_no_worker_is_running(client, queued_long_ago):
    course = build_content_tree(modules=0)["course"]
    client.force_login(build_group_member("Programme administrators", username="pa", is_staff=True))
    html = client.get(reverse("faculty_training_course_certificates", args=[course.pk])).content.decode()
    assert "No worker has taken the waiting work" in html and "make worker" in html


def test_load_demo_prints_the_address_it_was_given(settings, capsys):
    settings.FACULTY_TRAINING_SITE_URL = "http://127.0.0.1:8101"
    call_command("load_demo")
    assert "Demo content is ready at http://127.0.0.1:8101/" in capsys.readouterr().out


def test_make_test_stops_with_one_line_when_a_tool_is_missing():
    result = subprocess.run(
        ["/bin/bash", str(ROOT / "scripts" / "test-tools.sh")],
        env={"PATH": "/nonexistent"},
        capture_output=True,
        text=True,
    )
    if result.returncode == 0:
        pytest.skip("every tool is reachable by absolute path here")  # pragma: no cover
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1
    assert "poppler-utils" in lines[0] and "zbar-tools" in lines[0] and "apt-get install" in lines[0]

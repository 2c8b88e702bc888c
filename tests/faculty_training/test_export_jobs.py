"""Large downloads leave the request: queued for the worker, private to the asker, every row in the file."""

import csv
import io
import zipfile

import openpyxl
import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from django_tasks import task_backends
from wagtail.models import ModelLogEntry

from faculty_training.models import ExportJob, GeneratedFile
from faculty_training.services.export_jobs import export_job_run
from faculty_training.services.generated_files import generated_file_open
from faculty_training.tasks import export_job_task
from tests.faculty_training.test_records import world  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

QUEUED = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "batches": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
}


@pytest.fixture
def queued(settings):
    """The worker's queue without a worker: tasks are recorded, never run."""
    settings.TASKS = QUEUED
    settings.FACULTY_TRAINING_TASK_BACKEND = "batches"
    settings.FACULTY_TRAINING_EXPORT_SYNC_LIMIT = 2
    backend = task_backends["batches"]
    backend.clear()
    return backend


def _stored(job):
    job.refresh_from_db()
    assert job.status == ExportJob.Status.DONE, job.error
    with generated_file_open(job.file) as handle:
        return handle.read()


def _csv(data):
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.mark.parametrize("name", ["export_csv", "export_xlsx"])
def test_an_export_above_the_limit_is_queued_and_nothing_is_built_in_the_request(client, world, queued, name):  # noqa: F811
    client.force_login(world["coordinator_pk"])  # three records, above the limit of two
    url = reverse(f"faculty_training_records:{name}") + "?status=active"
    page = client.get(url)  # a link (GET) starts nothing: it shows the button that posts
    assert page.status_code == 200 and not ExportJob.objects.exists() and not queued.results
    assert b'method="post" action="?status=active"' in page.content
    response = client.post(url)
    assert not isinstance(response, StreamingHttpResponse) and not response.has_header("Content-Disposition")
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "faculty_training_records:export_job", args=[job.pk]
    )
    [result] = queued.results
    assert result.task.func == export_job_task.func and result.args == [str(job.pk)]
    assert (job.status, job.requested_by, job.query) == ("queued", world["coordinator_pk"], "status=active")
    assert not GeneratedFile.objects.exists()
    assert not ModelLogEntry.objects.filter(action="faculty_training.records_export").exists()
    page = client.get(response["Location"])
    assert page.status_code == 200 and b"<progress" in page.content and b'http-equiv="refresh"' in page.content


def test_at_the_limit_the_download_still_streams_in_the_request(client, world, queued):  # noqa: F811
    client.force_login(world["coordinator_kz"])  # two records: at the limit
    response = client.get(reverse("faculty_training_records:export_csv"))
    assert isinstance(response, StreamingHttpResponse)
    assert len(_csv(b"".join(response.streaming_content))) == 2
    assert not queued.results


def test_the_worker_writes_every_row_and_only_the_asker_can_download_it(client, world, queued, settings):  # noqa: F811
    client.force_login(world["coordinator_pk"])
    client.post(reverse("faculty_training_records:export_csv") + "?sort=name")
    job = ExportJob.objects.get()
    export_job_run(job.pk)
    rows = _csv(_stored(job))
    assert [row["Name (Latin)"] for row in rows] == [f"Pak Person {n}" for n in range(3)]
    assert (job.total, job.done, job.file.owner, job.file.kind) == (3, 3, world["coordinator_pk"], "records_export")
    # The same rows as the download made in the request.
    settings.FACULTY_TRAINING_EXPORT_SYNC_LIMIT = 100
    direct = client.get(reverse("faculty_training_records:export_csv"), {"sort": "name"})
    assert _csv(b"".join(direct.streaming_content)) == rows
    page = client.get(reverse("faculty_training_records:export_job", args=[job.pk]))
    download = reverse("faculty_training:generated_file", args=[job.file_id])
    assert download in page.content.decode() and b'http-equiv="refresh"' not in page.content
    assert client.get(download).status_code == 200
    assert ModelLogEntry.objects.filter(action="faculty_training.records_export", user=world["coordinator_pk"]).exists()
    client.force_login(world["coordinator_kz"])
    assert client.get(download).status_code == 404
    assert client.get(reverse("faculty_training_records:export_job", args=[job.pk])).status_code == 404
    client.logout()
    assert client.get(download).status_code == 404


def test_the_worker_writes_every_row_of_an_xlsx(client, world, queued):  # noqa: F811
    client.force_login(world["admin"])  # five records, both countries
    client.post(reverse("faculty_training_records:export_xlsx"))
    job = ExportJob.objects.get()
    export_job_run(job.pk)
    sheet = openpyxl.load_workbook(io.BytesIO(_stored(job)), read_only=True).active
    names = sorted(row[0] for row in list(sheet.iter_rows(values_only=True))[1:])
    assert names == [f"Kaz Person {n}" for n in range(2)] + [f"Pak Person {n}" for n in range(3)]


def test_transcripts_of_the_filtered_records_come_as_one_zip(client, world, queued):  # noqa: F811
    client.force_login(world["coordinator_pk"])
    assert client.get(reverse("faculty_training_records:export_transcripts")).status_code == 405
    response = client.post(reverse("faculty_training_records:export_transcripts"))
    job = ExportJob.objects.get(kind=ExportJob.Kind.TRANSCRIPTS)
    assert response.status_code == 302 and len(queued.results) == 1
    export_job_run(job.pk)
    archive = zipfile.ZipFile(io.BytesIO(_stored(job)))
    expected = sorted(f"transcript-{person.pk}.pdf" for person in world["pk_people"])
    assert sorted(archive.namelist()) == expected
    assert all(archive.read(name).startswith(b"%PDF") for name in expected)


def test_a_coordinator_who_lost_the_role_gets_nothing_and_a_job_runs_once(client, world, queued):  # noqa: F811
    coordinator = world["coordinator_pk"]
    client.force_login(coordinator)
    client.post(reverse("faculty_training_records:export_csv"))
    job = ExportJob.objects.get()
    coordinator.groups.clear()
    export_job_run(job.pk)
    job.refresh_from_db()
    assert job.status == ExportJob.Status.FAILED and job.file is None
    assert not GeneratedFile.objects.exists()
    page = client.get(reverse("faculty_training_records:export_job", args=[job.pk]))
    assert b'role="alert"' in page.content
    # Delivered again: a finished job is not built a second time.
    export_job_run(job.pk)
    assert not GeneratedFile.objects.exists()


def test_a_job_stores_only_the_filter_each_value_bounded(client, world, queued):  # noqa: F811
    client.force_login(world["admin"])
    junk = "x" * 100_000
    url = reverse("faculty_training_records:export_csv") + f"?sort=name&status=active&status=x&evil={junk}&topic={junk}"
    client.post(url)
    job = ExportJob.objects.get()
    assert job.query == "status=x&sort=name"  # the filter's fields only, one value each
    client.post(reverse("faculty_training_records:export_csv") + f"?discipline={junk}")
    assert len(ExportJob.objects.latest("created_at").query) < 200


def test_three_pending_jobs_per_person_then_a_message_asks_to_wait(client, world, queued):  # noqa: F811
    client.force_login(world["admin"])
    url = reverse("faculty_training_records:export_csv")
    for _ in range(3):
        assert client.post(url)["Location"].startswith("/")
    response = client.post(url + "?sort=name", follow=True)
    assert ExportJob.objects.count() == 3 and len(queued.results) == 3
    assert "wait until one of them is ready" in response.content.decode()
    ExportJob.objects.filter(pk=ExportJob.objects.first().pk).update(status=ExportJob.Status.DONE)
    client.post(url)
    assert ExportJob.objects.count() == 4


def test_a_queued_export_dates_records_in_the_askers_time_zone_as_the_direct_download_does(
    client,
    world,  # noqa: F811
    queued,
    settings,
):
    """The worker has no request: its dates must still be the asker's days, not the server's."""
    import datetime

    from django.contrib.auth.models import Group

    from faculty_training.models import Enrollment, InstitutionCoordinator
    from tests.builders import build_participant

    coordinator = build_participant(institution=world["pk"], latin_name="Tokyo Coordinator", time_zone="Asia/Tokyo")
    coordinator.groups.add(Group.objects.get(name="Institution coordinators"))
    InstitutionCoordinator.objects.create(user=coordinator, institution=world["pk"])
    # 16:00 UTC: the 1st in Karachi (the server's zone), already the 2nd in Tokyo.
    Enrollment.objects.filter(participant__in=world["pk_people"]).update(
        enrolled_at=datetime.datetime(2026, 1, 1, 16, tzinfo=datetime.UTC)
    )
    client.force_login(coordinator)
    client.post(reverse("faculty_training_records:export_csv"))
    job = ExportJob.objects.get()
    from django.utils import timezone

    timezone.deactivate()  # the worker is another process: no zone is left over from the request
    export_job_run(job.pk)
    queued_rows = _csv(_stored(job))
    settings.FACULTY_TRAINING_EXPORT_SYNC_LIMIT = 100
    direct = _csv(b"".join(client.get(reverse("faculty_training_records:export_csv")).streaming_content))
    assert {row["Enrolled on"] for row in direct} == {"2026-01-02"}
    assert queued_rows == direct


@pytest.mark.parametrize("kind", ["export_csv", "export_transcripts"])
def test_a_file_of_records_is_read_only_while_its_owner_still_reads_those_records(client, world, queued, kind):  # noqa: F811
    """A coordinator's finished export (or transcript ZIP) holds their institution's records: once
    they lose the role, or coordinate another institution, the file they asked for before is not
    found (like anyone else's), though it has not expired; programme administrators still read it."""
    coordinator = world["coordinator_pk"]
    client.force_login(coordinator)
    client.post(reverse(f"faculty_training_records:{kind}"))
    job = ExportJob.objects.get()
    export_job_run(job.pk)
    job.refresh_from_db()
    download = reverse("faculty_training:generated_file", args=[job.file_id])
    assert client.get(download).status_code == 200
    # Moved to coordinate the other institution: the Pakistani records are no longer theirs to read.
    coordinator.coordinator.institution = world["kz"]
    coordinator.coordinator.save()
    client.force_login(coordinator)
    assert client.get(download).status_code == 404
    coordinator.coordinator.institution = world["pk"]
    coordinator.coordinator.save()
    client.force_login(coordinator)
    assert client.get(download).status_code == 200
    # The role taken away: nothing either.
    coordinator.groups.clear()
    client.force_login(coordinator)
    assert client.get(download).status_code == 404
    client.force_login(world["admin"])
    assert client.get(download).status_code == 200

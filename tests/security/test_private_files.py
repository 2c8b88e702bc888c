"""Generated personal files: private storage, random names, a checked download, expiry, a deploy check."""

import io
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import checks
from django.core.files.storage import InMemoryStorage, storages
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from faculty_training.models import Certificate, CertificateBatch, GeneratedFile, InstitutionCoordinator
from faculty_training.services.generated_files import generated_file_save
from tests.builders import (
    build_completed_enrollment,
    build_group_member,
    build_institution,
    build_participant,
    build_session,
)

pytestmark = pytest.mark.django_db


def _walk(storage, path=""):
    directories, files = storage.listdir(path)
    for name in files:
        yield f"{path}/{name}".lstrip("/")
    for directory in directories:
        yield from _walk(storage, f"{path}/{directory}".lstrip("/"))


def _read(storage, name):
    with storage.open(name, "rb") as handle:
        return handle.read()


@pytest.fixture(autouse=True)
def _empty_storages(settings):
    # In-memory storages live as long as the process; each test here starts with empty ones.
    settings.STORAGES = {**settings.STORAGES}


@pytest.fixture
def batch_world():
    own, other = build_institution(code="PK-OWN"), build_institution(code="KZ-OTHER", country="KZ")
    enrollment, tree = build_completed_enrollment(institution=own, latin_name="Zarina Sultanova")
    administrator = build_group_member("Programme administrators", username="pa", is_staff=True)
    facilitator = build_group_member("Facilitators", username="fac", is_staff=True)
    build_session(tree["course"]).facilitators.add(facilitator)
    coordinator = build_group_member("Institution coordinators", username="coord_other")
    InstitutionCoordinator.objects.create(user=coordinator, institution=other)
    client = Client()
    client.force_login(administrator)
    client.post(reverse("faculty_training_certificate_batch", args=[tree["course"].pk]))
    batch = CertificateBatch.objects.get()
    assert batch.status == CertificateBatch.Status.DONE
    return {
        "batch": batch,
        "certificate": Certificate.objects.get(enrollment=enrollment),
        "users": {
            "anonymous": None,
            "holder": enrollment.participant,
            "other_participant": build_participant(institution=other),
            "other_coordinator": coordinator,
            "facilitator": facilitator,
            "owner": administrator,
            "other_administrator": build_group_member("Programme administrators", username="pa2", is_staff=True),
        },
    }


def test_after_a_batch_no_public_file_holds_personal_data(batch_world):
    certificate = batch_world["certificate"]
    personal = [certificate.serial.encode(), b"Zarina Sultanova", b"%PDF", b"PK\x03\x04"]
    for name in _walk(storages["default"]):
        content = _read(storages["default"], name)
        assert not any(marker in content for marker in personal), name
    # The ZIP is in the private storage, under a name that says nothing about course or batch.
    generated = batch_world["batch"].file
    assert list(_walk(storages["private"])) == [generated.storage_name]
    assert "certificates" not in generated.storage_name
    assert len(Path(generated.storage_name).stem) >= 40
    assert generated.owner == batch_world["users"]["owner"] and generated.kind == "certificate_batch"
    with zipfile.ZipFile(io.BytesIO(_read(storages["private"], generated.storage_name))) as archive:
        assert archive.namelist() == [f"{certificate.serial}.pdf"]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("holder", False),
        ("other_participant", False),
        ("other_coordinator", False),
        ("facilitator", False),
        ("owner", True),
        ("other_administrator", True),
    ],
)
def test_only_the_owner_and_administrators_download_the_zip(batch_world, role, allowed):
    client = Client()
    if batch_world["users"][role] is not None:
        client.force_login(batch_world["users"][role])
    response = client.get(reverse("faculty_training:generated_file", args=[batch_world["batch"].file_id]))
    if not allowed:
        assert response.status_code == 404
        return
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()


def test_an_unknown_id_and_the_public_media_address_give_nothing(batch_world):
    client = Client()
    client.force_login(batch_world["users"]["owner"])
    assert client.get(reverse("faculty_training:generated_file", args=[GeneratedFile().id])).status_code == 404
    with pytest.raises(ValueError):
        from faculty_training.storage import PrivateFileSystemStorage

        PrivateFileSystemStorage(location="/tmp/x").url("generated/a.zip")  # noqa: S108


def test_a_participants_own_file_is_theirs_alone():
    owner, stranger = build_participant(), build_participant()
    transcript = generated_file_save(
        owner=owner,
        kind=GeneratedFile.Kind.TRANSCRIPT,
        filename="transcript-Ayesha.pdf",
        content=b"%PDF-1.7 transcript of Ayesha Khan",
        content_type="application/pdf",
    )
    url = reverse("faculty_training:generated_file", args=[transcript.pk])
    client = Client()
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert 'filename="transcript-Ayesha.pdf"' in response["Content-Disposition"]


def test_expired_files_are_refused_then_deleted_by_the_cleanup_command(
    batch_world, capsys, django_capture_on_commit_callbacks
):
    batch = batch_world["batch"]
    generated = batch.file
    GeneratedFile.objects.filter(pk=generated.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    client = Client()
    client.force_login(batch_world["users"]["owner"])
    assert client.get(reverse("faculty_training:generated_file", args=[generated.pk])).status_code == 404
    kept = generated_file_save(
        owner=None, kind=GeneratedFile.Kind.RECORDS_EXPORT, filename="r.csv", content=b"x", content_type="text/csv"
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_files")
    assert "1 expired file(s) deleted." in capsys.readouterr().out
    assert list(GeneratedFile.objects.all()) == [kept]
    assert not storages["private"].exists(generated.storage_name) and storages["private"].exists(kept.storage_name)
    batch.refresh_from_db()
    assert batch.file is None  # the admin screen then offers to build it again
    page = client.get(reverse("faculty_training_course_certificates", args=[batch.course_id])).content.decode()
    assert "The ZIP has expired; build it again." in page


# --- the system check -----------------------------------------------------------------------------


STORAGE_CHECKS = {"faculty_training.E009", "faculty_training.W002"}


def _storage_warnings():
    # Only the storage checks: the other deploy checks (SITE_URL, proxies) judge other settings.
    return [message.id for message in checks.run_checks(include_deployment_checks=True) if message.id in STORAGE_CHECKS]


def _filesystem(location, backend="faculty_training.storage.PrivateFileSystemStorage"):
    return {"BACKEND": backend, "OPTIONS": {"location": str(location)}}


def test_the_deploy_check_accepts_a_private_directory_outside_media(tmp_path):
    stores = {
        "default": _filesystem(tmp_path / "media", "django.core.files.storage.FileSystemStorage"),
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "private": _filesystem(tmp_path / "var" / "private"),
    }
    with override_settings(STORAGES=stores, MEDIA_ROOT=str(tmp_path / "media")):
        assert _storage_warnings() == []


@pytest.mark.parametrize(
    "private",
    [
        lambda tmp: _filesystem(tmp / "media" / "private"),  # under MEDIA_ROOT
        lambda tmp: _filesystem(tmp / "media"),  # the public directory itself
        lambda tmp: {"BACKEND": "django.core.files.storage.FileSystemStorage"},  # no location: MEDIA_ROOT
    ],
    ids=["under-media-root", "same-directory", "default-location"],
)
def test_the_deploy_check_warns_when_private_files_would_be_public(tmp_path, private):
    stores = {
        "default": _filesystem(tmp_path / "media", "django.core.files.storage.FileSystemStorage"),
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "private": private(tmp_path),
    }
    with override_settings(STORAGES=stores, MEDIA_ROOT=str(tmp_path / "media")):
        assert "faculty_training.W002" in _storage_warnings()


def test_the_check_refuses_a_missing_private_alias(tmp_path):
    with override_settings(FACULTY_TRAINING_PRIVATE_STORAGE="nowhere"):
        assert "faculty_training.E009" in _storage_warnings()


class FakeBucketStorage(InMemoryStorage):
    """The attributes django-storages' S3Storage exposes, without a network."""

    def __init__(self, bucket_name="", location="", default_acl=None, querystring_auth=True, custom_domain=None):
        super().__init__()
        self.bucket_name, self.location, self.default_acl = bucket_name, location, default_acl
        self.querystring_auth, self.custom_domain = querystring_auth, custom_domain


BUCKET = "tests.security.test_private_files.FakeBucketStorage"


@pytest.mark.parametrize(
    ("private_options", "warned"),
    [
        ({"bucket_name": "training-private", "location": "generated", "default_acl": "private"}, False),
        ({"bucket_name": "training-media", "location": "media/private"}, True),  # inside the public prefix
        ({"bucket_name": "training-private", "default_acl": "public-read"}, True),
        ({"bucket_name": "training-private", "querystring_auth": False}, True),
        ({"bucket_name": "training-private", "custom_domain": "files.example.org"}, True),
    ],
)
def test_the_deploy_check_reads_object_storage_settings(private_options, warned):
    stores = {
        "default": {"BACKEND": BUCKET, "OPTIONS": {"bucket_name": "training-media", "location": "media"}},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "private": {"BACKEND": BUCKET, "OPTIONS": private_options},
    }
    with override_settings(STORAGES=stores):
        assert ("faculty_training.W002" in _storage_warnings()) is warned

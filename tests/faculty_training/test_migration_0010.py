"""The data migration of 0009: public batch ZIPs move to private storage, session log entries move out
of Wagtail's generic log."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from faculty_training.models import TrainingSession
from tests.builders import build_content_tree, build_session, build_user

BEFORE = [("faculty_training", "0009_trust_rules")]
AFTER = [("faculty_training", "0010_privacy_files")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets[0]).apps


@pytest.fixture
def back_to_latest():
    """Whatever the test does, the schema is at the latest migrations afterwards: later tests need it."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_public_batch_archives_and_session_log_entries_are_moved(migrated_data, back_to_latest):
    tree = build_content_tree(modules=1)
    session = build_session(tree["course"])
    administrator = build_user(username="pa")
    old_apps = _migrate(BEFORE)
    try:
        public_name = storages["default"].save(
            f"certificate-batches/certificates-{tree['course'].pk}-1.zip", ContentFile(b"PK\x03\x04 certificates")
        )
        old_apps.get_model("faculty_training", "CertificateBatch").objects.create(
            course_id=tree["course"].pk, requested_by_id=administrator.pk, status="done", archive=public_name
        )
        old_apps.get_model("wagtailcore", "ModelLogEntry").objects.create(
            content_type_id=ContentType.objects.get_for_model(TrainingSession).pk,
            object_id=str(session.pk),
            label=str(session),
            action="faculty_training.attendance",
            timestamp=session.starts_at,
            data={"participant": 1, "from": "", "to": "present"},
        )
    finally:
        after_apps = _migrate(AFTER)

    # The models as they were at 0010: today's have columns added later.
    GeneratedFile = after_apps.get_model("faculty_training", "GeneratedFile")
    SessionLogEntry = after_apps.get_model("faculty_training", "SessionLogEntry")
    assert not storages["default"].exists(public_name)
    generated = GeneratedFile.objects.get()
    assert generated.owner_id == administrator.pk and generated.kind == "certificate_batch"
    assert "certificates" not in generated.storage_name
    with storages["private"].open(generated.storage_name, "rb") as handle:
        assert handle.read() == b"PK\x03\x04 certificates"
    [entry] = SessionLogEntry.objects.all()
    assert (entry.session_id, entry.action, entry.data["to"]) == (session.pk, "faculty_training.attendance", "present")
    from wagtail.models import ModelLogEntry

    assert not ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(TrainingSession)).exists()

"""Extra-attempt log entries written on the course test move to the grant they record.

Facilitators hold the model-wide "view" permission on course tests, and Wagtail shows anyone the log
of every instance of a model they hold a permission on: an entry on the test told every facilitator
of any course that someone got an extra attempt. Grants are for programme administrators only.
"""

from django.db import migrations


def move_to_grants(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ExtraAttemptGrant = apps.get_model("faculty_training", "ExtraAttemptGrant")
    test_type = ContentType.objects.filter(app_label="faculty_training", model="coursetest").first()
    if test_type is None:
        return
    grant_type, _created = ContentType.objects.get_or_create(app_label="faculty_training", model="extraattemptgrant")
    entries = ModelLogEntry.objects.filter(action="faculty_training.extra_attempt", content_type=test_type)
    for entry in entries.iterator():
        data = entry.data or {}
        grants = ExtraAttemptGrant.objects.filter(test_id=entry.object_id, participant_id=data.get("participant"))
        grant = grants.filter(granted_at__lte=entry.timestamp).order_by("-granted_at").first() or grants.first()
        if grant is None:
            # The grant is gone: keep the record, but no longer on the test.
            entries.model.objects.filter(pk=entry.pk).update(content_type=grant_type)
            continue
        entries.model.objects.filter(pk=entry.pk).update(
            content_type=grant_type,
            object_id=str(grant.pk),
            data={**data, "test": int(entry.object_id)},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("faculty_training", "0019_generated_file_records_of"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(move_to_grants, migrations.RunPython.noop)]

"""Survey responses are released to results in whole cells (course survey, institution) of at
least FACULTY_TRAINING_SURVEY_MIN_GROUP; the responses stored so far are released the same way."""

from django.conf import settings
from django.db import migrations, models


def release_existing(apps, schema_editor):
    SurveyResponse = apps.get_model("faculty_training", "SurveyResponse")
    minimum = max(1, int(getattr(settings, "FACULTY_TRAINING_SURVEY_MIN_GROUP", 5)))
    cells = {}
    for pk, survey_id, institution_id in SurveyResponse.objects.values_list("pk", "course_survey_id", "institution_id"):
        cells.setdefault((survey_id, institution_id), []).append(pk)
    for pks in cells.values():
        if len(pks) >= minimum:
            SurveyResponse.objects.filter(pk__in=pks).update(released=True)


class Migration(migrations.Migration):
    dependencies = [("faculty_training", "0016_evaluation")]

    operations = [
        migrations.AddField(
            model_name="surveyresponse",
            name="released",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.RunPython(release_existing, migrations.RunPython.noop),
    ]

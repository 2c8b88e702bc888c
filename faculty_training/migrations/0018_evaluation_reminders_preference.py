"""Survey reminders get their own preference instead of sharing the session reminders' one. Whoever
had switched reminders off, when that one choice covered both, keeps receiving neither."""

from django.db import migrations, models


def keep_earlier_choice(apps, schema_editor):
    NotificationPreference = apps.get_model("faculty_training", "NotificationPreference")
    NotificationPreference.objects.filter(reminders=False).update(evaluation_reminders=False)


class Migration(migrations.Migration):
    dependencies = [("faculty_training", "0017_survey_release")]

    operations = [
        migrations.AddField(
            model_name="notificationpreference",
            name="evaluation_reminders",
            field=models.BooleanField(
                default=True,
                help_text=(
                    "One e-mail for each survey of your courses that is open and not yet answered. Micro-teaching "
                    "episodes waiting for your scores are not e-mailed: they are listed on your Micro-teaching page."
                ),
                verbose_name="reminders of evaluation surveys waiting for my answers",
            ),
        ),
        migrations.RunPython(keep_earlier_choice, migrations.RunPython.noop),
    ]

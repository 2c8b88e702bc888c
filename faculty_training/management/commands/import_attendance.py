"""python manage.py import_attendance FILE --session ID [--dry-run] [--encoding cp1251]"""

from django.core.management.base import BaseCommand, CommandError

from faculty_training.management.importing import add_import_arguments, run_import
from faculty_training.models import TrainingSession
from faculty_training.services.imports import ATTENDANCE_COLUMNS, attendance_import


class Command(BaseCommand):
    help = "Set the attendance of one session from a CSV or XLSX file with the header: " + ", ".join(ATTENDANCE_COLUMNS)

    def add_arguments(self, parser):
        add_import_arguments(parser)
        parser.add_argument("--session", type=int, required=True, help="Id of the training session.")

    def handle(self, *args, file, session, dry_run, encoding, **options):
        training_session = TrainingSession.objects.select_related("course").filter(pk=session).first()
        if training_session is None:
            raise CommandError(f"There is no training session with id {session}.")
        result = run_import(
            self,
            file,
            lambda data: attendance_import(training_session, data, file.name, dry_run=dry_run, encoding=encoding),
        )
        verb = "would be recorded (dry run, nothing written)" if dry_run else "recorded"
        self.stdout.write(self.style.SUCCESS(f"{result.created} attendance row(s) {verb} for {training_session}."))

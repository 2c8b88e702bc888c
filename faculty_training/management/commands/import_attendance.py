"""python manage.py import_attendance FILE --session ID [--dry-run] [--encoding cp1251]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from faculty_training.exceptions import ServiceError
from faculty_training.models import TrainingSession
from faculty_training.services.imports import ATTENDANCE_COLUMNS, attendance_import


class Command(BaseCommand):
    help = "Set the attendance of one session from a CSV or XLSX file with the header: " + ", ".join(ATTENDANCE_COLUMNS)

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--session", type=int, required=True, help="Id of the training session.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report, but write nothing.")
        parser.add_argument(
            "--encoding", help="Encoding of a CSV file, e.g. cp1251 (default: UTF-8, then Windows-1251)."
        )

    def handle(self, *args, file, session, dry_run, encoding, **options):
        training_session = TrainingSession.objects.select_related("course").filter(pk=session).first()
        if training_session is None:
            raise CommandError(f"There is no training session with id {session}.")
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        try:
            result = attendance_import(training_session, data, file.name, dry_run=dry_run, encoding=encoding)
        except ServiceError as error:
            raise CommandError(error.message) from error
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(result.errors)} bad row(s); nothing was imported.")
        verb = "would be recorded (dry run, nothing written)" if dry_run else "recorded"
        self.stdout.write(self.style.SUCCESS(f"{result.created} attendance row(s) {verb} for {training_session}."))

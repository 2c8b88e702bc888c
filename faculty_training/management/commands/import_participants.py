"""python manage.py import_participants FILE [--dry-run] [--encoding cp1251]"""

from django.core.management.base import BaseCommand

from faculty_training.management.importing import add_import_arguments, run_import
from faculty_training.services.imports import PARTICIPANT_COLUMNS, participants_import


class Command(BaseCommand):
    help = "Create faculty accounts from a CSV or XLSX file with the header: " + ", ".join(PARTICIPANT_COLUMNS)

    def add_arguments(self, parser):
        add_import_arguments(parser)

    def handle(self, *args, file, dry_run, encoding, **options):
        result = run_import(
            self, file, lambda data: participants_import(data, file.name, dry_run=dry_run, encoding=encoding)
        )
        verb = "would be created (dry run, nothing written)" if dry_run else "created"
        self.stdout.write(self.style.SUCCESS(f"{result.created} account(s) {verb}."))

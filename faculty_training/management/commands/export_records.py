"""python manage.py export_records --institution CODE --format csv|xlsx --output FILE [filters]"""

import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from faculty_training.models import Enrollment, Institution, ProgramPage
from faculty_training.selectors.records import (
    COLUMNS,
    RecordFilters,
    record_rows,
    records_queryset,
    scope_for_institution,
)
from faculty_training.services.exports import csv_lines, xlsx_file


def _date(value):
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"Not a date (YYYY-MM-DD): {value}") from error


class Command(BaseCommand):
    help = "Write one institution's completion records to a CSV or XLSX file."

    def add_arguments(self, parser):
        parser.add_argument("--institution", required=True, help="Institution code, e.g. PK-ISB-MU.")
        parser.add_argument("--format", choices=["csv", "xlsx"], required=True)
        parser.add_argument("--output", type=Path, required=True)
        parser.add_argument("--programme", type=int, help="Id of a programme page.")
        parser.add_argument("--course", type=int, help="Id of a course page.")
        parser.add_argument("--status", choices=Enrollment.Status.values)
        parser.add_argument("--enrolled-from", type=_date)
        parser.add_argument("--enrolled-to", type=_date)
        parser.add_argument("--discipline")

    def handle(self, *args, **options):
        institution = Institution.objects.filter(code__iexact=options["institution"]).first()
        if institution is None:
            raise CommandError(f"Unknown institution code '{options['institution']}'.")
        programme = None
        if options["programme"]:
            programme = ProgramPage.objects.filter(pk=options["programme"]).first()
            if programme is None:
                raise CommandError(f"There is no programme with id {options['programme']}.")
        filters = RecordFilters(
            programme=programme,
            course_id=options["course"],
            status=options["status"] or "",
            enrolled_from=options["enrolled_from"],
            enrolled_to=options["enrolled_to"],
            discipline=options["discipline"] or "",
        )
        queryset = records_queryset(scope_for_institution(institution), filters)
        total = queryset.count()
        rows = self._with_progress(record_rows(queryset), total)
        output = options["output"]
        if options["format"] == "csv":
            with output.open("wb") as handle:
                for chunk in csv_lines(rows, COLUMNS):
                    handle.write(chunk)
        else:
            with xlsx_file(rows, COLUMNS) as source, output.open("wb") as handle:
                while chunk := source.read(1 << 20):
                    handle.write(chunk)
        self.stdout.write(self.style.SUCCESS(f"{total} record(s) of {institution.code} written to {output}."))

    def _with_progress(self, rows, total):
        interactive = sys.stderr.isatty()
        for number, row in enumerate(rows, start=1):
            if interactive and (number % 500 == 0 or number == total):
                self.stderr.write(f"\r{number}/{total} rows", ending="")
            yield row
        if interactive:
            self.stderr.write("")

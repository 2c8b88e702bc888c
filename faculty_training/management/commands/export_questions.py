"""python manage.py export_questions --bank ID --output FILE [--format csv|xlsx]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from faculty_training.models import QuestionBank
from faculty_training.services.assessment_imports import question_bank_rows, question_columns
from faculty_training.services.exports import csv_lines, xlsx_file


class Command(BaseCommand):
    help = "Write a question bank to CSV or XLSX, one row per question and one column per language, for translators."

    def add_arguments(self, parser):
        parser.add_argument("--bank", type=int, required=True, help="Id of the question bank.")
        parser.add_argument("--output", type=Path, required=True)
        parser.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")

    def handle(self, *args, bank, output, format, **options):
        question_bank = QuestionBank.objects.filter(pk=bank).first()
        if question_bank is None:
            raise CommandError(f"There is no question bank with id {bank}.")
        rows = list(question_bank_rows(question_bank))
        columns = question_columns()
        with output.open("wb") as stream:
            if format == "csv":
                for chunk in csv_lines(rows, columns):
                    stream.write(chunk)
            else:
                handle = xlsx_file(rows, columns, title="Questions", right_to_left=False)
                stream.write(handle.read())
        self.stdout.write(self.style.SUCCESS(f"{len(rows)} question(s) written to {output}."))

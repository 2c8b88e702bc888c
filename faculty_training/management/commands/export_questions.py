"""python manage.py export_questions --bank ID --output FILE [--format csv|xlsx]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from faculty_training.models import QuestionBank
from faculty_training.services.assessment_imports import question_bank_write


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
        with output.open("wb") as stream:
            count = question_bank_write(question_bank, format, stream)
        self.stdout.write(self.style.SUCCESS(f"{count} question(s) written to {output}."))

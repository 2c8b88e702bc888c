"""python manage.py import_questions FILE --bank ID [--dry-run] [--encoding cp1251]"""

from django.core.management.base import BaseCommand, CommandError

from faculty_training.management.importing import add_import_arguments, run_import
from faculty_training.models import QuestionBank
from faculty_training.services.assessment_imports import question_bank_import


class Command(BaseCommand):
    help = (
        "Add and update the questions of a bank from a CSV or XLSX file (the layout export_questions writes: "
        "one row per question, one column per language); all or nothing."
    )

    def add_arguments(self, parser):
        add_import_arguments(parser)
        parser.add_argument("--bank", type=int, required=True, help="Id of the question bank.")

    def handle(self, *args, file, bank, dry_run, encoding, **options):
        question_bank = QuestionBank.objects.filter(pk=bank).first()
        if question_bank is None:
            raise CommandError(f"There is no question bank with id {bank}.")
        result = run_import(
            self,
            file,
            lambda data: question_bank_import(question_bank, data, file.name, dry_run=dry_run, encoding=encoding),
        )
        verb = "would be written (dry run, nothing written)" if dry_run else "written"
        self.stdout.write(self.style.SUCCESS(f"{result.created} question(s) {verb} to {question_bank.name_en}."))

"""Question banks to and from spreadsheets: the translators' round trip, all or nothing with row errors."""

import csv
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from faculty_training.models import Question
from tests.assessment_builders import build_bank, build_four_kinds
from tests.builders import build_content_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank():
    bank = build_bank(build_content_tree()["programme"])
    build_four_kinds(bank)
    return bank


def _export(bank, tmp_path, file_format):
    path = tmp_path / f"bank.{file_format}"
    call_command("export_questions", bank=bank.pk, output=path, format=file_format, stdout=io.StringIO())
    return path


def test_translators_round_trip_updates_questions_and_keeps_option_ids(bank, tmp_path):
    path = _export(bank, tmp_path, "csv")
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 4 and rows[0]["kind"] == "single" and rows[0]["option_1_correct"] == "yes"
    option_ids = sorted(bank.questions.get(kind="single").options.values_list("pk", flat=True))
    rows[0]["text_kk"] = "Қазақша сұрақ"
    rows[0]["option_2_ru"] = "Неверный вариант"
    rows.append({**{key: "" for key in rows[0]}, "kind": "true_false", "text_en": "New", "is_true": "no"})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    call_command("import_questions", path, bank=bank.pk, stdout=io.StringIO())
    single = bank.questions.get(kind="single", text_en=rows[0]["text_en"])
    assert single.text_kk == "Қазақша сұрақ"
    assert sorted(single.options.values_list("pk", flat=True)) == option_ids
    assert single.options.order_by("sort_order")[1].text_ru == "Неверный вариант"
    assert bank.questions.count() == 5 and not bank.questions.get(text_en="New").is_true


def test_xlsx_export_reads_back(bank, tmp_path):
    path = _export(bank, tmp_path, "xlsx")
    call_command("import_questions", path, bank=bank.pk, dry_run=True, stdout=io.StringIO())


def test_bad_rows_are_named_and_nothing_is_written(bank, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "kind,text_en,option_1_en,option_1_correct,option_2_en,option_2_correct,numeric_answer\n"
        "single,Two right,A,yes,B,yes,\n"
        "numeric,No answer,,,,,\n"
        "essay,Unknown,,,,,\n"
        "true_false,Fine,,,,,\n",
        encoding="utf-8",
    )
    before = Question.objects.count()
    errors = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_questions", path, bank=bank.pk, stdout=io.StringIO(), stderr=errors)
    report = errors.getvalue()
    assert "row 2" in report and "row 3" in report and "row 4" in report and "row 5" not in report
    assert Question.objects.count() == before

"""Question banks to and from spreadsheets: one row per question, one column per language.

The export is what translators fill in; importing it back updates the questions it names by ``id``
and adds rows without one, all or nothing, naming every bad row. Options of a question already in
the bank keep their ids (attempts refer to them), so their number cannot change on import. The
import command and the admin's upload screen both call ``question_bank_import``; the export command
and the admin's download both call ``question_bank_write``.
"""

from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..conf import language_codes
from ..models import Question, QuestionOption
from ..selectors.records import Column
from ..tabular import read_table
from .assessments import parse_number
from .exports import FORMULA_PREFIXES, XLSX_MIME, csv_lines, xlsx_file
from .imports import ImportResult, RowError, _all_or_nothing, _readable_rows

MAX_OPTIONS = 6
TRANSLATED = ("text", "feedback", "explanation")
YES = {"1", "yes", "true", "y", "x"}
NO = {"0", "no", "false", "n", ""}


def question_columns():
    """Every column of a bank's spreadsheet, in order."""
    languages = language_codes()
    columns = [Column("id", "id", "number"), Column("kind", "kind", "code"), Column("category", "category", "code")]
    for field in TRANSLATED:
        columns += [Column(f"{field}_{language}", f"{field}_{language}") for language in languages]
    columns += [Column(name, name, "code") for name in ("is_true", "numeric_answer", "numeric_tolerance")]
    for number in range(1, MAX_OPTIONS + 1):
        columns += [Column(f"option_{number}_{language}", f"option_{number}_{language}") for language in languages]
        columns.append(Column(f"option_{number}_correct", f"option_{number}_correct", "code"))
    return columns


def question_bank_rows(bank):
    """One dict per question of ``bank`` with the keys of ``question_columns()``."""
    languages = language_codes()
    for question in bank.questions.order_by("pk").prefetch_related("options"):
        row = {
            "id": question.pk,
            "kind": question.kind,
            "category": question.category,
            "is_true": "yes" if question.is_true else "no",
            "numeric_answer": f"{question.numeric_answer.normalize():f}" if question.numeric_answer is not None else "",
            "numeric_tolerance": f"{question.numeric_tolerance.normalize():f}",
        }
        for field in TRANSLATED:
            for language in languages:
                row[f"{field}_{language}"] = getattr(question, f"{field}_{language}") or ""
        for number, option in enumerate(question.options.all(), start=1):
            for language in languages:
                row[f"option_{number}_{language}"] = getattr(option, f"text_{language}") or ""
            row[f"option_{number}_correct"] = "yes" if option.is_correct else "no"
        yield row


FILE_FORMATS = {"csv": "text/csv; charset=utf-8", "xlsx": XLSX_MIME}


def question_bank_write(bank, file_format, stream):
    """Write ``bank`` into the binary ``stream`` as CSV or XLSX (the layout the import reads back);
    returns the number of questions. Formula-like cells are neutralised as in every export."""
    rows = list(question_bank_rows(bank))
    columns = question_columns()
    if file_format == "csv":
        for chunk in csv_lines(rows, columns):
            stream.write(chunk)
    else:
        xlsx_file(rows, columns, title="Questions", right_to_left=False, handle=stream)
    return len(rows)


def question_bank_filename(bank, file_format):
    """question-bank-12-2026-12-01.xlsx: the bank's id and the day, ASCII only."""
    return f"question-bank-{bank.pk}-{timezone.localdate().isoformat()}.{file_format}"


def _text(values, name):
    """A text cell as written: the apostrophe an export puts before a formula-like cell ("'-5 mg")
    is taken off again, so a downloaded bank reads back unchanged."""
    value = values.get(name, "")
    if value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        value = value[1:]
    return value.strip()


def _options(values, languages):
    options = []
    for number in range(1, MAX_OPTIONS + 1):
        texts = {language: _text(values, f"option_{number}_{language}") for language in languages}
        correct = values.get(f"option_{number}_correct", "").strip().lower()
        if not any(texts.values()) and correct in NO:
            continue
        if not texts["en"]:
            return None, _("option %(number)s has no English text") % {"number": number}
        if correct not in YES | NO:
            return None, _("option %(number)s: write yes or no under correct") % {"number": number}
        options.append((texts, correct in YES))
    return options, None


def _question_row(values, existing, languages):
    """(prepared values, problem) for one row."""
    kind = values.get("kind", "").strip().lower()
    if kind not in Question.Kind.values:
        return None, _("unknown type '%(kind)s'; use one of: %(choices)s") % {
            "kind": values.get("kind", ""),
            "choices": ", ".join(Question.Kind.values),
        }
    if not _text(values, "text_en"):
        return None, _("the English question text is missing")
    question = None
    if values.get("id", "").strip():
        question = existing.get(values["id"].strip())
        if question is None:
            return None, _("question %(id)s is not in this bank") % {"id": values["id"].strip()}
    options, problem = _options(values, languages)
    if problem:
        return None, problem
    if kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
        right = sum(1 for _texts, is_correct in options if is_correct)
        if len(options) < 2:
            return None, _("a choice question needs at least two options")
        if kind == Question.Kind.SINGLE and right != 1:
            return None, _("a single-choice question needs exactly one correct option")
        if kind == Question.Kind.MULTIPLE and right < 1:
            return None, _("a multiple-choice question needs at least one correct option")
    if question is not None and options and len(options) != question.options.count():
        return None, _("the number of options of a question already in the bank cannot change; add a new question")
    is_true = values.get("is_true", "").strip().lower()
    if is_true not in YES | NO:
        return None, _("write yes or no under is_true")
    # An export neutralises cells that start like a formula ("-5" -> "'-5"); _text reads them back.
    answer = parse_number(_text(values, "numeric_answer").lstrip("'"))
    if kind == Question.Kind.NUMERIC and answer is None:
        return None, _("a numeric question needs its answer as a number")
    tolerance = parse_number(_text(values, "numeric_tolerance").lstrip("'")) or Decimal(0)
    if tolerance < 0:
        return None, _("the tolerance cannot be negative")
    prepared = {
        "question": question,
        "kind": kind,
        "category": _text(values, "category")[:64],
        "is_true": is_true in YES,
        "numeric_answer": answer,
        "numeric_tolerance": tolerance,
        "texts": {
            f"{field}_{language}": _text(values, f"{field}_{language}")
            for field in TRANSLATED
            for language in languages
        },
        "options": options,
    }
    return prepared, None


def question_bank_import(bank, data, filename, *, dry_run=False, encoding=None, imported_by=None):
    """Add and update questions of ``bank`` from a CSV/XLSX file; all or nothing. Returns an ImportResult
    whose ``preview`` lists each row it would write (or wrote): new question or the id it updates.

    A written import is kept in the bank's history (the audit log) with who imported it."""
    languages = language_codes()
    columns = [column.key for column in question_columns()]
    rows = read_table(data, filename, required_columns=("kind", "text_en"), known_columns=columns, encoding=encoding)
    existing = {str(question.pk): question for question in bank.questions.all()}
    result = ImportResult(dry_run=dry_run)
    prepared = []
    for row in _readable_rows(rows, result):
        values, problem = _question_row(row.values, existing, languages)
        if problem:
            result.errors.append(RowError(row.number, problem))
        else:
            prepared.append(values)
            question = values["question"]
            result.preview.append(
                {
                    "row": row.number,
                    "question_id": question.pk if question is not None else None,
                    "kind": Question.Kind(values["kind"]).label,
                    "text": values["texts"]["text_en"],
                }
            )

    def write():
        for values in prepared:
            question = values["question"] or Question(bank=bank)
            for name in ("kind", "category", "is_true", "numeric_answer", "numeric_tolerance"):
                setattr(question, name, values[name])
            for name, text in values["texts"].items():
                setattr(question, name, text)
            question.save()
            current = list(question.options.order_by("sort_order", "pk"))
            for order, (texts, is_correct) in enumerate(values["options"]):
                option = current[order] if order < len(current) else QuestionOption(question=question)
                option.sort_order, option.is_correct = order, is_correct
                for language, text in texts.items():
                    setattr(option, f"text_{language}", text)
                option.save()
        if not dry_run:
            updated = sum(1 for values in prepared if values["question"] is not None)
            log(
                instance=bank,
                action="faculty_training.question_import",
                user=imported_by,
                data={"added": len(prepared) - updated, "updated": updated, "file": filename[:200]},
            )
        return len(prepared)

    return _all_or_nothing(result, rows, write)

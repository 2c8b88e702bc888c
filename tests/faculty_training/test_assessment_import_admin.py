"""The admin's upload and download of a question bank's spreadsheet: who may, dry run, all or nothing, round trip."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from faculty_training.models import Question
from tests.assessment_builders import build_bank, build_four_kinds
from tests.builders import build_content_tree, build_group_member, build_user

pytestmark = pytest.mark.django_db

EDIT_BANK = ("change_questionbank", "add_question", "change_question")


@pytest.fixture
def bank():
    bank = build_bank(build_content_tree()["programme"])
    build_four_kinds(bank)
    return bank


def _bank_editor(codenames=EDIT_BANK):
    user = build_user(is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="faculty_training", codename__in=codenames)
    )
    return user


def _download(client, bank, file_format="csv"):
    response = client.get(reverse("faculty_training_bank_export", args=[bank.pk, file_format]))
    assert response.status_code == 200
    return response


def _rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def _csv_file(rows, name="bank.csv"):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, out.getvalue().encode("utf-8"))


def _upload(client, bank, upload, dry_run):
    data = {"file": upload, **({"dry_run": "on"} if dry_run else {})}
    return client.post(reverse("faculty_training_bank_import", args=[bank.pk]), data)


def _snapshot(bank):
    return sorted(bank.questions.values_list("pk", "text_en", "text_kk", "text_ru"))


def test_only_those_who_may_edit_the_bank_upload_or_download_it(client, bank):
    import_url = reverse("faculty_training_bank_import", args=[bank.pk])
    export_url = reverse("faculty_training_bank_export", args=[bank.pk, "xlsx"])
    listing = reverse("wagtailsnippets_faculty_training_questionbank:list")
    refused = [
        build_group_member("Editors", is_staff=True),  # edits pages, not questions
        build_group_member("Facilitators", is_staff=True),  # reviews attempts, edits no bank
        _bank_editor(("change_questionbank", "change_question")),  # may not add questions
        build_user(username="faculty"),
    ]
    for user in refused:
        client.force_login(user)
        assert client.get(import_url).status_code in (302, 403), user
        assert client.get(export_url).status_code in (302, 403), user
        upload = SimpleUploadedFile("bank.csv", b"kind,text_en\ntrue_false,Sneaked in\n")
        assert client.post(import_url, {"file": upload}).status_code in (302, 403), user
    assert not Question.objects.filter(text_en="Sneaked in").exists()
    client.force_login(_bank_editor())
    assert client.get(import_url).status_code == 200
    assert client.get(export_url).status_code == 200
    # The bank's row in the listing leads to both.
    html = client.get(listing).content.decode()
    assert import_url in html and export_url in html
    client.force_login(build_group_member("Programme administrators", is_staff=True))
    assert client.get(import_url).status_code == 200


def test_download_is_the_spreadsheet_the_upload_reads_and_is_never_cached(client, bank):
    client.force_login(_bank_editor())
    response = _download(client, bank, "csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    assert f'filename="question-bank-{bank.pk}-' in response["Content-Disposition"]
    rows = _rows(response)
    assert [row["kind"] for row in rows] == ["single", "multiple", "true_false", "numeric"]
    assert {"text_ur", "text_kk", "text_ru", "option_1_correct"} <= set(rows[0])
    xlsx = _download(client, bank, "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == 5 and sheet["A1"].value == "id"
    assert client.get(reverse("faculty_training_bank_export", args=[bank.pk, "pdf"])).status_code == 404


def test_dry_run_previews_the_rows_and_writes_nothing(client, bank):
    client.force_login(_bank_editor())
    rows = _rows(_download(client, bank))
    rows[0]["text_kk"] = "Қазақша сұрақ"
    rows.append(
        {**dict.fromkeys(rows[0], ""), "kind": "true_false", "text_en": "A brand new statement", "is_true": "no"}
    )
    before = _snapshot(bank)
    response = _upload(client, bank, _csv_file(rows), dry_run=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "The file is valid: 5 rows would be imported. Nothing was written." in html
    assert f"updates question {rows[0]['id']}" in html and "new question" in html
    assert "A brand new statement" in html
    assert _snapshot(bank) == before
    assert not ModelLogEntry.objects.filter(action="faculty_training.question_import").exists()


def test_a_bad_row_rejects_the_whole_file_and_is_named_by_its_row(client, bank):
    client.force_login(_bank_editor())
    rows = _rows(_download(client, bank))
    rows[0]["text_ru"] = "Исправленный вопрос"  # a good change in row 2
    rows[2]["kind"] = "essay"  # row 4: no such type
    before = _snapshot(bank)
    html = _upload(client, bank, _csv_file(rows), dry_run=False).content.decode()
    assert "1 row is wrong; nothing was imported." in html
    assert "row 4: unknown type &#x27;essay&#x27;" in html
    assert "row 2" not in html
    assert _snapshot(bank) == before


def test_row_errors_are_in_the_admins_language(client, bank):
    user = _bank_editor()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(user)
    upload = SimpleUploadedFile("bank.csv", b"kind,text_en\nessay,Unknown\n")
    html = _upload(client, bank, upload, dry_run=True).content.decode()
    assert "строка 2: неизвестный тип «essay»" in html


def test_a_good_file_imports_and_is_kept_in_the_banks_history(client, bank):
    user = _bank_editor()
    client.force_login(user)
    rows = _rows(_download(client, bank))
    single_id = rows[0]["id"]
    option_ids = sorted(bank.questions.get(pk=single_id).options.values_list("pk", flat=True))
    rows[0]["text_kk"] = "Қазақша сұрақ"
    rows[0]["option_2_ur"] = "غلط جواب"
    rows.append(
        {**dict.fromkeys(rows[0], ""), "kind": "true_false", "text_en": "A brand new statement", "is_true": "no"}
    )
    response = _upload(client, bank, _csv_file(rows), dry_run=False)
    assert "5 rows were imported." in response.content.decode()
    single = bank.questions.get(pk=single_id)
    assert single.text_kk == "Қазақша сұрақ"
    assert sorted(single.options.values_list("pk", flat=True)) == option_ids  # attempts keep their options
    assert single.options.order_by("sort_order")[1].text_ur == "غلط جواب"
    assert not bank.questions.get(text_en="A brand new statement").is_true
    entry = ModelLogEntry.objects.get(action="faculty_training.question_import")
    assert entry.user_id == user.pk and entry.data["added"] == 1 and entry.data["updated"] == 4


def test_an_xlsx_from_the_download_imports(client, bank):
    client.force_login(_bank_editor())
    xlsx = _download(client, bank, "xlsx").content
    response = _upload(client, bank, SimpleUploadedFile("bank.xlsx", xlsx), dry_run=True)
    assert "The file is valid: 4 rows would be imported." in response.content.decode()


@override_settings(FACULTY_TRAINING_IMPORT_MAX_BYTES=200)
def test_a_file_over_the_size_cap_is_refused_before_reading(client, bank):
    client.force_login(_bank_editor())
    before = _snapshot(bank)
    upload = SimpleUploadedFile("bank.csv", b"kind,text_en\n" + b"true_false,A long statement\n" * 20)
    html = _upload(client, bank, upload, dry_run=False).content.decode()
    assert "The file is too large (over 0 MB)." in html
    assert _snapshot(bank) == before


def test_a_file_that_is_no_spreadsheet_is_refused(client, bank):
    client.force_login(_bank_editor())
    upload = SimpleUploadedFile("bank.xlsx", b"%PDF-1.7 not a workbook")
    response = _upload(client, bank, upload, dry_run=False)
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert bank.questions.count() == 4


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_text_that_looks_like_a_formula_reads_back_unchanged(client, bank, file_format):
    question = bank.questions.get(kind="numeric")
    question.text_en, question.text_ru = "-5 °C: what is the dose?", "=Сколько?"
    question.numeric_answer = -5
    question.save()
    client.force_login(_bank_editor())
    content = _download(client, bank, file_format).content
    if file_format == "csv":
        assert "'-5 °C" in content.decode("utf-8-sig")  # neutralised for the spreadsheet
    _upload(client, bank, SimpleUploadedFile(f"bank.{file_format}", content), dry_run=False)
    question.refresh_from_db()
    assert (question.text_en, question.text_ru, question.numeric_answer) == (
        "-5 °C: what is the dose?",
        "=Сколько?",
        -5,
    )

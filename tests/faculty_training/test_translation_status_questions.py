"""The translation status report covers question banks: which question, option, feedback or explanation lacks which language."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from faculty_training.models import QuestionOption
from faculty_training.selectors import question_translation_status
from tests.assessment_builders import build_bank, build_question
from tests.builders import build_content_tree, build_user

pytestmark = pytest.mark.django_db

URL = "faculty_training_question_translation_status"


def _four(field, text):
    return {f"{field}_{language}": f"{text} {language}" for language in ("en", "ur", "kk", "ru")}


@pytest.fixture
def bank():
    return build_bank(build_content_tree()["programme"])


@pytest.fixture
def questions(bank):
    """One question translated everywhere, one whose Kazakh explanation and second Russian option are missing."""
    complete = build_question(bank, "true_false", **_four("text", "Complete"), **_four("feedback", "Feedback"))
    gaps = build_question(
        bank,
        "single",
        [("Right", True), ("Wrong", False)],
        **_four("text", "Gaps"),
        **{**_four("explanation", "Why"), "explanation_kk": ""},
        feedback_en="",
    )
    first, second = gaps.options.order_by("sort_order")
    for option, texts in ((first, _four("text", "Right")), (second, {**_four("text", "Wrong"), "text_ru": ""})):
        for name, value in texts.items():
            setattr(option, name, value)
        option.feedback_en = "Because" if option is second else ""
        option.feedback_ur = "کیونکہ" if option is second else ""
        option.save()
    return {"complete": complete, "gaps": gaps}


def _editor_of_questions():
    user = build_user(is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="faculty_training", codename="change_question")
    )
    return user


def test_question_status_names_the_missing_question_fields_and_options(questions):
    status = question_translation_status(questions["gaps"])
    assert status.missing["en"] == []
    assert status.missing["ur"] == []
    assert status.missing["kk"] == ["explanation", "feedback on option 2"]
    assert status.missing["ru"] == ["option 2", "feedback on option 2"]
    assert all(not missing for missing in question_translation_status(questions["complete"]).missing.values())
    with translation.override("ru"):
        assert question_translation_status(questions["gaps"]).missing["ru"] == [
            "вариант 2",
            "обратная связь по варианту 2",
        ]


def test_a_new_option_without_a_translation_shows_up(questions):
    QuestionOption.objects.create(question=questions["complete"], text_en="Added later", sort_order=5)
    questions["complete"].refresh_from_db()
    status = question_translation_status(questions["complete"])
    assert status.missing["ur"] == ["option 1"]


def test_report_lists_which_questions_lack_which_language(client, questions):
    client.force_login(_editor_of_questions())
    response = client.get(reverse(URL))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gaps en" in html and "Complete en" in html
    assert "missing: explanation, feedback on option 2" in html
    assert "missing: option 2, feedback on option 2" in html
    # The pages' listing leads to the questions' one.
    pages = client.get(reverse("faculty_training_translation_status")).content.decode()
    assert reverse(URL) in pages


def test_report_downloads_the_questions_as_csv_and_xlsx(client, questions):
    client.force_login(_editor_of_questions())
    response = client.get(reverse(URL), {"export": "csv"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    rows = {row["Question"]: row for row in csv.DictReader(io.StringIO(body.decode("utf-8-sig")))}
    assert rows["Gaps en"]["Kazakh"] == "missing: explanation, feedback on option 2"
    assert rows["Gaps en"]["Urdu"] == "complete"
    assert rows["Complete en"]["Russian"] == "complete"
    assert rows["Gaps en"]["Question bank"] == "Assessment in medical education"

    response = client.get(reverse(URL), {"export": "xlsx"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    assert [cell.value for cell in sheet[1]][:2] == ["Question", "Question bank"]


def test_report_filters_by_bank(client, questions, bank):
    other = build_bank(bank.programme, name_en="Dental assessment")
    build_question(other, "true_false", text_en="In the other bank")
    client.force_login(_editor_of_questions())
    html = client.get(reverse(URL), {"bank": other.pk}).content.decode()
    assert "In the other bank" in html and "Gaps en" not in html


def test_report_reads_a_page_of_questions_in_a_fixed_number_of_queries(client, bank):
    client.force_login(_editor_of_questions())
    client.get(reverse(URL))  # warm the session, permissions and site caches

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(URL)).status_code == 200
        return len(queries)

    build_question(bank, "single", [("A", True), ("B", False)])
    few = count()
    for _ in range(10):
        build_question(bank, "multiple", [("A", True), ("B", True), ("C", False)])
    assert count() == few


def test_report_is_only_for_those_who_may_edit_questions(client, questions):
    editor = build_user(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))  # edits pages, not questions
    client.force_login(editor)
    assert client.get(reverse(URL)).status_code in (302, 403)
    assert reverse(URL) not in client.get(reverse("faculty_training_translation_status")).content.decode()
    client.force_login(build_user(username="plain"))
    assert client.get(reverse(URL)).status_code in (302, 403)


def test_someone_who_edits_only_questions_reaches_their_listing_from_the_menu(client, questions):
    user = build_user(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["wagtailadmin", "faculty_training"],
            codename__in=["access_admin", "change_question"],
        )
    )
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(URL) in html
    assert client.get(reverse(URL)).status_code == 200
    assert client.get(reverse("faculty_training_translation_status")).status_code in (302, 403)

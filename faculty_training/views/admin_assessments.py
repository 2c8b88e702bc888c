"""Admin screens of knowledge tests: banks, questions and tests as snippets; attempts review, extra attempts,
item analysis, and a bank's spreadsheet (upload and download)."""

import io
from functools import partial

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..exceptions import ServiceError
from ..models import CourseTest, ExtraAttemptGrant, Question, QuestionBank, TestAttempt
from ..params import bounded_int, clean_text
from ..selectors.assessments import item_statistics
from ..services.assessment_imports import (
    FILE_FORMATS,
    question_bank_filename,
    question_bank_import,
    question_bank_write,
    question_columns,
)
from ..services.assessments import (
    attempt_review,
    course_test_may_review,
    extra_attempt_grant,
    question_bank_may_edit,
)
from .admin_people import upload_import

# Who may edit questions in the Questions snippet (its model permission policy).
QUESTION_EDIT_PERMISSION = "faculty_training.change_question"


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "list-ul"
    menu_label = gettext_lazy("Question banks")
    list_display = ["name", "programme"]
    list_filter = ["programme"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = gettext_lazy("Questions")
    list_display = ["__str__", "kind", "category", "bank", "is_active"]
    list_filter = ["bank", "kind", "category", "is_active"]
    search_fields = ["text_en"]


class CourseTestViewSet(SnippetViewSet):
    model = CourseTest
    icon = "tasks"
    menu_label = gettext_lazy("Course tests")
    list_display = ["course", "kind", "pass_mark_percent", "attempts_allowed", "is_required_for_completion"]
    list_filter = ["kind", "is_required_for_completion"]


class KnowledgeTestsGroup(SnippetViewSetGroup):
    items = (QuestionBankViewSet, QuestionViewSet, CourseTestViewSet)
    menu_icon = "tasks"
    menu_label = gettext_lazy("Knowledge tests")
    menu_order = 305


def _reviewable_test(request, test_id):
    test = get_object_or_404(CourseTest.objects.select_related("course", "bank"), pk=test_id)
    if not course_test_may_review(request.user, test):
        raise PermissionDenied
    return test


def test_attempts(request, test_id):
    """Every attempt of a test, with a form to grant one person an extra attempt."""
    test = _reviewable_test(request, test_id)
    if request.method == "POST":
        person = get_user_model().objects.filter(pk=bounded_int(request.POST.get("participant"))).first()
        if person is None:
            messages.error(request, _("Choose a participant."))
        else:
            try:
                extra_attempt_grant(
                    test=test,
                    participant=person,
                    reason=clean_text(request.POST.get("reason", ""), 500),
                    granted_by=request.user,
                )
            except ServiceError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("An extra attempt was granted."))
        return redirect("faculty_training_test_attempts", test.pk)
    attempts = list(
        TestAttempt.objects.filter(test=test)
        .select_related("participant__participant_profile")
        .order_by("participant__participant_profile__latin_name", "number")
    )
    grants = ExtraAttemptGrant.objects.filter(test=test).select_related(
        "participant__participant_profile", "granted_by"
    )
    participants = {attempt.participant_id: attempt.participant for attempt in attempts}
    return TemplateResponse(
        request,
        "faculty_training/admin/assessments/attempts.html",
        {"test": test, "attempts": attempts, "grants": grants, "participants": participants.values()},
    )


def attempt_detail(request, attempt_id):
    attempt = get_object_or_404(TestAttempt.objects.select_related("test__course", "participant"), pk=attempt_id)
    if not course_test_may_review(request.user, attempt.test):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "faculty_training/admin/assessments/attempt.html",
        {"attempt": attempt, "test": attempt.test, "items": attempt_review(attempt)},
    )


def test_items(request, test_id):
    """Difficulty and discrimination of each question, for editors fixing bad questions: those who may
    edit questions (the Questions snippet's permission) and those who may review the test's attempts."""
    test = get_object_or_404(CourseTest.objects.select_related("course", "bank"), pk=test_id)
    if not (request.user.has_perm(QUESTION_EDIT_PERMISSION) or course_test_may_review(request.user, test)):
        raise PermissionDenied
    return TemplateResponse(
        request, "faculty_training/admin/assessments/items.html", {"test": test, "items": item_statistics(test)}
    )


def _editable_bank(request, bank_id):
    bank = get_object_or_404(QuestionBank.objects.select_related("programme"), pk=bank_id)
    if not question_bank_may_edit(request.user, bank):
        raise PermissionDenied
    return bank


def bank_import(request, bank_id):
    """Upload a bank's spreadsheet: checked first (by default nothing is written and the rows are
    previewed), then written all or nothing, with every bad row named."""
    bank = _editable_bank(request, bank_id)
    context = upload_import(request, partial(question_bank_import, bank, imported_by=request.user))
    return TemplateResponse(
        request,
        "faculty_training/admin/assessments/import_questions.html",
        {**context, "bank": bank, "columns": [column.key for column in question_columns()]},
    )


def bank_export(request, bank_id, file_format):
    """The bank as the spreadsheet the upload reads back: for translators, one column per language.
    It names the right answers, so it is for those who may edit the bank, and never cached."""
    bank = _editable_bank(request, bank_id)
    if file_format not in FILE_FORMATS:
        raise Http404
    stream = io.BytesIO()
    question_bank_write(bank, file_format, stream)
    response = HttpResponse(stream.getvalue(), content_type=FILE_FORMATS[file_format])
    response["Content-Disposition"] = f'attachment; filename="{question_bank_filename(bank, file_format)}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def admin_urls():
    from django.urls import path

    return [
        path("training/tests/<id:test_id>/attempts/", test_attempts, name="faculty_training_test_attempts"),
        path("training/tests/<id:test_id>/questions/", test_items, name="faculty_training_test_items"),
        path("training/attempts/<id:attempt_id>/", attempt_detail, name="faculty_training_attempt"),
        path("training/question-banks/<id:bank_id>/import/", bank_import, name="faculty_training_bank_import"),
        path(
            "training/question-banks/<id:bank_id>/questions.<slug:file_format>",
            bank_export,
            name="faculty_training_bank_export",
        ),
    ]

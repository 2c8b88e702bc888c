"""Admin reports of the plugin: which content still needs a translation.

The translation status report has two listings reached from one menu item, with a header button
leading from one to the other: pages (programmes, courses, modules) and questions of the question
banks (with their options). Both show, per language, the fields that have English text but nothing
in that language, and download as CSV or XLSX.
"""

import django_filters
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView, ReportView
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from ..models import CoursePage, ModulePage, ProgramIndexPage, ProgramPage, Question
from ..selectors import question_translation_status, translation_status
from .admin_lists import BoundedFilterSet, SpreadsheetCsvMixin

CONTENT_TYPES = (ProgramIndexPage, ProgramPage, CoursePage, ModulePage)
LANGUAGE_EXPORT = [f"status_{code}" for code, _name in settings.LANGUAGES]
LANGUAGE_HEADINGS = {f"status_{code}": name for code, name in settings.LANGUAGES}


def _set_language_status(item, status):
    """Put ``status`` on a listed object: ``status_<code>`` for the downloads, ``language_status`` for the table."""
    item.translation_status = status
    item.language_status = []
    for code, name in settings.LANGUAGES:
        missing = status.missing[code]
        text = _("complete") if not missing else _("missing: %(fields)s") % {"fields": ", ".join(missing)}
        setattr(item, f"status_{code}", str(text))
        item.language_status.append({"code": code, "name": name, "missing": missing})


def may_view_page_status(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def may_view_question_status(user):
    """Those who may edit questions (the Questions snippet's permission policy)."""
    return policy_registry.get_by_type(Question).user_has_permission(user, "change")


class TranslationStatusFilterSet(WagtailFilterSet):
    live = django_filters.BooleanFilter(label=_("Published"))

    class Meta:
        model = Page
        fields = ["live"]


class TranslationStatusReportView(SpreadsheetCsvMixin, PageReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "faculty_training/admin/translation_status_results.html"
    index_url_name = "faculty_training_translation_status"
    index_results_url_name = "faculty_training_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50

    list_export = ["title", "type_label", "url_path", *LANGUAGE_EXPORT]
    export_headings = {"title": _("Title"), "type_label": _("Type"), "url_path": _("Path"), **LANGUAGE_HEADINGS}

    @staticmethod
    def user_may_view(user):
        return may_view_page_status(user)

    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        if may_view_question_status(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Questions"), url=reverse("faculty_training_question_translation_status"), icon_name="help"
                )
            )
        return buttons

    def get_filename(self):
        return "translation-status"

    def get_queryset(self):
        return (
            PagePermissionPolicy()
            .instances_user_has_permission_for(self.request.user, "change")
            .type(*CONTENT_TYPES)
            .order_by("path")
            .specific()
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        for page in pages:
            page.type_label = str(page._meta.verbose_name)
            _set_language_status(page, translation_status(page))
        return pages


class QuestionTranslationStatusFilterSet(BoundedFilterSet):
    class Meta:
        model = Question
        fields = ["bank", "is_active"]


class QuestionTranslationStatusReportView(SpreadsheetCsvMixin, ReportView):
    """The questions of every bank, with what each language lacks of the question, its feedback and
    explanation, and each option's text and feedback."""

    page_title = _("Translation status of questions")
    header_icon = "globe"
    results_template_name = "faculty_training/admin/question_translation_status_results.html"
    index_url_name = "faculty_training_question_translation_status"
    index_results_url_name = "faculty_training_question_translation_status_results"
    filterset_class = QuestionTranslationStatusFilterSet
    model = Question
    permission_required = "change"
    paginate_by = 50

    list_export = ["text_en", "bank", "kind_label", "category", *LANGUAGE_EXPORT]
    export_headings = {
        "text_en": _("Question"),
        "bank": _("Question bank"),
        "kind_label": _("Type"),
        "category": _("Category"),
        **LANGUAGE_HEADINGS,
    }

    @staticmethod
    def user_may_view(user):
        return may_view_question_status(user)

    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        if may_view_page_status(self.request.user):
            buttons.append(
                HeaderButton(_("Pages"), url=reverse("faculty_training_translation_status"), icon_name="doc-empty")
            )
        return buttons

    def get_filename(self):
        return "translation-status-questions"

    def get_queryset(self):
        return Question.objects.select_related("bank").prefetch_related("options").order_by("bank_id", "pk")

    def decorate_paginated_queryset(self, object_list):
        questions = list(object_list)
        for question in questions:
            question.kind_label = str(question.get_kind_display())
            _set_language_status(question, question_translation_status(question))
        return questions

"""Admin reports of the plugin: which content still needs a translation."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..models import CoursePage, ModulePage, ProgramIndexPage, ProgramPage
from ..selectors import translation_status
from .admin_lists import SpreadsheetCsvMixin

CONTENT_TYPES = (ProgramIndexPage, ProgramPage, CoursePage, ModulePage)


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

    list_export = ["title", "type_label", "url_path"] + [f"status_{code}" for code, _name in settings.LANGUAGES]
    export_headings = {
        "title": _("Title"),
        "type_label": _("Type"),
        "url_path": _("Path"),
        **{f"status_{code}": name for code, name in settings.LANGUAGES},
    }

    @staticmethod
    def user_may_view(user):
        return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])

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
            status = translation_status(page)
            page.translation_status = status
            page.type_label = str(page._meta.verbose_name)
            page.language_status = []
            for code, name in settings.LANGUAGES:
                missing = status.missing[code]
                text = _("complete") if not missing else _("missing: %(fields)s") % {"fields": ", ".join(missing)}
                setattr(page, f"status_{code}", str(text))
                page.language_status.append({"code": code, "name": name, "missing": missing})
        return pages

"""Registers the plugin's admin pieces with Wagtail; the views live in views/."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .views import admin_people
from .views.admin_reports import TranslationStatusReportView
from .views.admin_snippets import InstitutionViewSet

register_snippet(InstitutionViewSet)


@hooks.register("register_admin_viewset")
def register_participant_viewset():
    return admin_people.ParticipantViewSet("participants")


@hooks.register("insert_editor_css")
def translated_fields_css():
    return format_html('<link rel="stylesheet" href="{}">', static("faculty_training/admin/translated-fields.css"))


@hooks.register("insert_editor_js")
def translated_fields_js():
    return format_html('<script src="{}"></script>', static("faculty_training/admin/translated-fields.js"))


@hooks.register("insert_global_admin_css")
def translated_fields_css_everywhere():
    # Snippet edit forms (institutions) use the same per-language panels.
    return translated_fields_css()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("training/enrol/", admin_people.bulk_enrol, name="faculty_training_bulk_enrol"),
        path(
            "training/import-participants/",
            admin_people.import_participants,
            name="faculty_training_import_participants",
        ),
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="faculty_training_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="faculty_training_translation_status_results",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return TranslationStatusReportView.user_may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("faculty_training_translation_status"), icon_name="globe", order=900
    )


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_bulk_enrol_menu_item():
    return PermissionMenuItem(
        _("Enrol participants"),
        reverse("faculty_training_bulk_enrol"),
        icon_name="user",
        order=311,
        permission="faculty_training.add_enrollment",
    )


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Import participants"),
        reverse("faculty_training_import_participants"),
        icon_name="upload",
        order=312,
        permission="faculty_training.add_participantprofile",
    )

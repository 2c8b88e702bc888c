"""Registers the plugin's admin pieces with Wagtail; the views live in views/."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import Certificate, IssuerKey, Notification, ParticipantProfile
from .views import admin_assessments, admin_certificates, admin_people, admin_records, admin_sessions
from .views.admin_evaluation import EvaluationViewSetGroup
from .views.admin_protection import RefusingPermissionPolicy
from .views.admin_reports import QuestionTranslationStatusReportView, TranslationStatusReportView
from .views.admin_snippets import CreditSchemeViewSet, InstitutionViewSet, IssuerKeyViewSet

register_snippet(InstitutionViewSet)
register_snippet(CreditSchemeViewSet)
register_snippet(admin_assessments.KnowledgeTestsGroup)
register_snippet(EvaluationViewSetGroup)

# Certificates are issued by the service and revoked on their own screen, never added, edited or
# deleted through generic views; a profile carries the institution that records are filed under.
register_permission_policy(Certificate, RefusingPermissionPolicy(Certificate, refused=("add", "change", "delete")))
register_permission_policy(ParticipantProfile, RefusingPermissionPolicy(ParticipantProfile, refused=("delete",)))
# Keys are made and rotated by make_issuer_key (the private half never enters the database).
register_permission_policy(IssuerKey, RefusingPermissionPolicy(IssuerKey, refused=("add", "change", "delete")))
register_snippet(IssuerKeyViewSet)
# Notifications are written by the service; the admin only reads the record of what was sent.
register_permission_policy(Notification, RefusingPermissionPolicy(Notification, refused=("add", "change", "delete")))


@hooks.register("register_admin_viewset")
def register_participant_viewset():
    return admin_people.ParticipantViewSet("participants")


@hooks.register("register_admin_viewset")
def register_notification_viewset():
    return admin_people.NotificationViewSet("faculty_training_notifications", url_prefix="training/notifications")


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return admin_sessions.TrainingSessionViewSet("faculty_training_sessions", url_prefix="training/sessions")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return admin_certificates.CertificateViewSet("faculty_training_certificates", url_prefix="training/certificates")


@hooks.register("register_admin_viewset")
def register_coordinator_viewset():
    return admin_records.CoordinatorViewSet("faculty_training_coordinators", url_prefix="training/coordinators")


@hooks.register("register_log_actions")
def register_attendance_log_actions(actions):
    from .models import SessionLogEntry, TrainingSession

    # Sessions log to their own model, whose viewable_by_user scopes facilitators to their sessions.
    actions.register_model(TrainingSession, SessionLogEntry)

    @actions.register_action("faculty_training.attendance")
    class AttendanceChanged(LogFormatter):
        label = _("Change attendance")

        def format_message(self, log_entry):
            from django.contrib.auth import get_user_model

            from .models import AttendanceRecord

            data = log_entry.data
            person = (
                get_user_model()
                .objects.filter(pk=data.get("participant"))
                .select_related("participant_profile")
                .first()
            )
            name = (
                getattr(getattr(person, "participant_profile", None), "latin_name", None)
                or (person and person.get_username())
                or "?"
            )
            labels = dict(AttendanceRecord.Status.choices)
            methods = dict(AttendanceRecord.Method.choices)
            return _("Attendance of %(name)s: %(old)s → %(new)s (%(method)s)") % {
                "name": name,
                "old": labels.get(data.get("from"), "—"),
                "new": labels.get(data.get("to"), "?"),
                "method": methods.get(data.get("method"), ""),
            }

    actions.register_action("faculty_training.session_cancel", _("Cancel session"), _("Session cancelled"))
    actions.register_action("faculty_training.certificate_issue", _("Issue certificate"), _("Certificate issued"))
    actions.register_action("faculty_training.records_export", _("Download records"), _("Records downloaded"))
    actions.register_action("faculty_training.certificate_revoke", _("Revoke certificate"), _("Certificate revoked"))
    actions.register_action(
        "faculty_training.certificate_review",
        _("Put certificate under review"),
        _("Certificate under review: its completion no longer holds"),
    )
    actions.register_action(
        "faculty_training.certificate_confirm", _("Confirm certificate"), _("Certificate confirmed after review")
    )
    actions.register_action(
        "faculty_training.certificate_review_cleared",
        _("End review"),
        _("Review ended: the completion holds again"),
    )
    actions.register_action(
        "faculty_training.extra_attempt", _("Grant an extra attempt"), _("Extra test attempt granted")
    )

    @actions.register_action("faculty_training.question_import")
    class QuestionsImported(LogFormatter):
        label = _("Import questions")

        def format_message(self, log_entry):
            data = log_entry.data
            return _("Questions imported from %(file)s: %(added)s added, %(updated)s updated") % {
                "file": data.get("file", "?"),
                "added": data.get("added", 0),
                "updated": data.get("updated", 0),
            }

    actions.register_action(
        "faculty_training.membership", _("Decide membership"), _("Membership of the institution decided")
    )
    actions.register_action(
        "faculty_training.issuer_key_compromised",
        _("Report a compromised issuer key"),
        _("Issuer key reported compromised"),
    )


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
        path("training/api-tokens/", admin_records.api_tokens, name="faculty_training_api_tokens"),
        path(
            "training/api-tokens/<id:token_id>/revoke/",
            admin_records.revoke_api_token,
            name="faculty_training_api_token_revoke",
        ),
        path("training/today/", admin_sessions.today, name="faculty_training_today"),
        path("training/register/<id:session_id>/", admin_sessions.register, name="faculty_training_register"),
        path(
            "training/certificates/review/", admin_certificates.review_queue, name="faculty_training_certificate_review"
        ),
        path(
            "training/certificate/<text:serial>/confirm/",
            admin_certificates.confirm,
            name="faculty_training_certificate_confirm",
        ),
        path(
            "training/certificate/<text:serial>/revoke/",
            admin_certificates.revoke,
            name="faculty_training_certificate_revoke",
        ),
        path(
            "training/course/<id:course_id>/certificates/",
            admin_certificates.course_certificates,
            name="faculty_training_course_certificates",
        ),
        path(
            "training/course/<id:course_id>/certificates/issue/",
            admin_certificates.issue_selected,
            name="faculty_training_issue_selected",
        ),
        path(
            "training/course/<id:course_id>/certificates/batch/",
            admin_certificates.start_batch,
            name="faculty_training_certificate_batch",
        ),
        path(
            "training/register/<id:session_id>/check-in/", admin_sessions.projector, name="faculty_training_projector"
        ),
        path(
            "training/register/<id:session_id>/cancel/", admin_sessions.cancel, name="faculty_training_session_cancel"
        ),
        path(
            "training/register/<id:session_id>/feedback/",
            admin_sessions.feedback,
            name="faculty_training_session_feedback",
        ),
        path(
            "training/register/<id:session_id>/import/",
            admin_sessions.import_attendance,
            name="faculty_training_import_attendance",
        ),
        path(
            "training/import-participants/",
            admin_people.import_participants,
            name="faculty_training_import_participants",
        ),
        *admin_assessments.admin_urls(),
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
        path(
            "reports/translation-status/questions/",
            QuestionTranslationStatusReportView.as_view(),
            name="faculty_training_question_translation_status",
        ),
        path(
            "reports/translation-status/questions/results/",
            QuestionTranslationStatusReportView.as_view(results_only=True),
            name="faculty_training_question_translation_status_results",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    """One entry for both listings of the report: the pages' for those who edit pages, else the questions'."""

    def is_shown(self, request):
        user = request.user
        return TranslationStatusReportView.user_may_view(user) or QuestionTranslationStatusReportView.user_may_view(
            user
        )

    def render_component(self, request):
        component = super().render_component(request)
        if not TranslationStatusReportView.user_may_view(request.user):
            component.url = reverse("faculty_training_question_translation_status")
        return component


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
def register_today_menu_item():
    return PermissionMenuItem(
        _("My sessions this week"),
        reverse("faculty_training_today"),
        icon_name="date",
        order=304,
        permission="faculty_training.view_trainingsession",
    )


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return PermissionMenuItem(
        _("Certificates under review"),
        reverse("faculty_training_certificate_review"),
        icon_name="warning",
        order=321,
        permission="faculty_training.change_certificate",
    )


@hooks.register("construct_homepage_panels")
def review_queue_panel(request, panels):
    # The queue is where administrators act; the admin's home page says when it is not empty.
    if request.user.has_perm("faculty_training.change_certificate"):
        panels.insert(0, admin_certificates.ReviewQueuePanel())


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Import participants"),
        reverse("faculty_training_import_participants"),
        icon_name="upload",
        order=312,
        permission="faculty_training.add_participantprofile",
    )


@hooks.register("before_delete_page")
def refuse_deleting_pages_with_records(request, page):
    from .services.protection import page_deletion_blocker

    reason = page_deletion_blocker(page)
    if reason:
        messages.error(request, reason)
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_pages_with_records(request, action_type, objects, action_class_instance):
    from wagtail.models import Page

    from .services.protection import page_deletion_blocker
    from .views.admin_protection import deletion_blocker

    if action_type != "delete":
        return None
    for obj in objects:
        is_page = isinstance(obj, Page)
        reason = page_deletion_blocker(obj) if is_page else deletion_blocker(obj)
        if reason:
            messages.error(request, reason)
            return redirect("wagtailadmin_explore", obj.get_parent().pk) if is_page else redirect("wagtailadmin_home")
    return None


def _protected_page_delete_bulk_action():
    from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction

    from .services.protection import page_deletion_blocker

    class ProtectedPageDeleteBulkAction(DeleteBulkAction):
        """Wagtail's bulk delete of pages, whose confirmation already says which pages our records
        protect and why (the deletion itself is refused by refuse_bulk_deleting_pages_with_records)."""

        def get_context_data(self, **kwargs):
            context = super().get_context_data(**kwargs)
            if self.request.method == "GET":
                for entry in context["items"]:
                    reason = page_deletion_blocker(entry["item"])
                    if reason:
                        messages.error(self.request, reason)
            return context

    return ProtectedPageDeleteBulkAction


# order=1: registered after Wagtail's own page delete action, which it replaces.
hooks.register("register_bulk_action", _protected_page_delete_bulk_action(), order=1)


@hooks.register("register_page_header_buttons")
def course_certificates_button(page, user, view_name, next_url=None):
    from wagtail.admin.widgets import ListingButton

    from .models import CoursePage

    if isinstance(page.specific_deferred, CoursePage) and user.has_perm("faculty_training.change_certificate"):
        yield ListingButton(
            _("Certificates"),
            url=reverse("faculty_training_course_certificates", args=[page.pk]),
            icon_name="doc-full",
            priority=66,
        )


@hooks.register("register_settings_menu_item")
def register_api_tokens_menu_item():
    return PermissionMenuItem(
        _("API tokens"),
        reverse("faculty_training_api_tokens"),
        icon_name="key",
        order=900,
        permission="faculty_training.add_institutionapitoken",
    )


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def decide_again_after_test_saved(request, instance):
    from .models import CourseTest
    from .services.assessments import course_tests_evaluate

    if isinstance(instance, CourseTest):
        course_tests_evaluate(instance)


@hooks.register("after_delete_snippet")
def decide_again_after_tests_deleted(request, instances):
    from .models import CourseTest
    from .services.completion import completion_evaluate_courses

    course_ids = [instance.course_id for instance in instances if isinstance(instance, CourseTest)]
    if course_ids:
        completion_evaluate_courses(course_ids)


@hooks.register("register_snippet_listing_buttons")
def course_test_attempts_buttons(snippet, user, next_url=None):
    from wagtail.admin.widgets import ListingButton

    from .models import CourseTest, QuestionBank
    from .services.assessments import question_bank_may_edit

    if isinstance(snippet, QuestionBank) and question_bank_may_edit(user, snippet):
        yield ListingButton(
            _("Import questions"),
            reverse("faculty_training_bank_import", args=[snippet.pk]),
            icon_name="upload",
            priority=30,
        )
        yield ListingButton(
            _("Download questions (XLSX)"),
            reverse("faculty_training_bank_export", args=[snippet.pk, "xlsx"]),
            icon_name="download",
            priority=31,
        )
    if isinstance(snippet, CourseTest):
        yield ListingButton(
            _("Attempts"), reverse("faculty_training_test_attempts", args=[snippet.pk]), icon_name="tasks", priority=30
        )
        yield ListingButton(
            _("Question difficulty"),
            reverse("faculty_training_test_items", args=[snippet.pk]),
            icon_name="help",
            priority=31,
        )

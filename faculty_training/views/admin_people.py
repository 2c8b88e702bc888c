"""Administrators' screens for participants: the listing, bulk enrolment and the importer."""

from functools import partial

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.viewsets.model import ModelViewSet

from ..conf import app_settings
from ..exceptions import ServiceError
from ..forms.admin_people import BulkEnrolForm, ImportFileForm
from ..models import Notification, ParticipantProfile
from ..models.people import Membership
from ..services.enrollment import enrollment_create_bulk
from ..services.imports import PARTICIPANT_COLUMNS, participants_import
from ..services.profiles import PROFILE_FIELDS
from ..tabular import read_limited
from .admin_lists import PersonColumn, RelatedColumnsIndexView


class ParticipantViewSet(ModelViewSet):
    index_view_class = RelatedColumnsIndexView
    model = ParticipantProfile
    icon = "group"
    menu_label = gettext_lazy("Participants")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["latin_name", "native_name", "institution", "membership", "discipline", "position"]
    list_filter = ["membership", "institution", "institution__country", "discipline"]
    list_export = ["latin_name", "native_name", "institution", "discipline", "position", "registration_number"]
    search_fields = ["latin_name", "native_name", "user__email"]
    # Administrators decide membership here too (coordinators on their members page).
    form_fields = ["user", *PROFILE_FIELDS, "membership"]
    copy_view_enabled = False


def bulk_enrol(request):
    if not request.user.has_perm("faculty_training.add_enrollment"):
        raise PermissionDenied
    form = BulkEnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Accounts still waiting for their sign-up link (inactive) are nobody's yet: not enrolled wholesale.
        profiles = ParticipantProfile.objects.filter(user__is_active=True)
        if form.cleaned_data["institution"]:
            # An institution's faculty are its confirmed members, never people who only named it.
            profiles = profiles.filter(institution=form.cleaned_data["institution"], membership=Membership.VERIFIED)
        if form.cleaned_data["discipline"]:
            profiles = profiles.filter(discipline=form.cleaned_data["discipline"])
        user_ids = set(profiles.values_list("user_id", flat=True)) if form.cleaned_data["institution"] else set()
        emails = form.cleaned_data["email_list"]
        if emails:
            matched = ParticipantProfile.objects.filter(user__email__in=emails) | ParticipantProfile.objects.filter(
                user__username__in=emails
            )
            user_ids |= set(matched.values_list("user_id", flat=True))
            known = {
                email.lower()
                for email in get_user_model().objects.filter(pk__in=user_ids).values_list("email", flat=True)
            }
            for email in emails:
                if email not in known:
                    messages.warning(request, _("No participant has the e-mail address %(email)s.") % {"email": email})
        participants = get_user_model().objects.filter(pk__in=user_ids).order_by("pk")
        created, already, refused = enrollment_create_bulk(
            participants=participants, course=form.cleaned_data["course"], enrolled_by=request.user
        )
        messages.success(
            request,
            ngettext("%(count)s participant enrolled.", "%(count)s participants enrolled.", len(created))
            % {"count": len(created)}
            + " "
            + ngettext("%(count)s was already enrolled.", "%(count)s were already enrolled.", len(already))
            % {"count": len(already)},
        )
        for user, message in refused:
            messages.error(request, f"{user.email or user.get_username()}: {message}")
        return redirect("faculty_training_bulk_enrol")
    return TemplateResponse(request, "faculty_training/admin/bulk_enrol.html", {"form": form})


def import_participants(request):
    if not request.user.has_perm("faculty_training.add_participantprofile"):
        raise PermissionDenied
    context = upload_import(request, partial(participants_import, imported_by=request.user))
    return TemplateResponse(
        request, "faculty_training/admin/import_participants.html", {**context, "columns": PARTICIPANT_COLUMNS}
    )


def upload_import(request, run):
    """Context of an import screen; ``run(data, filename, dry_run=, encoding=)`` does the import."""
    form = ImportFileForm(request.POST or None, request.FILES or None)
    result = error = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            result = run(
                read_limited(upload),
                upload.name,
                dry_run=form.cleaned_data["dry_run"],
                encoding=form.cleaned_data["encoding"] or None,
            )
        except ServiceError as service_error:
            error = service_error.message
    return {
        "form": form,
        "result": result,
        "error": error,
        "max_rows": app_settings.IMPORT_MAX_ROWS,
        "max_megabytes": app_settings.IMPORT_MAX_BYTES // 1_000_000,
    }


class NotificationViewSet(ModelViewSet):
    """The record of what was sent to whom, read-only: status, attempts, when it was e-mailed."""

    index_view_class = RelatedColumnsIndexView
    model = Notification
    icon = "mail"
    menu_label = gettext_lazy("Sent notifications")
    add_to_settings_menu = True
    list_display = [
        PersonColumn("recipient", label=gettext_lazy("Recipient"), accessor="recipient"),
        "kind",
        "created_at",
        "email_status",
        "emailed_at",
        "email_attempts",
    ]
    list_filter = ["kind", "email_status"]
    list_export = [
        "recipient",
        "kind",
        "key",
        "created_at",
        "email_status",
        "emailed_at",
        "email_attempts",
        "email_note",
    ]
    search_fields = ["recipient__email", "recipient__username", "key"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["recipient", "kind"]

"""Admin screens for sessions: listing, attendance register, check-in projector, feedback, import."""

import functools

import segno
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .. import roles
from ..conf import language_codes
from ..exceptions import ServiceError
from ..models import AttendanceRecord, CoursePage, TrainingSession
from ..params import bounded_int, clean_text
from ..selectors.records import led_course_ids
from ..services.attendance import attendance_register_save, register_participants, session_cancel, session_may_manage
from ..services.check_in import check_in_code, check_in_token, seconds_until_next_code
from ..services.feedback import feedback_summary
from ..services.imports import ATTENDANCE_COLUMNS, attendance_import
from .admin_lists import BoundedListingMixin
from .admin_people import upload_import
from .admin_protection import ProtectedDeleteMixin


class RegisterColumn(Column):
    cell_template_name = "faculty_training/admin/register_cell.html"


class SessionIndexView(BoundedListingMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course").managed_by(self.request.user)


class SessionHistoryView(generic.HistoryView):
    """A session's history (attendance changes included) for its facilitators and administrators.

    Wagtail's history view asks for the model-wide add/change/delete permission, which facilitators
    lack (the register's History button said "permission denied"), and would show any session to
    whoever has it. Here the session must be one the user runs; any other is not found.
    """

    any_permission_required = None

    def get_base_object_queryset(self):
        return super().get_base_object_queryset().managed_by(self.request.user)

    @cached_property
    def header_buttons(self):
        if not self.user_has_permission_for_instance("change", self.object):
            return []  # facilitators may not edit the session itself
        return super().header_buttons


class SessionDeleteView(ProtectedDeleteMixin, generic.DeleteView):
    """Sessions with attendance are never deleted, only cancelled."""

    def get_protected_message(self, error):
        return _("This session has attendance records and cannot be deleted. Cancel it instead.")


class TrainingSessionViewSet(ModelViewSet):
    model = TrainingSession
    icon = "date"
    menu_label = gettext_lazy("Sessions")
    menu_order = 305
    add_to_admin_menu = True
    index_view_class = SessionIndexView
    history_view_class = SessionHistoryView
    delete_view_class = SessionDeleteView
    list_display = [
        "title",
        "course",
        "starts_at",
        "mode",
        "status",
        RegisterColumn("register", label=gettext_lazy("Attendance"), accessor="pk"),
    ]
    list_filter = ["course", "mode", "status"]
    search_fields = ["title_en", "title_ur", "title_kk", "title_ru"]
    # The database's own search over the four title columns: the search index knows only "title",
    # and asking it for "title_en" was a server error on every search.
    search_backend_name = None
    copy_view_enabled = False


def today(request):
    """A facilitator's landing page: their sessions today and in the coming week, one click from the
    register and the check-in code (administrators see every session)."""
    from datetime import timedelta

    from django.utils import timezone

    if not request.user.has_perm("faculty_training.view_trainingsession"):
        raise PermissionDenied
    now = timezone.localtime()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    sessions = TrainingSession.objects.filter(ends_at__gte=start, starts_at__lt=start + timedelta(days=8))
    if not roles.is_programme_administrator(request.user):
        sessions = sessions.filter(facilitators=request.user)
    sessions = list(sessions.select_related("course").order_by("starts_at")[:50])
    end_of_today = start + timedelta(days=1)
    led = led_course_ids(request.user)
    return TemplateResponse(
        request,
        "faculty_training/admin/today.html",
        {
            "today": [session for session in sessions if session.starts_at < end_of_today],
            "later": [session for session in sessions if session.starts_at >= end_of_today],
            # The evaluation of their own teaching, one click from their sessions.
            "led_courses": CoursePage.objects.filter(pk__in=led).order_by("path") if led else [],
        },
    )


def _managed_session(request, session_id):
    session = get_object_or_404(TrainingSession.objects.select_related("course"), pk=session_id)
    if not session_may_manage(request.user, session):
        raise PermissionDenied
    return session


def register(request, session_id):
    session = _managed_session(request, session_id)
    participants = list(register_participants(session))
    records = {record.participant_id: record for record in AttendanceRecord.objects.filter(session=session)}
    if request.method == "POST":
        expected_version = bounded_int(request.POST.get("version"), minimum=0)
        expected_version = -1 if expected_version is None else expected_version
        entries = {}
        for person in participants:
            status = request.POST.get(f"status-{person.pk}", "")
            if status:
                entries[person.pk] = (status, clean_text(request.POST.get(f"remark-{person.pk}", ""), 1000))
        try:
            changed = attendance_register_save(
                session=session, entries=entries, marked_by=request.user, expected_version=expected_version
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ngettext(
                    "The register is saved: %(count)s change.", "The register is saved: %(count)s changes.", changed
                )
                % {"count": changed},
            )
            return redirect("faculty_training_register", session_id=session.pk)
        session.refresh_from_db()
        records = {record.participant_id: record for record in AttendanceRecord.objects.filter(session=session)}
    rows = [{"person": person, "record": records.get(person.pk)} for person in participants]
    return TemplateResponse(
        request,
        "faculty_training/admin/register.html",
        {
            "session": session,
            "rows": rows,
            "statuses": [
                (value, str(label)) for value, label in AttendanceRecord.Status.choices
            ],  # translated once, not per row
            "history_url": reverse("faculty_training_sessions:history", args=[session.pk]),
        },
    )


def _without_language_prefix(path):
    """/en/training/check-in/ -> /training/check-in/: each phone is then sent to its own language."""
    return "/" + path.lstrip("/").split("/", 1)[1]


def _projector_language(request, session):
    """The language the room reads: as chosen on the page, else the course's first language of
    delivery, else the facilitator's own."""
    codes = language_codes()
    chosen = request.GET.get("lang", "")
    if chosen in codes:
        return chosen
    delivery = [code for code in session.course.delivery_languages if code in codes]
    if delivery:
        return delivery[0]
    profile = getattr(request.user, "participant_profile", None)
    return getattr(profile, "preferred_language", None) or translation.get_language() or settings.LANGUAGE_CODE


def projector(request, session_id):
    session = _managed_session(request, session_id)
    token = check_in_token(session)
    url = request.build_absolute_uri(_without_language_prefix(reverse("faculty_training:check_in_token", args=[token])))
    qr_svg = segno.make(url, error="m").svg_inline(scale=8, dark="#1d2733", light="#ffffff")
    language = _projector_language(request, session)
    context = {
        "session": session,
        "code": check_in_code(session),
        "qr_svg": qr_svg,
        "refresh_seconds": seconds_until_next_code(),
        "check_in_url": request.build_absolute_uri(_without_language_prefix(reverse("faculty_training:check_in"))),
        "is_open": session.is_check_in_open(),
        "languages": [
            (code, translation.get_language_info(code)["name_local"], code == language) for code in language_codes()
        ],
    }
    with translation.override(language):
        response = TemplateResponse(request, "faculty_training/admin/projector.html", context)
        response.render()
    return response


@require_POST
def cancel(request, session_id):
    session = _managed_session(request, session_id)
    reason = clean_text(request.POST.get("reason", ""), 500).strip()
    if not reason:
        messages.error(request, _("Give a reason for the cancellation."))
    else:
        session_cancel(session=session, reason=reason, user=request.user)
        messages.success(request, _("The session is cancelled. Its records are kept."))
    return redirect("faculty_training_register", session_id=session.pk)


def feedback(request, session_id):
    session = _managed_session(request, session_id)
    return TemplateResponse(
        request, "faculty_training/admin/feedback.html", {"session": session, "summary": feedback_summary(session)}
    )


def import_attendance(request, session_id):
    session = _managed_session(request, session_id)
    context = upload_import(request, functools.partial(attendance_import, session, marked_by=request.user))
    return TemplateResponse(
        request,
        "faculty_training/admin/import_attendance.html",
        {**context, "session": session, "columns": ATTENDANCE_COLUMNS},
    )

"""Admin screens for certificates: the listing, revocation, approval and batches with a ZIP."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from ..exceptions import ServiceError
from ..models import Certificate, CertificateBatch, CoursePage, Enrollment
from ..params import bounded_int, clean_text
from ..services.certificates import certificate_confirm, certificate_issue, certificate_revoke
from ..services.queue import queue_state
from ..tasks import certificate_batch_task, task_backend
from .admin_lists import PersonColumn, RelatedColumnsIndexView

ADMIN_PERMISSION = "faculty_training.change_certificate"


class ReviewQueuePanel(Component):
    """On the admin's home page: how many certificates wait for a decision (nothing when none)."""

    name = "faculty_training_review_queue"
    order = 50
    template_name = "faculty_training/admin/review_queue_panel.html"

    def get_context_data(self, parent_context=None):
        return {"count": Certificate.objects.under_review().count()}


class ActionsColumn(Column):
    cell_template_name = "faculty_training/admin/certificate_actions_cell.html"


class CertificateViewSet(ModelViewSet):
    index_view_class = RelatedColumnsIndexView
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_order = 320
    add_to_admin_menu = True
    list_display = [
        "serial",
        PersonColumn("participant", label=gettext_lazy("Holder"), accessor="participant"),
        "course",
        "issued_at",
        "revoked_at",
        ActionsColumn("actions", label="", accessor="serial"),
    ]
    list_filter = ["course", "revocation_reason"]
    search_fields = ["serial", "verification_code", "participant__participant_profile__latin_name"]
    form_fields = ["revocation_note"]
    inspect_view_enabled = True

    copy_view_enabled = False


def _require(request):
    if not request.user.has_perm(ADMIN_PERMISSION):
        raise PermissionDenied


def revoke(request, serial):
    _require(request)
    certificate = get_object_or_404(Certificate, serial=serial)
    if request.method == "POST":
        try:
            certificate_revoke(
                certificate=certificate,
                reason=clean_text(request.POST.get("reason", ""), 40),
                note=clean_text(request.POST.get("note", ""), 255),
                revoked_by=request.user,
            )
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Certificate %(serial)s is revoked.") % {"serial": certificate.serial})
            return redirect("faculty_training_certificates:index")
    return TemplateResponse(
        request,
        "faculty_training/admin/revoke.html",
        {"certificate": certificate, "reasons": Certificate.RevocationReason.choices},
    )


def review_queue(request):
    """Certificates whose completion no longer holds, oldest first: each waits for confirm or revoke."""
    _require(request)
    certificates = (
        Certificate.objects.under_review()
        .select_related("course", "participant__participant_profile")
        .order_by("review_since")
    )
    return TemplateResponse(request, "faculty_training/admin/review_queue.html", {"certificates": certificates})


@require_POST
def confirm(request, serial):
    _require(request)
    certificate = get_object_or_404(Certificate, serial=serial)
    try:
        certificate_confirm(certificate=certificate, note=request.POST.get("note", ""), confirmed_by=request.user)
    except ServiceError as error:
        messages.error(request, f"{certificate.serial}: {error.message}")
    else:
        messages.success(request, _("Certificate %(serial)s stays valid.") % {"serial": certificate.serial})
    return redirect("faculty_training_certificate_review")


def course_certificates(request, course_id):
    """Issue (approve) a course's certificates and run batches that render them all into a ZIP."""
    _require(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    pending = Enrollment.objects.filter(
        course=course, status=Enrollment.Status.COMPLETED, certificate__isnull=True
    ).select_related("participant__participant_profile")
    return TemplateResponse(
        request,
        "faculty_training/admin/course_certificates.html",
        {
            "course": course,
            "pending": pending,
            "issued": Certificate.objects.filter(course=course).count(),
            "batches": CertificateBatch.objects.filter(course=course).select_related("file")[:10],
            "queue": queue_state(),
        },
    )


@require_POST
def issue_selected(request, course_id):
    _require(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    ids = [number for number in map(bounded_int, request.POST.getlist("enrollment")) if number is not None]
    issued = 0
    for enrollment in Enrollment.objects.filter(course=course, pk__in=ids).select_related("course"):
        try:
            _certificate, created = certificate_issue(enrollment=enrollment, issued_by=request.user)
        except ServiceError as error:
            messages.error(request, error.message)
            continue
        issued += created
    messages.success(
        request, ngettext("%(count)s certificate issued.", "%(count)s certificates issued.", issued) % {"count": issued}
    )
    return redirect("faculty_training_course_certificates", course_id=course.pk)


@require_POST
def start_batch(request, course_id):
    _require(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    batch = CertificateBatch.objects.create(course=course, requested_by=request.user)
    certificate_batch_task.using(backend=task_backend()).enqueue(batch.pk)
    messages.success(request, _("The batch is queued. This page shows its progress."))
    return redirect("faculty_training_course_certificates", course_id=course.pk)

"""Background work (django-tasks): certificate batches and notification e-mails. Web requests only enqueue."""

import io
import zipfile

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .conf import app_settings


def task_backend():
    return app_settings.TASK_BACKEND


@task()
def issue_certificates_task(enrollment_ids):
    from .models import Enrollment
    from .services.certificates import certificate_issue

    for enrollment in Enrollment.objects.filter(pk__in=enrollment_ids).select_related("course"):
        certificate_issue(enrollment=enrollment)


@task()
def deliver_notifications_task(notification_ids):
    """Send the e-mails of these notifications (recorded by services.notifications.notify)."""
    from .services.notifications import notifications_deliver

    return notifications_deliver(notification_ids)


@task()
def certificate_batch_task(batch_id):
    """Issue a course's missing certificates and render all of them into one ZIP, with progress."""
    from .models import Certificate, CertificateBatch
    from .services.certificates import certificate_pdf, certificates_issue_for_course

    batch = CertificateBatch.objects.select_related("course").get(pk=batch_id)
    batch.status = CertificateBatch.Status.RUNNING
    batch.save(update_fields=["status"])
    try:
        certificates_issue_for_course(course=batch.course, issued_by=batch.requested_by)
        certificates = list(Certificate.objects.filter(course=batch.course, revoked_at__isnull=True).order_by("serial"))
        batch.total, batch.done = len(certificates), 0
        batch.save(update_fields=["total", "done"])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for number, certificate in enumerate(certificates, start=1):
                archive.writestr(f"{certificate.serial}.pdf", certificate_pdf(certificate))
                if number % 20 == 0 or number == len(certificates):
                    CertificateBatch.objects.filter(pk=batch.pk).update(done=number)
        # The archive is written only when complete: a killed worker leaves no partial file.
        with transaction.atomic():
            batch.refresh_from_db()
            batch.archive.save(
                f"certificates-{batch.course_id}-{batch.pk}.zip", ContentFile(buffer.getvalue()), save=False
            )
            batch.status, batch.done, batch.finished_at = (
                CertificateBatch.Status.DONE,
                len(certificates),
                timezone.now(),
            )
            batch.save(update_fields=["archive", "status", "done", "finished_at"])
    except Exception as error:
        CertificateBatch.objects.filter(pk=batch.pk).update(
            status=CertificateBatch.Status.FAILED, error=str(error)[:2000], finished_at=timezone.now()
        )
        raise

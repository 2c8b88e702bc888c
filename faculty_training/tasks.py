"""Background work (django-tasks): certificate batches and notification e-mails. Web requests only enqueue."""

import tempfile
import zipfile

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
def completion_pending_task(course_id):
    """Decide the enrolments of a course that a check-in marked "to decide" (completion_decide_soon)."""
    from .services.completion import completion_decide_pending

    return completion_decide_pending(course_id)


@task()
def deliver_notifications_task(notification_ids):
    """Send the e-mails of these notifications (recorded by services.notifications.notify)."""
    from .services.notifications import notifications_deliver

    return notifications_deliver(notification_ids)


@task()
def certificate_batch_task(batch_id):
    """Issue a course's missing certificates and render all of them into one ZIP, with progress.

    The ZIP goes to the private storage under a random name (services.generated_files), owned by
    whoever asked for the batch; it is never written to public media.
    """
    from .models import Certificate, CertificateBatch, GeneratedFile
    from .services.certificates import certificate_pdf, certificates_issue_for_course
    from .services.generated_files import generated_file_save

    batch = CertificateBatch.objects.select_related("course").get(pk=batch_id)
    batch.status = CertificateBatch.Status.RUNNING
    batch.save(update_fields=["status"])
    try:
        certificates_issue_for_course(course=batch.course, issued_by=batch.requested_by)
        certificates = list(Certificate.objects.valid().filter(course=batch.course).order_by("serial"))
        batch.total, batch.done = len(certificates), 0
        batch.save(update_fields=["total", "done"])
        # On disk, not in memory: a course of a thousand certificates makes a ZIP of ~100 MB.
        with tempfile.TemporaryFile(suffix=".zip") as buffer:
            with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for number, certificate in enumerate(certificates, start=1):
                    archive.writestr(f"{certificate.serial}.pdf", certificate_pdf(certificate))
                    if number % 20 == 0 or number == len(certificates):
                        CertificateBatch.objects.filter(pk=batch.pk).update(done=number)
            buffer.seek(0)
            # The archive is stored only when complete: a killed worker leaves no partial file.
            with transaction.atomic():
                batch.refresh_from_db()
                batch.file = generated_file_save(
                    owner=batch.requested_by,
                    kind=GeneratedFile.Kind.CERTIFICATE_BATCH,
                    filename=f"certificates-course-{batch.course_id}-{batch.pk}.zip",
                    content=buffer,
                    content_type="application/zip",
                )
                batch.status, batch.done, batch.finished_at = (
                    CertificateBatch.Status.DONE,
                    len(certificates),
                    timezone.now(),
                )
                batch.save(update_fields=["file", "status", "done", "finished_at"])
    except Exception as error:
        CertificateBatch.objects.filter(pk=batch.pk).update(
            status=CertificateBatch.Status.FAILED, error=str(error)[:2000], finished_at=timezone.now()
        )
        raise


@task()
def export_job_task(job_id):
    """Build a large records export or a ZIP of transcripts (services.export_jobs), with progress."""
    from .services.export_jobs import export_job_run

    export_job_run(job_id)

"""Downloads too large for a web request: records CSV/XLSX and transcript ZIPs built by the worker.

``export_job_start`` only records what was asked and queues ``export_job_task``; the request
returns at once. ``export_job_run`` (the task) recomputes the asker's scope, writes the file to a
temporary file on disk with progress, and stores it privately (``generated_file_save``) only when
it is complete: a worker killed half-way leaves a failed job, never a truncated file that looks
finished.
"""

import tempfile
import zipfile
from itertools import groupby

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..conf import app_settings
from ..exceptions import ServiceError
from ..models import ExportJob, GeneratedFile
from ..selectors.records import COLUMNS, record_rows, records_count, records_queryset, scope_for_user
from .exports import XLSX_MIME, csv_lines, export_filename, export_log, xlsx_file
from .generated_files import generated_file_save, records_scope_key
from .transcripts import transcript_pdf

PROGRESS_EVERY = 1000  # rows between two progress updates (one UPDATE each)


class ExportRefused(Exception):
    """The job cannot be built as asked (no scope any more, too many people): said on its page."""


#: Jobs one person may have waiting or being built at once.
PENDING_JOBS_PER_USER = 3
#: Longest value of one filter kept for a job (the records filter's values are ids, dates, codes).
QUERY_VALUE_MAX = 100


def export_query(params):
    """The records filter of ``params`` (a QueryDict) to store with a job: only the filter's own
    fields, one value each, each bounded; anything else is dropped, never stored."""
    from ..forms.records import RecordsFilterForm

    kept = QueryDict(mutable=True)
    for name in RecordsFilterForm.base_fields:
        value = params.get(name)
        if value:
            kept[name] = value[:QUERY_VALUE_MAX]
    return kept.urlencode()


def export_job_start(*, user, kind, query, language):
    """Record the job and queue it; returns the job (its page shows the progress). Refused
    (ServiceError "busy") while the person already has PENDING_JOBS_PER_USER jobs pending."""
    from django.contrib.auth import get_user_model

    from ..tasks import export_job_task, task_backend

    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=user.pk).exists()  # one start at a time
        pending = ExportJob.objects.filter(
            requested_by=user, status__in=[ExportJob.Status.QUEUED, ExportJob.Status.RUNNING]
        ).count()
        if pending >= PENDING_JOBS_PER_USER:
            raise ServiceError(
                _("Your earlier downloads are still being prepared: wait until one of them is ready, then ask again."),
                "busy",
            )
        job = ExportJob.objects.create(
            requested_by=user, kind=kind, query=export_query(QueryDict(query)), language=language or "en"
        )
    export_job_task.using(backend=task_backend()).enqueue(str(job.pk))
    return job


def export_jobs_recent(user, limit=5):
    return list(ExportJob.objects.filter(requested_by=user).select_related("file")[:limit])


def _progress(job, rows):
    """Yield ``rows`` unchanged, writing how many have passed to the job every PROGRESS_EVERY rows."""
    done = 0
    for done, row in enumerate(rows, start=1):
        if done % PROGRESS_EVERY == 0:
            ExportJob.objects.filter(pk=job.pk).update(done=done)
        yield row
    job.done = done


def _filtered(job):
    from ..forms.records import RecordsFilterForm

    scope = scope_for_user(job.requested_by)
    if scope is None:
        raise ExportRefused("The person who asked may no longer read these records.")
    filters = RecordsFilterForm(QueryDict(job.query) or None, scope=scope).filters()
    return scope, filters, records_queryset(scope, filters)


def _records_file(job, scope, queryset, handle):
    if job.kind == ExportJob.Kind.RECORDS_CSV:
        for line in csv_lines(_progress(job, record_rows(queryset)), COLUMNS):
            handle.write(line)
        return export_filename(scope.label, "csv"), "text/csv; charset=utf-8"
    xlsx_file(_progress(job, record_rows(queryset)), COLUMNS, handle=handle)
    return export_filename(scope.label, "xlsx"), XLSX_MIME


def _transcripts_file(job, scope, queryset, handle):
    people = queryset.order_by().values("participant_id").distinct().count()
    if people > app_settings.TRANSCRIPT_ZIP_MAX_PEOPLE:
        raise ExportRefused(
            f"{people} participants match; one ZIP holds at most {app_settings.TRANSCRIPT_ZIP_MAX_PEOPLE}."
        )
    ExportJob.objects.filter(pk=job.pk).update(total=people)
    job.total = people
    rows = record_rows(queryset.order_by("participant_id", "enrolled_at", "pk"))
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, (participant_id, group) in enumerate(groupby(rows, key=lambda row: row["participant_id"]), 1):
            archive.writestr(f"transcript-{participant_id}.pdf", transcript_pdf(list(group)))
            if number % 20 == 0:
                ExportJob.objects.filter(pk=job.pk).update(done=number)
            job.done = number
    safe = export_filename(scope.label, "zip").replace("records-", "transcripts-", 1)
    return safe, "application/zip"


def _time_zone_of(user):
    """The zone the asker's pages and direct downloads date records in (set at sign-in from their profile,
    see signals.remember_time_zone); the worker has no request, so it is taken from the profile again."""
    from ..models import ParticipantProfile

    profile = ParticipantProfile.objects.filter(user=user).select_related("institution").first()
    return profile.effective_time_zone if profile is not None else None


def export_job_run(job_id):
    """Build the job's file (the task body); returns the job. Failures are recorded on the job."""
    job = ExportJob.objects.select_related("requested_by").get(pk=job_id)
    if job.status != ExportJob.Status.QUEUED:
        return job  # already taken (a retry or a second delivery): never built twice
    claimed = ExportJob.objects.filter(pk=job.pk, status=ExportJob.Status.QUEUED).update(
        status=ExportJob.Status.RUNNING
    )
    if not claimed:
        return job
    job.status = ExportJob.Status.RUNNING
    try:
        with (
            translation.override(job.language),
            timezone.override(_time_zone_of(job.requested_by)),
            tempfile.TemporaryFile() as handle,
        ):
            scope, filters, queryset = _filtered(job)
            if job.kind == ExportJob.Kind.TRANSCRIPTS:
                filename, content_type = _transcripts_file(job, scope, queryset, handle)
                kind, file_format = GeneratedFile.Kind.TRANSCRIPT, "transcripts"
            else:
                job.total = records_count(scope, filters)
                ExportJob.objects.filter(pk=job.pk).update(total=job.total)
                filename, content_type = _records_file(job, scope, queryset, handle)
                kind, file_format = GeneratedFile.Kind.RECORDS_EXPORT, job.kind.removeprefix("records_")
            handle.seek(0)
            job.file = generated_file_save(
                owner=job.requested_by,
                kind=kind,
                filename=filename,
                content=handle,
                content_type=content_type,
                records_of=records_scope_key(scope),
            )
        export_log(user=job.requested_by, scope=scope, filters=filters, rows=job.done, file_format=file_format)
        job.status, job.finished_at = ExportJob.Status.DONE, timezone.now()
        job.save(update_fields=["file", "status", "total", "done", "finished_at"])
    except Exception as error:
        job.status, job.error, job.finished_at = ExportJob.Status.FAILED, str(error)[:2000], timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])
        if not isinstance(error, ExportRefused):
            raise
    return job

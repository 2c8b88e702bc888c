"""The coordinators' records page, its downloads and per-participant transcripts."""


from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.views.decorators.http import require_http_methods, require_POST

from .. import l10n
from ..conf import app_settings
from ..exceptions import ServiceError
from ..forms.records import RecordsFilterForm
from ..models import ExportJob
from ..params import MAX_PAGE, bounded_int
from ..selectors.records import COLUMNS, members_waiting, record_rows, records_count, records_queryset, scope_for_user
from ..services import charts
from ..services.export_jobs import export_job_start, export_jobs_recent, export_query
from ..services.exports import XLSX_MIME, csv_lines, export_filename, export_log, xlsx_file
from ..services.transcripts import transcript_pdf

PAGE_SIZE = 50


def _scope_or_404(request):
    scope = scope_for_user(request.user)
    if scope is None:
        raise Http404  # a participant or a stranger learns nothing, not even that the page exists
    return scope


def _filtered(request):
    scope = _scope_or_404(request)
    form = RecordsFilterForm(request.GET or None, scope=scope)
    filters = form.filters()
    return scope, form, filters, records_queryset(scope, filters)


def _cell(column, value):
    """A record's value as the page shows it, by its column's kind (a thousand cells a page: done here
    rather than in template conditionals, which cost a tenth of a second per page)."""
    if value is None or value == "":
        return ""
    kind = column.kind
    if kind == "name":
        return format_html('<bdi translate="no">{}</bdi>', value)
    if kind == "code":
        return format_html('<bdi translate="no" dir="ltr">{}</bdi>', value)
    if kind == "date":  # record_rows gives dates as ISO text, already in the viewer's zone
        return format_html('<time datetime="{}">{}</time>', value, l10n.format_date(value))
    if kind in ("number", "percent"):
        return conditional_escape(l10n.format_number(value, max_fraction_digits=column.digits))
    return conditional_escape(value)


@login_required
def records(request):
    scope, form, filters, queryset = _filtered(request)
    paginator = Paginator(queryset, PAGE_SIZE)
    paginator.count = records_count(scope, filters)  # without the annotations' joins
    page = paginator.get_page(bounded_int(request.GET.get("page"), maximum=MAX_PAGE) or 1)
    rows = list(record_rows(page.object_list))
    page.object_list = rows  # read once: the page's length and the table use these rows, not a second query
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "table": [
            {
                "participant_id": row["participant_id"],
                "cells": [(column, row.get(column.key), _cell(column, row.get(column.key))) for column in COLUMNS],
            }
            for row in rows
        ],
        "columns": COLUMNS,
        "query": query.urlencode(),
        "scope": scope,
        "scope_label": format_html('<bdi translate="no">{}</bdi>', scope.label),
        "waiting": members_waiting(scope),
        "charts": charts.records_charts(scope),
        "jobs": export_jobs_recent(request.user),
        "sync_limit": app_settings.EXPORT_SYNC_LIMIT,
    }
    return render(request, "faculty_training/records/records.html", context)


def _download_headers(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _queue(request, kind):
    """Hand the export to the worker and show its page: the request does no work on the rows.
    Only a POST starts a job; a GET (a link) shows the button that posts."""
    if request.method != "POST":
        return render(
            request,
            "faculty_training/records/export_start.html",
            {"kind": ExportJob.Kind(kind).label, "query": export_query(request.GET)},
        )
    try:
        job = export_job_start(
            user=request.user, kind=kind, query=request.GET.urlencode(), language=translation.get_language()
        )
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect(f"{reverse('faculty_training_records:index')}?{export_query(request.GET)}")
    return redirect("faculty_training_records:export_job", job_id=job.pk)


@login_required
@require_http_methods(["GET", "POST"])
def export_csv(request):
    scope, _form, filters, queryset = _filtered(request)
    rows = records_count(scope, filters)
    if rows > app_settings.EXPORT_SYNC_LIMIT:
        return _queue(request, ExportJob.Kind.RECORDS_CSV)
    export_log(user=request.user, scope=scope, filters=filters, rows=rows, file_format="csv")
    response = StreamingHttpResponse(csv_lines(record_rows(queryset), COLUMNS), content_type="text/csv; charset=utf-8")
    return _download_headers(response, export_filename(scope.label, "csv"))


@login_required
@require_http_methods(["GET", "POST"])
def export_xlsx(request):
    scope, _form, filters, queryset = _filtered(request)
    rows = records_count(scope, filters)
    if rows > app_settings.EXPORT_SYNC_LIMIT:
        return _queue(request, ExportJob.Kind.RECORDS_XLSX)
    export_log(user=request.user, scope=scope, filters=filters, rows=rows, file_format="xlsx")
    handle = xlsx_file(record_rows(queryset), COLUMNS)
    response = FileResponse(handle, content_type=XLSX_MIME)
    return _download_headers(response, export_filename(scope.label, "xlsx"))


@login_required
@require_POST
def export_transcripts(request):
    """Transcripts of everyone the filter matches, one PDF each in a ZIP: always built by the worker."""
    _scope_or_404(request)
    return _queue(request, ExportJob.Kind.TRANSCRIPTS)


@login_required
def export_job(request, job_id):
    """The progress of one's own export and, when done, its private download link; 404 for anyone else."""
    job = ExportJob.objects.filter(pk=job_id, requested_by=request.user).select_related("file").first()
    if job is None:
        raise Http404
    response = render(request, "faculty_training/records/export_job.html", {"job": job})
    response["Cache-Control"] = "no-store"
    return response


@login_required
def transcript(request, participant_id):
    scope = _scope_or_404(request)
    rows = list(record_rows(records_queryset(scope).filter(participant_id=participant_id)))
    if not rows:
        raise Http404  # not in this viewer's scope, or no records: the same answer
    response = HttpResponse(transcript_pdf(rows), content_type="application/pdf")
    return _download_headers(response, f"transcript-{participant_id}.pdf")

"""The coordinators' records page, its downloads and per-participant transcripts."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.html import format_html

from ..forms.records import RecordsFilterForm
from ..params import MAX_PAGE, bounded_int
from ..selectors.records import COLUMNS, members_waiting, record_rows, records_queryset, scope_for_user
from ..services import charts
from ..services.exports import csv_lines, export_filename, export_log, xlsx_file
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


@login_required
def records(request):
    scope, form, filters, queryset = _filtered(request)
    page = Paginator(queryset, PAGE_SIZE).get_page(bounded_int(request.GET.get("page"), maximum=MAX_PAGE) or 1)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "table": [
            {"participant_id": row["participant_id"], "cells": [(column, row.get(column.key)) for column in COLUMNS]}
            for row in record_rows(page.object_list)
        ],
        "columns": COLUMNS,
        "query": query.urlencode(),
        "scope": scope,
        "scope_label": format_html('<bdi translate="no">{}</bdi>', scope.label),
        "waiting": members_waiting(scope),
        "charts": charts.records_charts(scope),
    }
    return render(request, "faculty_training/records/records.html", context)


def _download_headers(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def export_csv(request):
    scope, _form, filters, queryset = _filtered(request)
    export_log(user=request.user, scope=scope, filters=filters, rows=queryset.count(), file_format="csv")
    response = StreamingHttpResponse(csv_lines(record_rows(queryset), COLUMNS), content_type="text/csv; charset=utf-8")
    return _download_headers(response, export_filename(scope.label, "csv"))


@login_required
def export_xlsx(request):
    scope, _form, filters, queryset = _filtered(request)
    export_log(user=request.user, scope=scope, filters=filters, rows=queryset.count(), file_format="xlsx")
    handle = xlsx_file(record_rows(queryset), COLUMNS)
    response = FileResponse(handle, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return _download_headers(response, export_filename(scope.label, "xlsx"))


@login_required
def transcript(request, participant_id):
    scope = _scope_or_404(request)
    rows = list(record_rows(records_queryset(scope).filter(participant_id=participant_id)))
    if not rows:
        raise Http404  # not in this viewer's scope, or no records: the same answer
    response = HttpResponse(transcript_pdf(rows), content_type="application/pdf")
    return _download_headers(response, f"transcript-{participant_id}.pdf")

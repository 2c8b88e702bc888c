"""/api/v1/: completion records for institutions' own systems (django-ninja, OpenAPI included).

Authentication: ``Authorization: Bearer <token>`` with a per-institution token made in the admin;
a token only ever sees its own institution's faculty.
"""

from datetime import date
from typing import Annotated

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.security import HttpBearer
from pydantic import BeforeValidator

from .models import InstitutionApiToken, ProgramPage
from .models.records import hash_token
from .params import MAX_ID, MAX_PAGE, bounded_int, clean_text, iso_date
from .selectors.records import RecordFilters, record_rows, records_queryset, scope_for_token

MAX_PAGE_SIZE = 200


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        found = (
            InstitutionApiToken.objects.select_related("institution")
            .filter(token_hash=hash_token(token), revoked_at__isnull=True)
            .first()
        )
        if found is None:
            return None
        InstitutionApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        return found


api = NinjaAPI(
    title="Faculty training records",
    version="1",
    description="Completion records of an institution's faculty in the Pakistan–Kazakhstan joint training programmes.",
    urls_namespace="faculty_training_api",
    docs_url="docs/",
    openapi_url="schema/",
    auth=TokenAuth(),
)


class CreditOut(Schema):
    scheme: str
    credits: str


class RecordOut(Schema):
    id: int
    latin_name: str
    native_name: str
    institution: str
    country: str
    discipline: str
    programme: str
    course: str
    course_id: int
    enrolled_on: str
    sessions_attended: int
    sessions_held: int
    attendance_percent: float | None
    modules_done: int
    surveys_required: int
    surveys_done: int
    observations_required: int
    observations_done: int
    status_code: str
    completed_on: str
    cpd_hours: str
    credits: list[CreditOut]
    certificate: str
    certificate_state: str


class RecordsPage(Schema):
    count: int
    page: int
    page_size: int
    results: list[RecordOut]


def _id(value):
    if value in (None, ""):
        return None
    number = bounded_int(value)
    if number is None:
        raise ValueError(_("Give an id: a whole number from 1 to %(largest)s.") % {"largest": MAX_ID})
    return number


def _page(value):
    number = bounded_int(value, maximum=MAX_PAGE) if value not in (None, "") else 1
    if number is None:
        raise ValueError(_("Give a page number from 1 to %(largest)s.") % {"largest": MAX_PAGE})
    return number


def _page_size(value):
    if value in (None, ""):
        return 50
    number = bounded_int(value, minimum=-MAX_ID)  # out-of-range sizes are clamped to 1…200 below
    if number is None:
        raise ValueError(_("Give a page size: a whole number from 1 to %(largest)s.") % {"largest": MAX_PAGE_SIZE})
    return number


def _date(value):
    if value in (None, ""):
        return None
    parsed = iso_date(value)
    if parsed is None:
        raise ValueError(_("Give a date as YYYY-MM-DD, for example 2026-01-31."))
    return parsed


def _text(value):
    return clean_text(value, 64)


RecordId = Annotated[int | None, BeforeValidator(_id)]
RecordDate = Annotated[date | None, BeforeValidator(_date)]
FilterText = Annotated[str, BeforeValidator(_text)]


class RecordsQuery(Schema):
    """Query parameters, each parsed with bounds: a bad value is a 400 that names it."""

    programme: RecordId = None
    course: RecordId = None
    status: FilterText = ""
    enrolled_from: RecordDate = Field(None, description="YYYY-MM-DD")
    enrolled_to: RecordDate = Field(None, description="YYYY-MM-DD")
    discipline: FilterText = ""
    page: Annotated[int, BeforeValidator(_page)] = 1
    page_size: Annotated[int, BeforeValidator(_page_size)] = 50


@api.exception_handler(ValidationError)
def bad_parameters(request, error):
    # 400 rather than django-ninja's 422: a client sent a parameter we cannot read.
    details = [
        {"parameter": ".".join(str(part) for part in item.get("loc", [])[-1:]), "message": _message(item)}
        for item in error.errors
    ]
    return api.create_response(request, {"detail": details}, status=400)


def _message(item):
    message = str(item.get("msg", ""))
    return message.removeprefix("Value error, ")


@api.get("/records/", response=RecordsPage, summary="Completion records of the token's institution")
def list_records(request, query: Query[RecordsQuery]):
    scope = scope_for_token(request.auth)
    programme = ProgramPage.objects.filter(pk=query.programme).first() if query.programme else None
    filters = RecordFilters(
        programme=programme,
        course_id=query.course,
        status=query.status,
        enrolled_from=query.enrolled_from,
        enrolled_to=query.enrolled_to,
        discipline=query.discipline,
    )
    if query.programme and programme is None:
        return {"count": 0, "page": 1, "page_size": query.page_size, "results": []}
    queryset = records_queryset(scope, filters)
    page_size = max(1, min(query.page_size, MAX_PAGE_SIZE))
    page = max(1, query.page)
    start = (page - 1) * page_size
    rows = list(record_rows(queryset[start : start + page_size]))
    return {"count": queryset.count(), "page": page, "page_size": page_size, "results": rows}

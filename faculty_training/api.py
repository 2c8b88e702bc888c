"""/api/v1/: completion records for institutions' own systems (django-ninja, OpenAPI included).

Authentication: ``Authorization: Bearer <token>`` with a per-institution token made in the admin;
a token only ever sees its own institution's faculty.
"""

import zoneinfo
from datetime import date
from decimal import Decimal
from typing import Annotated

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from ninja.security import HttpBearer
from pydantic import BeforeValidator, WithJsonSchema

from .conf import app_settings
from .models import Discipline, Enrollment, InstitutionApiToken, ProgramPage
from .models.records import hash_token
from .params import MAX_ID, MAX_PAGE, bounded_int, clean_text, iso_date
from .selectors.records import RecordFilters, record_rows, records_count, records_queryset, scope_for_token

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
    # No docs page: Swagger UI loads its scripts from a CDN, which the site's Content-Security-Policy
    # (rightly) refuses. The schema at schema/ is what client generators and API tools read.
    docs_url=None,
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
    pre_score: Decimal | None = Field(None, description="First submitted pre-test attempt, percent")
    post_score: Decimal | None = Field(None, description="Best submitted post-test attempt, percent")
    gain: Decimal | None = Field(None, description="Normalised gain (post − pre) / (100 − pre); null when pre = 100")


class RecordsPage(Schema):
    count: int
    page: int
    page_size: int
    results: list[RecordOut]


class Unauthorized(Schema):
    detail: str


class BadParameter(Schema):
    parameter: str = Field(description="The query parameter that could not be read.")
    message: str


class BadParameters(Schema):
    detail: list[BadParameter]


def _given(value):
    """The text of a parameter that was sent: an empty or space-padded value is no value (the schema
    says what each one is; absent means "any", empty is a mistake that must not read as "any")."""
    text = value if isinstance(value, str) else str(value)
    return text if text and text == text.strip() else None


def _id(value):
    number = bounded_int(_given(value))
    if number is None:
        raise ValueError(_("Give an id: a whole number from 1 to %(largest)s.") % {"largest": MAX_ID})
    return number


def _page(value):
    number = bounded_int(_given(value), maximum=MAX_PAGE)
    if number is None:
        raise ValueError(_("Give a page number from 1 to %(largest)s.") % {"largest": MAX_PAGE})
    return number


def _page_size(value):
    number = bounded_int(_given(value), maximum=MAX_PAGE_SIZE)
    if number is None:
        raise ValueError(_("Give a page size: a whole number from 1 to %(largest)s.") % {"largest": MAX_PAGE_SIZE})
    return number


def _date(value):
    parsed = iso_date(_given(value))
    if parsed is None:
        raise ValueError(_("Give a date as YYYY-MM-DD, for example 2026-01-31."))
    return parsed


def _one_of(values):
    def check(value):
        text = clean_text(value, 64)
        if text not in values:
            raise ValueError(_("Give one of these values: %(values)s.") % {"values": ", ".join(values)})
        return text

    return BeforeValidator(check)


# What the schema says of each parameter (a query parameter is never null: absent means "any").
RecordId = Annotated[
    int | None, BeforeValidator(_id), WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_ID})
]
RecordDate = Annotated[
    date | None, BeforeValidator(_date), WithJsonSchema({"type": "string", "format": "date", "example": "2026-01-31"})
]


def _choice(values):
    return WithJsonSchema({"type": "string", "enum": [str(value) for value in values]})


def _no_default(schema):
    schema.pop("default", None)  # absent means "any": the empty default is no member of the enum


class RecordsQuery(Schema):
    """Query parameters, each parsed with bounds: a bad value is a 422 that names it."""

    programme: RecordId = Field(None, description="A programme's id.")
    course: RecordId = Field(None, description="A course's id.")
    status: Annotated[str, _one_of(Enrollment.Status.values), _choice(Enrollment.Status.values)] = Field(
        "", description="Enrolment status.", json_schema_extra=_no_default
    )
    enrolled_from: RecordDate = Field(None, description="Enrolled on or after this date (YYYY-MM-DD).")
    enrolled_to: RecordDate = Field(None, description="Enrolled on or before this date (YYYY-MM-DD).")
    discipline: Annotated[str, _one_of(Discipline.values), _choice(Discipline.values)] = Field(
        "", description="Discipline.", json_schema_extra=_no_default
    )
    page: Annotated[
        int, BeforeValidator(_page), WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_PAGE})
    ] = 1
    page_size: Annotated[
        int, BeforeValidator(_page_size), WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE})
    ] = Field(50, description="Rows per page.")


@api.exception_handler(ValidationError)
def bad_parameters(request, error):
    # 422 with one entry per unreadable parameter, named (the schema documents this shape).
    details = [
        {"parameter": ".".join(str(part) for part in item.get("loc", [])[-1:]), "message": _message(item)}
        for item in error.errors
    ]
    return api.create_response(request, {"detail": details}, status=422)


def _message(item):
    message = str(item.get("msg", ""))
    return message.removeprefix("Value error, ")


@api.get(
    "/records/",
    response={200: RecordsPage, 401: Unauthorized, 422: BadParameters},
    summary="Completion records of the token's institution",
    description="401: no token, or an unknown or revoked one. 422: a parameter could not be read "
    "(each one named, with the reason).",
)
def list_records(request, query: Query[RecordsQuery]):
    # Dates (rows and the enrolled_from/to filters) in the institution's country's zone, as its
    # digests are: a token has no person, so no profile zone (FACULTY_TRAINING_COUNTRY_TIME_ZONES).
    zone = app_settings.COUNTRY_TIME_ZONES.get(request.auth.institution.country, settings.TIME_ZONE)
    with timezone.override(zoneinfo.ZoneInfo(zone)):
        return _list_records(request, query)


def _list_records(request, query):
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
    page_size, page = query.page_size, query.page  # within their bounds: checked above
    start = (page - 1) * page_size
    rows = list(record_rows(queryset[start : start + page_size]))
    return {"count": records_count(scope, filters), "page": page, "page_size": page_size, "results": rows}

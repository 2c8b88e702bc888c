"""/api/v1/: completion records for institutions' own systems (django-ninja, OpenAPI included).

Authentication: ``Authorization: Bearer <token>`` with a per-institution token made in the admin;
a token only ever sees its own institution's faculty.
"""

from datetime import date

from django.utils import timezone
from ninja import NinjaAPI, Query, Schema
from ninja.security import HttpBearer

from .models import InstitutionApiToken, ProgramPage
from .models.records import hash_token
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


class RecordsQuery(Schema):
    programme: int | None = None
    course: int | None = None
    status: str = ""
    enrolled_from: date | None = None
    enrolled_to: date | None = None
    discipline: str = ""
    page: int = 1
    page_size: int = 50


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

"""Completion records of institutions' faculty. Tenancy is enforced here and only here.

Every view, export, command and API call builds its rows with ``records_queryset(scope, ...)``;
a scope comes from ``scope_for_user`` (administrators: everything; a coordinator: their one
institution; anyone else: nothing), ``scope_for_institution`` (the command) or
``scope_for_token`` (the API). Filters can only narrow a scope, never widen it.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import CharField, Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .. import roles
from ..conf import language_codes
from ..credits import credit_line
from ..models import (
    AttendanceRecord,
    Discipline,
    Enrollment,
    Institution,
    ModuleProgress,
    ProgramPage,
    TrainingSession,
)
from ..services.completion import counted_statuses


@dataclass(frozen=True)
class RecordScope:
    institution_ids: tuple | None  # None: every institution
    label: str

    @property
    def is_everything(self):
        return self.institution_ids is None


def scope_for_user(user):
    """What ``user`` may see, or None."""
    if not user.is_authenticated:
        return None
    if roles.is_programme_administrator(user):
        return RecordScope(None, "all")
    coordinator = getattr(user, "coordinator", None)
    if coordinator is not None and user.groups.filter(name=roles.INSTITUTION_COORDINATORS).exists():
        return RecordScope((coordinator.institution_id,), coordinator.institution.code)
    return None


def scope_for_institution(institution):
    return RecordScope((institution.pk,), institution.code)


def scope_for_token(token):
    return RecordScope((token.institution_id,), token.institution.code)


SORTS = {
    "name": ("participant__participant_profile__latin_name", "pk"),
    "-name": ("-participant__participant_profile__latin_name", "-pk"),
    "enrolled": ("enrolled_at", "pk"),
    "-enrolled": ("-enrolled_at", "-pk"),
    "completed": (F("completed_at").asc(nulls_last=True), "pk"),
    "-completed": (F("completed_at").desc(nulls_last=True), "-pk"),
    "status": ("status", "pk"),
    "course": ("course__path", "pk"),
}


@dataclass
class RecordFilters:
    programme: ProgramPage | None = None
    course_id: int | None = None
    status: str = ""
    enrolled_from: date | None = None
    enrolled_to: date | None = None
    discipline: str = ""
    country: str = ""
    institution_id: int | None = None
    sort: str = "-enrolled"


def _count(queryset, group_field):
    return Subquery(
        queryset.order_by().values(group_field).annotate(count=Count("pk")).values("count")[:1],
        output_field=IntegerField(),
    )


def records_queryset(scope, filters=None):
    """Enrolments in ``scope`` matching ``filters``, annotated with everything a record shows."""
    filters = filters or RecordFilters()
    queryset = Enrollment.objects.filter(participant__participant_profile__isnull=False)
    if scope is None:
        return queryset.none()
    if not scope.is_everything:
        queryset = queryset.filter(participant__participant_profile__institution_id__in=scope.institution_ids)
    if filters.programme is not None:
        queryset = queryset.filter(course__path__startswith=filters.programme.path)
    if filters.course_id:
        queryset = queryset.filter(course_id=filters.course_id)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.enrolled_from:
        queryset = queryset.filter(enrolled_at__date__gte=filters.enrolled_from)
    if filters.enrolled_to:
        queryset = queryset.filter(enrolled_at__date__lte=filters.enrolled_to)
    if filters.discipline:
        queryset = queryset.filter(participant__participant_profile__discipline=filters.discipline)
    if filters.country:
        queryset = queryset.filter(participant__participant_profile__institution__country=filters.country)
    if filters.institution_id:
        queryset = queryset.filter(participant__participant_profile__institution_id=filters.institution_id)
    now = timezone.now()
    held = TrainingSession.objects.filter(
        course=OuterRef("course_id"), status=TrainingSession.Status.SCHEDULED, starts_at__lte=now
    )
    attended = AttendanceRecord.objects.filter(
        participant=OuterRef("participant_id"),
        session__course=OuterRef("course_id"),
        session__status=TrainingSession.Status.SCHEDULED,
        session__starts_at__lte=now,
        status__in=counted_statuses(),
    )
    modules = ModuleProgress.objects.filter(participant=OuterRef("participant_id"), course=OuterRef("course_id"))
    language = translation.get_language() or "en"
    title_field = f"course__title_{language}" if language in language_codes() else "course__title_en"
    queryset = queryset.annotate(
        latin_name=F("participant__participant_profile__latin_name"),
        native_name=F("participant__participant_profile__native_name"),
        discipline=F("participant__participant_profile__discipline"),
        institution_code=F("participant__participant_profile__institution__code"),
        country=F("participant__participant_profile__institution__country"),
        course_title=Coalesce(F(title_field), F("course__title_en"), output_field=CharField()),
        course_path=F("course__path"),
        cpd_hours=F("course__cpd_hours"),
        sessions_held=Coalesce(_count(held, "course"), Value(0)),
        sessions_attended=Coalesce(_count(attended, "participant"), Value(0)),
        modules_done=Coalesce(_count(modules, "participant"), Value(0)),
        certificate_serial=F("certificate__serial"),
        certificate_revoked_at=F("certificate__revoked_at"),
        certificate_credits=F("certificate__snapshot__credits"),
    )
    return queryset.order_by(*SORTS.get(filters.sort, SORTS["-enrolled"]))


COLUMNS = [
    ("latin_name", _("Name (Latin)")),
    ("native_name", _("Name (native script)")),
    ("institution", _("Institution")),
    ("discipline", _("Discipline")),
    ("programme", _("Programme")),
    ("course", _("Course")),
    ("enrolled_on", _("Enrolled on")),
    ("attendance", _("Sessions attended")),
    ("attendance_percent", _("Attendance (%)")),
    ("modules_done", _("Modules studied")),
    ("status", _("Status")),
    ("completed_on", _("Completed on")),
    ("cpd_hours", _("CPD hours")),
    ("cpd_credits", _("CPD credit")),
    ("certificate", _("Certificate")),
    ("certificate_state", _("Certificate state")),
]


class _ProgrammeTitles:
    """Programme title of a course, by the course's tree path; one query for all programmes."""

    def __init__(self):
        self.titles = None

    def __call__(self, course_path):
        if self.titles is None:
            language = translation.get_language() or "en"
            self.titles = {
                row["path"]: row.get(f"title_{language}") or row["title_en"]
                for row in ProgramPage.objects.values("path", *(f"title_{code}" for code in language_codes()))
            }
        return self.titles.get(course_path[: -ProgramPage.steplen], "")


def _credits_text(credits, language):
    """The certificate's credit in each scheme, as frozen on it: "Scheme · unit: 12.5; …"."""
    if not isinstance(credits, list):
        return ""
    return "; ".join(credit_line(item, language) for item in credits)


def record_rows(queryset, chunk_size=2000):
    """Plain dicts (keys of COLUMNS) for display, exports and the API, streamed in chunks."""
    programme_title = _ProgrammeTitles()
    language = translation.get_language() or "en"
    statuses = dict(Enrollment.Status.choices)
    disciplines = dict(Discipline.choices)
    for record in queryset.iterator(chunk_size=chunk_size):
        held, attended = record.sessions_held, record.sessions_attended
        if record.certificate_serial:
            state = _("revoked") if record.certificate_revoked_at else _("valid")
        else:
            state = ""
        yield {
            "id": record.pk,
            "participant_id": record.participant_id,
            "latin_name": record.latin_name,
            "native_name": record.native_name,
            "institution": record.institution_code,
            "country": record.country,
            "discipline": str(disciplines.get(record.discipline, record.discipline)),
            "programme": programme_title(record.course_path),
            "course": record.course_title,
            "course_id": record.course_id,
            "enrolled_on": timezone.localdate(record.enrolled_at).isoformat(),
            "attendance": f"{attended}/{held}",
            "sessions_attended": attended,
            "sessions_held": held,
            "attendance_percent": round(100 * attended / held, 1) if held else None,
            "modules_done": record.modules_done,
            "status": str(statuses.get(record.status, record.status)),
            "status_code": record.status,
            "completed_on": timezone.localdate(record.completed_at).isoformat() if record.completed_at else "",
            "cpd_hours": str(record.cpd_hours),
            "cpd_credits": _credits_text(record.certificate_credits, language),
            "credits": [
                {"scheme": item["code"], "credits": item["credits"]}
                for item in (record.certificate_credits if isinstance(record.certificate_credits, list) else [])
            ],
            "certificate": record.certificate_serial or "",
            "certificate_state": str(state),
        }


def institutions_in_scope(scope):
    queryset = Institution.objects.order_by("country", "code")
    return queryset if scope.is_everything else queryset.filter(pk__in=scope.institution_ids)

"""Completion records of institutions' faculty. Tenancy is enforced here and only here.

Every view, export, command and API call builds its rows with ``records_queryset(scope, ...)``;
a scope comes from ``scope_for_user`` (administrators: everything; a coordinator: their one
institution; anyone else: nothing), ``scope_for_institution`` (the command) or
``scope_for_token`` (the API). Filters can only narrow a scope, never widen it.

Facilitators see evaluation results by course instead: ``led_course_ids`` names the courses a
facilitator leads, and the ``led_*`` selectors take only those.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Case, CharField, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .. import roles
from ..conf import language_codes
from ..credits import credit_line
from ..models import Certificate, Discipline, Enrollment, Institution, ProgramPage
from ..models.people import Membership
from .assessments import normalised_gain, score_percent, test_score_annotations


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
    if coordinator is not None and roles.has_role(user, roles.INSTITUTION_COORDINATORS):
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


def records_matching(scope, filters=None):
    """Enrolments in ``scope`` matching ``filters`` (not yet annotated: see ``records_queryset``).

    A person counts for an institution only once their membership is confirmed: an institution's
    scope, and any institution or country filter, sees confirmed members only; the administrators'
    whole scope sees everyone, unconfirmed people without an institution.
    """
    filters = filters or RecordFilters()
    queryset = Enrollment.objects.filter(participant__participant_profile__isnull=False)
    if scope is None:
        return queryset.none()
    member = Q(participant__participant_profile__membership=Membership.VERIFIED)
    if not scope.is_everything:
        queryset = queryset.filter(member, participant__participant_profile__institution_id__in=scope.institution_ids)
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
        queryset = queryset.filter(member, participant__participant_profile__institution__country=filters.country)
    if filters.institution_id:
        queryset = queryset.filter(member, participant__participant_profile__institution_id=filters.institution_id)
    return queryset


def records_count(scope, filters=None):
    """How many records ``records_queryset`` holds: counted on the tenancy and filters alone, without
    the joins its annotations need (a fifth of the time on 150,000 enrolments)."""
    return records_matching(scope, filters).count()


def records_queryset(scope, filters=None):
    """Enrolments in ``scope`` matching ``filters``, annotated with everything a record shows."""
    filters = filters or RecordFilters()
    queryset = records_matching(scope, filters)
    member = Q(participant__participant_profile__membership=Membership.VERIFIED)
    language = translation.get_language() or "en"
    title_field = f"course__title_{language}" if language in language_codes() else "course__title_en"

    def if_member(field):
        return Case(When(member, then=F(field)), default=Value(""), output_field=CharField())

    queryset = queryset.annotate(
        latin_name=F("participant__participant_profile__latin_name"),
        native_name=F("participant__participant_profile__native_name"),
        discipline=F("participant__participant_profile__discipline"),
        institution_code=if_member("participant__participant_profile__institution__code"),
        country=if_member("participant__participant_profile__institution__country"),
        course_title=Coalesce(F(title_field), F("course__title_en"), output_field=CharField()),
        course_path=F("course__path"),
        cpd_hours=F("course__cpd_hours"),
        certificate_serial=F("certificate__serial"),
        certificate_revoked_at=F("certificate__revoked_at"),
        certificate_review_since=F("certificate__review_since"),
        certificate_credits=F("certificate__snapshot__credits"),
        **test_score_annotations(),
    )
    return queryset.order_by(*SORTS.get(filters.sort, SORTS["-enrolled"]))


@dataclass(frozen=True)
class Column:
    """One column of the records: its key in a row, its heading, and what kind of value it holds.

    The records page, the CSV and XLSX files and the transcript all take their headings and
    cells from ``COLUMNS``, so a heading cannot sit over another column's values.
    """

    key: str
    label: str
    kind: str = "text"  # text, name (kept as written), code (left to right), date, number, percent
    digits: int = 1  # fraction digits a page shows of a number (files keep the value whole)


COLUMNS = [
    Column("latin_name", _("Name (Latin)"), "name"),
    Column("native_name", _("Name (native script)"), "name"),
    Column("institution", _("Institution"), "code"),
    Column("discipline", _("Discipline")),
    Column("programme", _("Programme")),
    Column("course", _("Course")),
    Column("enrolled_on", _("Enrolled on"), "date"),
    Column("sessions_held", _("Sessions that count"), "number"),
    Column("sessions_attended", _("Sessions attended"), "number"),
    Column("attendance_percent", _("Attendance (%)"), "percent"),
    Column("modules_done", _("Required modules studied"), "number"),
    Column("surveys_done", _("Required surveys answered"), "number"),
    Column("observations_done", _("Required micro-teaching scored"), "number"),
    Column("status", _("Status")),
    Column("completed_on", _("Completed on"), "date"),
    Column("cpd_hours", _("CPD hours"), "number"),
    Column("cpd_credits", _("CPD credit")),
    Column("certificate", _("Certificate"), "code"),
    Column("certificate_state", _("Certificate state")),
    Column("pre_score", _("Pre-test score (%)"), "number"),
    Column("post_score", _("Post-test score (%)"), "number"),
    Column("gain", _("Normalised gain"), "number", digits=2),  # 0 to 1: one digit would hide most of it
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


#: What ``record_rows`` reads of each annotated enrolment (plain values: no model instance per row).
RECORD_FIELDS = (
    "id",
    "participant_id",
    "latin_name",
    "native_name",
    "institution_code",
    "country",
    "discipline",
    "course_path",
    "course_title",
    "course_id",
    "enrolled_at",
    "sessions_attended",
    "sessions_held",
    "required_modules_done",
    "required_modules",
    "required_surveys_done",
    "required_surveys",
    "required_observations_done",
    "required_observations",
    "status",
    "completed_at",
    "cpd_hours",
    "certificate_credits",
    "certificate_serial",
    "certificate_revoked_at",
    "certificate_review_since",
    "pre_score",
    "post_score",
)


def record_rows(queryset, chunk_size=2000):
    """Plain dicts (keys of COLUMNS) for display, exports and the API, streamed in chunks.

    Exports run this for every record: labels are translated once, not per row, and rows are read
    as plain values rather than model instances (together half the time of a 100,000-row CSV)."""
    programme_title = _ProgrammeTitles()
    language = translation.get_language() or "en"
    statuses = {value: str(label) for value, label in Enrollment.Status.choices}
    disciplines = {value: str(label) for value, label in Discipline.choices}
    states = {value: str(label) for value, label in Certificate.State.choices}
    zone = timezone.get_current_timezone()
    for record in queryset.values(*RECORD_FIELDS).iterator(chunk_size=chunk_size):
        held, attended = record["sessions_held"], record["sessions_attended"]
        if not record["certificate_serial"]:
            state = ""
        elif record["certificate_revoked_at"]:
            state = Certificate.State.REVOKED
        else:
            state = Certificate.State.UNDER_REVIEW if record["certificate_review_since"] else Certificate.State.VALID
        yield {
            "id": record["id"],
            "participant_id": record["participant_id"],
            "latin_name": record["latin_name"],
            "native_name": record["native_name"],
            "institution": record["institution_code"],
            "country": record["country"],
            "discipline": disciplines.get(record["discipline"], record["discipline"]),
            "programme": programme_title(record["course_path"]),
            "course": record["course_title"],
            "course_id": record["course_id"],
            "enrolled_on": record["enrolled_at"].astimezone(zone).date().isoformat(),
            "sessions_attended": attended,
            "sessions_held": held,
            "attendance_percent": round(100 * attended / held, 1) if held else None,
            "modules_done": record["required_modules_done"],
            "modules_required": record["required_modules"],
            "surveys_done": record["required_surveys_done"],
            "surveys_required": record["required_surveys"],
            "observations_done": record["required_observations_done"],
            "observations_required": record["required_observations"],
            "status": statuses.get(record["status"], record["status"]),
            "status_code": record["status"],
            "completed_on": record["completed_at"].astimezone(zone).date().isoformat()
            if record["completed_at"]
            else "",
            "cpd_hours": str(record["cpd_hours"]),
            "cpd_credits": _credits_text(record["certificate_credits"], language),
            "credits": [
                {"scheme": item["code"], "credits": item["credits"]}
                for item in (record["certificate_credits"] if isinstance(record["certificate_credits"], list) else [])
            ],
            "certificate": record["certificate_serial"] or "",
            "certificate_state": states[state] if state else "",
            "certificate_state_code": state,
            "pre_score": score_percent(record["pre_score"]),
            "post_score": score_percent(record["post_score"]),
            "gain": normalised_gain(record["pre_score"], record["post_score"]),
        }


def institutions_in_scope(scope):
    queryset = Institution.objects.order_by("country", "code")
    return queryset if scope.is_everything else queryset.filter(pk__in=scope.institution_ids)


def members_waiting(scope):
    """How many people named an institution in ``scope`` and wait for it to confirm them."""
    from ..models import ParticipantProfile

    profiles = ParticipantProfile.objects.waiting_for_confirmation()
    if not scope.is_everything:
        profiles = profiles.filter(institution_id__in=scope.institution_ids)
    return profiles.count()


def survey_responses_queryset(scope, template_id, course_id=None):
    """Responses to a survey template (every course using it) in ``scope``: a coordinator's scope
    holds the responses of their institution's confirmed faculty only (stored with the response).
    Released responses only (services/surveys.py): every filter here selects whole cells."""
    from ..models import SurveyResponse

    queryset = SurveyResponse.objects.filter(course_survey__template_id=template_id, released=True)
    if scope is None:
        return queryset.none()
    if not scope.is_everything:
        queryset = queryset.filter(institution_id__in=scope.institution_ids)
    if course_id:
        queryset = queryset.filter(course_survey__course_id=course_id)
    return queryset.select_related("course_survey__course", "institution").order_by("id")


def episode_scores_queryset(scope, observation_id=None):
    """Scored micro-teaching episodes in ``scope`` (an institution's confirmed faculty only)."""
    from ..models import EpisodeAssessor

    queryset = EpisodeAssessor.objects.filter(scored_at__isnull=False).select_related("episode")
    if scope is None:
        return queryset.none()
    if not scope.is_everything:
        queryset = queryset.filter(
            episode__participant__participant_profile__membership=Membership.VERIFIED,
            episode__participant__participant_profile__institution_id__in=scope.institution_ids,
        )
    if observation_id:
        queryset = queryset.filter(episode__observation_id=observation_id)
    return queryset


def led_course_ids(user):
    """The ids of the courses ``user`` leads as a facilitator (a lead facilitator of the course and in
    the Facilitators group); None for anyone who is not a facilitator."""
    if not user.is_authenticated or not user.groups.filter(name=roles.FACILITATORS).exists():
        return None
    return set(user.led_courses.values_list("pk", flat=True))


def led_survey_responses_queryset(course_ids, course_survey_id):
    """Released responses to one survey of a course in ``course_ids`` (whole cells, as above)."""
    from ..models import SurveyResponse

    return SurveyResponse.objects.filter(
        course_survey_id=course_survey_id, course_survey__course_id__in=course_ids or (), released=True
    ).order_by("id")


def led_episode_scores_queryset(course_ids):
    """Scored micro-teaching episodes of the courses in ``course_ids``."""
    from ..models import EpisodeAssessor

    return EpisodeAssessor.objects.filter(
        scored_at__isnull=False, episode__observation__course_id__in=course_ids or ()
    ).select_related("episode")

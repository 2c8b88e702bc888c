"""The records page's charts as data for plain HTML bars: integer counts by category and country.

Every count starts from ``records_queryset(scope)``, so a chart counts exactly the people the
records list (an institution's confirmed members only) and groups them by the country the records
show (none for a person whose membership is not confirmed). The template draws each chart as a
table whose numbers are text and whose bars are CSS widths, so labels wrap instead of overlapping,
bars start on the reading side (the right in Urdu) and the page needs no script.
"""

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from django.core.cache import cache
from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..conf import app_settings
from ..models import Enrollment, Institution, TrainingSession
from ..models.certificates import valid_certificate_q
from ..selectors.records import records_queryset
from .completion import counted_statuses

WIDTH_STEP = 5  # bars are drawn with width classes in 5 % steps: no style attribute, whatever the CSP allows
SESSIONS_SHOWN = 40  # the latest held sessions; older ones stay in the records and exports


@dataclass(frozen=True)
class Bar:
    """``count`` of ``total`` (a share), or a plain count drawn against the chart's largest."""

    group: str  # country code, "" for people whose membership is not confirmed
    count: int
    total: int | None
    width: int  # 0 to 100 in WIDTH_STEP steps; 1 is a sliver for a share too small for one step

    @property
    def percent(self):
        """Whole percent, never rounded to 0 or 100 unless it is exactly that."""
        if not self.total:
            return None
        share = round(100 * self.count / self.total)
        if self.count and not share:
            return 1
        if self.count < self.total and share == 100:
            return 99
        return share


@dataclass(frozen=True)
class Row:
    label: str = ""
    day: date | None = None  # a session's date, in the session's own time zone
    month: date | None = None  # the first day of a month
    bars: tuple = ()  # one Bar (or None: nothing to count) per group of the chart


@dataclass(frozen=True)
class Section:
    heading: str  # "" for a chart without sections
    rows: tuple


@dataclass(frozen=True)
class Chart:
    id: str  # unique on the page: every element id of the chart starts with "chart-<id>"
    title: str
    category: str  # heading of the label column
    groups: tuple  # (country code or "", label) per bar column
    sections: tuple

    @property
    def rows(self):
        return [row for section in self.sections for row in section.rows]


def _width(share):
    """``share`` (0–100) rounded to a width class; anything above nothing stays visible."""
    if share <= 0:
        return 0
    return max(1, min(100, round(share / WIDTH_STEP) * WIDTH_STEP))


def _share_bar(group, count, total):
    return Bar(group=group, count=count, total=total, width=_width(100 * count / total)) if total else None


def _groups(countries_present):
    """Countries in a fixed order, then people whose membership is not confirmed, if any appear."""
    groups = [(code, str(label)) for code, label in Institution.Country.choices if code in countries_present]
    if "" in countries_present:
        groups.append(("", _("No confirmed institution")))
    return tuple(groups)


def _enrolments(scope):
    """The scope's records, unordered so that grouping is by the asked columns only."""
    return records_queryset(scope).order_by()


def _current(scope):
    return _enrolments(scope).exclude(status=Enrollment.Status.WITHDRAWN)


def completion_by_course(scope):
    """Completed (not withdrawn) enrolments of each course, by country, out of all of them."""
    rows = (
        _current(scope)
        .values("course_id", "course_title", "course_path", "country")
        .annotate(total=Count("pk"), completed=Count("pk", filter=Q(status=Enrollment.Status.COMPLETED)))
    )
    courses, counts = {}, {}
    for row in rows:
        courses[row["course_id"]] = (row["course_path"], row["course_title"])
        counts[row["course_id"], row["country"]] = (row["completed"], row["total"])
    groups = _groups({country for _course, country in counts})
    chart_rows = tuple(
        Row(
            label=title,
            bars=tuple(_share_bar(code, *counts.get((course_id, code), (0, 0))) for code, _label in groups),
        )
        for course_id, (_path, title) in sorted(courses.items(), key=lambda item: item[1][0])
    )
    return Chart(
        id="completion",
        title=_("Completion rate by course (%)"),
        category=_("Course"),
        groups=groups,
        sections=(Section("", chart_rows),) if chart_rows else (),
    )


def _held_sessions(course_ids, now):
    """The latest held sessions of these courses (started, not cancelled), oldest first."""
    latest = (
        TrainingSession.objects.filter(
            course_id__in=course_ids, status=TrainingSession.Status.SCHEDULED, starts_at__lte=now
        )
        .select_related("course")
        .order_by("-starts_at", "pk")[:SESSIONS_SHOWN]
    )
    return sorted(latest, key=lambda session: (session.course.path, session.starts_at, session.pk))


def attendance_per_session(scope, now=None):
    """Participants present (or late: what counts) at each held session, out of those it counts for.

    Both numbers count the scope's current enrolments in the session's course, and a session
    counts for a person as completion counts it: when it started after they enrolled (or
    FACULTY_TRAINING_COUNT_SESSIONS_BEFORE_ENROLMENT says earlier ones count too), or when they
    attended it anyway. So a share never passes 100 %, newcomers do not pull an old session down,
    and a coordinator's chart counts their confirmed members only.
    """
    now = now or timezone.now()
    current = _current(scope)
    course_ids = set(current.values_list("course_id", flat=True).distinct())
    sessions = _held_sessions(course_ids, now)
    session_ids = [session.pk for session in sessions]
    # Each filter() call joins one session (or attendance) row for all of its conditions.
    after_enrolment = (
        {} if app_settings.COUNT_SESSIONS_BEFORE_ENROLMENT else {"course__sessions__starts_at__gte": F("enrolled_at")}
    )
    counted_for = current.filter(course__sessions__in=session_ids, **after_enrolment)
    expected = {
        (row["course__sessions"], row["country"]): row["count"]
        for row in counted_for.values("course__sessions", "country").annotate(count=Count("pk"))
    }
    present, present_anyway = {}, {}
    for row in (
        current.filter(
            participant__attendance__session__in=session_ids,
            participant__attendance__session__course_id=F("course_id"),
            participant__attendance__status__in=counted_statuses(),
        )
        .values("participant__attendance__session_id", "country")
        .annotate(
            count=Count("pk"),
            # present at a session before they enrolled: it counts for them because they came
            before_enrolment=Count("pk", filter=Q(participant__attendance__session__starts_at__lt=F("enrolled_at"))),
        )
    ):
        key = row["participant__attendance__session_id"], row["country"]
        present[key] = row["count"]
        present_anyway[key] = 0 if app_settings.COUNT_SESSIONS_BEFORE_ENROLMENT else row["before_enrolment"]
    countries = {country for _session, country in expected} | {country for _session, country in present}
    groups = _groups(countries)
    sections = tuple(
        Section(
            _course_title(course_sessions[0].course),
            tuple(
                Row(
                    label=session.title,
                    day=session.starts_at.astimezone(session.zone).date(),
                    bars=tuple(
                        _share_bar(
                            code,
                            present.get((session.pk, code), 0),
                            expected.get((session.pk, code), 0) + present_anyway.get((session.pk, code), 0),
                        )
                        for code, _label in groups
                    ),
                )
                for session in course_sessions
            ),
        )
        for course_sessions in (
            list(group) for _course_id, group in groupby(sessions, key=lambda session: session.course_id)
        )
    )
    return Chart(
        id="attendance",
        title=_("Attendance per session (%)"),
        category=_("Session"),
        groups=groups,
        sections=sections,
    )


def _course_title(course):
    return course.title or course.title_en  # modeltranslation's field in the active language


def _months(first, last):
    """The first day of every month from ``first`` to ``last``: a month without certificates shows 0."""
    months, month = [], first
    while month <= last:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def certificates_per_month(scope):
    """Valid and under-review certificates of the scope's records, by month of issue and country."""
    rows = (
        _enrolments(scope)
        .filter(valid_certificate_q("certificate__"), certificate__isnull=False)
        .annotate(month=TruncMonth("certificate__issued_at"))
        .values("month", "country")
        .annotate(count=Count("pk"))
    )
    # TruncMonth gives midnight of the 1st in the current time zone: its date is the month
    counts = {(row["month"].date(), row["country"]): row["count"] for row in rows}
    groups = _groups({country for _month, country in counts})
    largest = max(counts.values(), default=0)
    months = _months(min(month for month, _c in counts), max(month for month, _c in counts)) if counts else []
    chart_rows = tuple(
        Row(
            month=month,
            bars=tuple(
                Bar(
                    group=code,
                    count=counts.get((month, code), 0),
                    total=None,
                    width=_width(100 * counts.get((month, code), 0) / largest),
                )
                for code, _label in groups
            ),
        )
        for month in months
    )
    return Chart(
        id="certificates",
        title=_("Certificates issued per month"),
        category=_("Month"),
        groups=groups,
        sections=(Section("", chart_rows),) if chart_rows else (),
    )


def records_charts(scope):
    """The charts of the records page, for ``scope``, in the order they are shown.

    Kept in the cache for RECORDS_CHARTS_CACHE_SECONDS, keyed by the scope (its institutions) and
    the language: everyone with that scope sees the same counts. On the programme's scale the three
    aggregations over every record take seconds; the list of records itself is never cached.
    """
    seconds = app_settings.RECORDS_CHARTS_CACHE_SECONDS
    if not seconds:
        return _records_charts(scope)
    institutions = "all" if scope.is_everything else ".".join(map(str, sorted(scope.institution_ids)))
    key = f"faculty_training:records_charts:{translation.get_language()}:{institutions}"
    charts = cache.get(key)
    if charts is None:
        charts = _records_charts(scope)
        cache.set(key, charts, seconds)
    return charts


def _records_charts(scope):
    return [completion_by_course(scope), attendance_per_session(scope), certificates_per_month(scope)]

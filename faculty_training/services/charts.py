"""Charts for the records page, as server-side SVG (pygal), each with its numbers as a table."""

import re
from collections import defaultdict

import pygal
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from pygal.style import Style

from ..models import AttendanceRecord, Certificate, Enrollment, Institution, TrainingSession
from .completion import counted_statuses

COUNTRY = "participant__participant_profile__institution__country"  # grouping key of every chart

COUNTRY_COLOURS = {"PK": "#0b6b3a", "KZ": "#00a3c4"}


def _style():
    urdu = translation.get_language() == "ur"
    return Style(
        background="transparent",
        plot_background="transparent",
        foreground="#1d2733",
        foreground_strong="#1d2733",
        foreground_subtle="#d9dee3",
        colors=tuple(COUNTRY_COLOURS.values()),
        font_family='"Noto Nastaliq Urdu", "Noto Sans", sans-serif' if urdu else '"Noto Sans", sans-serif',
        label_font_size=12,
        major_label_font_size=12,
        legend_font_size=13,
        title_font_size=15,
    )


def _chart(kind, title, **options):
    chart = kind(
        style=_style(),
        title=title,
        width=760,
        height=360,
        js=[],  # no script: the charts are plain SVG
        disable_xml_declaration=True,
        legend_at_bottom=True,
        print_values=False,
        **options,
    )
    return chart


_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)


def _render(chart):
    """The chart as SVG text without pygal's configuration script: plain markup, no script."""
    return _SCRIPT.sub("", chart.render(is_unicode=True))


def _countries():
    return dict(Institution.Country.choices)


def _scoped(queryset, scope, path):
    if scope.is_everything:
        return queryset
    return queryset.filter(**{f"{path}__in": scope.institution_ids})


def completion_by_course(scope):
    """Completed share of each course's (not withdrawn) enrolments, by country."""
    rows = (
        _scoped(
            Enrollment.objects.exclude(status=Enrollment.Status.WITHDRAWN),
            scope,
            "participant__participant_profile__institution_id",
        )
        .values("course_id", "course__title_en", COUNTRY)
        .annotate(total=Count("pk"), completed=Count("pk", filter=Q(status=Enrollment.Status.COMPLETED)))
        .order_by("course__path")
    )
    language = translation.get_language()
    titles = {}
    data = defaultdict(dict)
    for row in rows:
        course_id = row["course_id"]
        titles[course_id] = row["course__title_en"]
        data[row[COUNTRY]][course_id] = (
            row["completed"],
            row["total"],
        )
    if titles and language != "en":
        from ..models import CoursePage

        field = f"title_{language}"
        titles.update(
            {pk: title for pk, title in CoursePage.objects.filter(pk__in=titles).values_list("pk", field) if title}
        )
    chart = _chart(pygal.HorizontalBar, _("Completion rate by course (%)"), range=(0, 100))
    course_ids = list(titles)
    chart.x_labels = [titles[pk] for pk in course_ids]
    table = []
    for country, label in _countries().items():
        if country not in data:
            continue
        values = []
        for pk in course_ids:
            completed, total = data[country].get(pk, (0, 0))
            values.append(round(100 * completed / total, 1) if total else None)
            table.append((titles[pk], label, completed, total))
        chart.add(str(label), values)
    return {"svg": _render(chart) if course_ids else "", "table": table, "id": "completion"}


def _count_by_country(queryset, scope, key):
    """{(key value, country): rows} for the scope's participants, in one grouped query."""
    rows = (
        _scoped(queryset, scope, "participant__participant_profile__institution_id")
        .values(key, COUNTRY)
        .annotate(count=Count("pk"))
    )
    return {(row[key], row[COUNTRY]): row["count"] for row in rows}


def attendance_over_time(scope):
    """Share of enrolled participants present at each held session, by country, in date order."""
    now = timezone.now()
    sessions = list(
        TrainingSession.objects.filter(status=TrainingSession.Status.SCHEDULED, starts_at__lte=now).order_by(
            "starts_at"
        )[:40]
    )
    enrolled_by = _count_by_country(Enrollment.objects.exclude(status=Enrollment.Status.WITHDRAWN), scope, "course_id")
    present_by = _count_by_country(
        AttendanceRecord.objects.filter(session__in=sessions, status__in=counted_statuses()), scope, "session_id"
    )
    chart = _chart(pygal.Line, _("Attendance per session (%)"), range=(0, 100), x_label_rotation=30, dots_size=4)
    chart.x_labels = [timezone.localtime(session.starts_at).strftime("%Y-%m-%d") for session in sessions]
    table = []
    for country, label in _countries().items():
        values = []
        for session in sessions:
            total = enrolled_by.get((session.course_id, country), 0)
            count = present_by.get((session.pk, country), 0)
            values.append(round(100 * count / total, 1) if total else None)
            if total:
                table.append((chart.x_labels[len(values) - 1], session.title, label, count, total))
        if any(value is not None for value in values):
            chart.add(str(label), values)
    return {"svg": _render(chart) if table else "", "table": table, "id": "attendance"}


def certificates_per_month(scope):
    rows = (
        _scoped(
            Certificate.objects.filter(revoked_at__isnull=True),
            scope,
            "participant__participant_profile__institution_id",
        )
        .annotate(month=TruncMonth("issued_at"))
        .values("month", COUNTRY)
        .annotate(count=Count("pk"))
        .order_by("month")
    )
    months = sorted({row["month"].date().isoformat()[:7] for row in rows})
    counts = {(row["month"].date().isoformat()[:7], row[COUNTRY]): row["count"] for row in rows}
    chart = _chart(pygal.Bar, _("Certificates issued per month"))
    chart.x_labels = months
    table = []
    for country, label in _countries().items():
        values = [counts.get((month, country), 0) for month in months]
        if any(values):
            chart.add(str(label), values)
            table.extend((month, label, counts.get((month, country), 0)) for month in months)
    return {"svg": _render(chart) if months else "", "table": table, "id": "certificates"}

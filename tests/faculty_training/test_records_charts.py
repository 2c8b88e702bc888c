"""The records page's charts: whole counts, sessions named and dated, scoped like the records, valid HTML."""

from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from faculty_training.models import AttendanceRecord, Certificate, Enrollment, InstitutionCoordinator
from faculty_training.selectors.records import scope_for_institution, scope_for_user
from faculty_training.services import charts
from faculty_training.services.enrollment import enrollment_create
from tests.builders import (
    build_completed_enrollment,
    build_content_tree,
    build_group_member,
    build_institution,
    build_participant,
    build_session,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    pk = build_institution(code="PK-A", country="PK", name_en="Lahore College")
    kz = build_institution(code="KZ-B", country="KZ", name_en="Almaty University")
    tree = build_content_tree(modules=1)
    course = tree["course"]
    members = [build_participant(institution=pk, latin_name=f"Pak Person {n}") for n in range(3)]
    pending = build_participant(institution=pk, latin_name="Not Yet Confirmed", membership="pending")
    kazakhs = [build_participant(institution=kz, latin_name=f"Kaz Person {n}") for n in range(2)]
    for person in [*members, pending, *kazakhs]:
        enrollment_create(participant=person, course=course)
    Enrollment.objects.filter(participant__in=[members[0], pending]).update(status=Enrollment.Status.COMPLETED)
    coordinator = build_group_member("Institution coordinators", username="co_pk")
    InstitutionCoordinator.objects.create(user=coordinator, institution=pk)
    admin = build_group_member("Programme administrators", username="pa")
    return {
        "pk": pk,
        "kz": kz,
        "course": course,
        "members": members,
        "pending": pending,
        "kazakhs": kazakhs,
        "coordinator": coordinator,
        "admin": admin,
    }


def _present(session, *people, status=AttendanceRecord.Status.PRESENT):
    for person in people:
        AttendanceRecord.objects.create(session=session, participant=person, status=status, method="register")


def _bars(chart):
    """{(row label or month, group): (count, total)} of a chart."""
    codes = [code for code, _label in chart.groups]
    return {
        (row.label or row.month, code): (bar.count, bar.total)
        for row in chart.rows
        for code, bar in zip(codes, row.bars, strict=True)
        if bar is not None
    }


def test_coordinators_completion_chart_counts_only_confirmed_members_of_their_institution(world):
    chart = charts.completion_by_course(scope_for_user(world["coordinator"]))
    assert chart.groups == (("PK", "Pakistan"),)
    # 3 confirmed members, 1 completed; the pending person (completed too) and the Kazakhs are not counted
    assert _bars(chart) == {(world["course"].title, "PK"): (1, 3)}


def test_administrators_chart_shows_unconfirmed_people_apart_from_any_country(world):
    chart = charts.completion_by_course(scope_for_user(world["admin"]))
    assert [code for code, _label in chart.groups] == ["PK", "KZ", ""]
    bars = _bars(chart)
    title = world["course"].title
    assert bars[title, "PK"] == (1, 3) and bars[title, "KZ"] == (0, 2) and bars[title, ""] == (1, 1)


def test_attendance_rows_name_and_date_each_session_and_count_only_the_scope(world):
    course = world["course"]
    first = build_session(course, starts_in_minutes=-3 * 24 * 60, title_en="Opening workshop")
    second = build_session(course, starts_in_minutes=-3 * 24 * 60 + 240, title_en="Practice session")
    build_session(course, starts_in_minutes=24 * 60, title_en="Not held yet")
    Enrollment.objects.update(enrolled_at=timezone.now() - timedelta(days=7))
    members = world["members"]
    _present(first, *members, world["pending"], world["kazakhs"][0])
    _present(second, members[0], status=AttendanceRecord.Status.LATE)
    _present(second, members[1], status=AttendanceRecord.Status.ABSENT)

    chart = charts.attendance_per_session(scope_for_user(world["coordinator"]))

    assert [section.heading for section in chart.sections] == [course.title]
    rows = chart.rows
    assert [row.label for row in rows] == ["Opening workshop", "Practice session"]
    # Each session is dated in its own zone (the two may fall on different local days near midnight).
    assert [row.day for row in rows] == [timezone.localtime(s.starts_at, s.zone).date() for s in (first, second)]
    assert [(row.bars[0].count, row.bars[0].total) for row in rows] == [(3, 3), (1, 3)]
    assert all(isinstance(row.bars[0].count, int) for row in rows)


def test_a_session_before_someone_enrolled_counts_for_them_only_if_they_came(world):
    course = world["course"]
    session = build_session(course, starts_in_minutes=-3 * 24 * 60)
    members = world["members"]
    Enrollment.objects.filter(participant__in=members[1:]).update(enrolled_at=timezone.now() - timedelta(days=1))
    _present(session, members[0], members[2])  # members[2] came before enrolling: counts; members[1] did not

    (row,) = charts.attendance_per_session(scope_for_user(world["coordinator"])).rows

    assert (row.bars[0].count, row.bars[0].total) == (2, 2)


def test_certificates_are_counted_in_whole_numbers_per_month_with_empty_months_shown(world):
    institution = world["pk"]
    enrollments = [build_completed_enrollment(institution=institution)[0] for _n in range(4)]
    assert Certificate.objects.filter(enrollment__in=enrollments).count() == 4
    months = [datetime(2026, 9, 10, tzinfo=UTC)] * 3 + [datetime(2026, 11, 10, tzinfo=UTC)]
    for enrollment, issued_at in zip(enrollments, months, strict=True):
        Certificate.objects.filter(enrollment=enrollment).update(issued_at=issued_at)
    Certificate.objects.filter(enrollment=enrollments[0]).update(revoked_at=timezone.now())
    build_completed_enrollment(institution=world["kz"])

    chart = charts.certificates_per_month(scope_for_institution(institution))

    assert chart.groups == (("PK", "Pakistan"),)
    assert [row.month.isoformat() for row in chart.rows] == ["2026-09-01", "2026-10-01", "2026-11-01"]
    bars = [(bar.count, bar.total, bar.width) for row in chart.rows for bar in row.bars]
    assert bars == [(2, None, 100), (0, None, 0), (1, None, 50)]  # one September certificate is revoked


@pytest.mark.parametrize(
    ("count", "total", "percent", "width"),
    [(0, 7, 0, 0), (1, 300, 1, 1), (2, 3, 67, 65), (199, 200, 99, 100), (5, 5, 100, 100)],
)
def test_a_share_rounds_to_whole_percent_but_never_to_nothing_or_everything(count, total, percent, width):
    bar = charts._share_bar("PK", count, total)
    assert (bar.percent, bar.width) == (percent, width)


def test_chart_numbers_use_the_languages_number_format():
    chart = charts.Chart(
        id="certificates",
        title="Certificates",
        category="Month",
        groups=(("PK", "Pakistan"),),
        sections=(
            charts.Section(
                "", (charts.Row(month=datetime(2026, 11, 1).date(), bars=(charts.Bar("PK", 12345, None, 100),)),)
            ),
        ),
    )
    with translation.override("ru"):
        html = render_to_string("faculty_training/records/chart.html", {"chart": chart})
    assert "12\xa0345" in html and "ноябрь 2026\u202fг." in html  # CLDR: the month stands alone, in lower case
    assert "style=" not in html  # widths are classes: nothing for the Content Security Policy to refuse


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = []

    def handle_starttag(self, tag, attrs):
        self.ids.extend(value for name, value in attrs if name == "id")


def test_records_page_charts_are_tables_with_unique_ids_and_localized_session_dates(client, world):
    course = world["course"]
    for title in ("Opening workshop", "Case review"):
        session = build_session(course, starts_in_minutes=-2 * 24 * 60, title_en=title, title_ru=title.upper())
        _present(session, *world["members"], *world["kazakhs"])
    build_completed_enrollment(institution=world["pk"])
    build_completed_enrollment(institution=world["kz"])
    client.force_login(world["admin"])
    with translation.override("ru"):
        html = client.get(reverse("faculty_training_records:index")).content.decode()

    parser = _Ids()
    parser.feed(html)
    duplicates = {value for value in parser.ids if parser.ids.count(value) > 1}
    assert not duplicates
    for chart_id in ("completion", "attendance", "certificates"):
        assert f'<div class="chart chart--{chart_id}" id="chart-{chart_id}">' in html
        assert f'<caption class="chart__title" id="chart-{chart_id}-title">' in html
    day = timezone.localtime(session.starts_at, session.zone)
    months = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ]
    date_text = f"{day.day} {months[day.month - 1]} {day.year}\u202fг."  # CLDR's Russian long date
    assert (
        f'<span class="chart__name">OPENING WORKSHOP</span><time class="chart__date" datetime="{day.date().isoformat()}">{date_text}</time>'
        in html
    )
    assert "<svg" not in html

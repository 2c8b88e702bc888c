"""Completion records: tenancy in every path, exports equal to the page, formula injection, audit."""

import csv
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import ModelLogEntry

from faculty_training.models import InstitutionApiToken, InstitutionCoordinator
from faculty_training.models.records import hash_token
from faculty_training.selectors.records import COLUMNS
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.exports import neutralize
from tests.builders import build_content_tree, build_group_member, build_institution, build_participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    pk = build_institution(code="PK-A", country="PK", name_en="Lahore College")
    kz = build_institution(code="KZ-B", country="KZ", name_en="Almaty University")
    tree = build_content_tree(modules=1)
    pk_people = [
        build_participant(institution=pk, latin_name=f"Pak Person {n}", native_name="عائشہ خان") for n in range(3)
    ]
    kz_people = [
        build_participant(institution=kz, latin_name=f"Kaz Person {n}", native_name="Әлия Жақсыбекова")
        for n in range(2)
    ]
    for person in pk_people + kz_people:
        enrollment_create(participant=person, course=tree["course"])
    coordinator_pk = build_group_member("Institution coordinators", username="co_pk")
    InstitutionCoordinator.objects.create(user=coordinator_pk, institution=pk)
    coordinator_kz = build_group_member("Institution coordinators", username="co_kz")
    InstitutionCoordinator.objects.create(user=coordinator_kz, institution=kz)
    admin = build_group_member("Programme administrators", username="pa")
    return {
        "pk": pk,
        "kz": kz,
        "tree": tree,
        "pk_people": pk_people,
        "kz_people": kz_people,
        "coordinator_pk": coordinator_pk,
        "coordinator_kz": coordinator_kz,
        "admin": admin,
    }


def _csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def _xlsx_rows(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    # Empty cells are not written, so a row may end early.
    return [dict(zip(rows[0], (*row, *[None] * (len(rows[0]) - len(row))), strict=True)) for row in rows[1:]]


def _as_csv_text(value):
    """A typed XLSX cell as the CSV writes it: ISO dates, plain numbers, percentages as 0-100."""
    import datetime

    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return str(value)


def _names(rows, key="Name (Latin)"):
    return sorted(row[key] for row in rows)


def test_coordinator_sees_only_their_institution(client, world):
    client.force_login(world["coordinator_pk"])
    html = client.get(reverse("faculty_training_records:index")).content.decode()
    assert "Pak Person 0" in html and "Kaz Person 0" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"country": "KZ"},
        {"institution": "KZ_ID"},
        {"institution": "999999"},
        {"course": "COURSE", "country": "KZ"},
        {"status": "nonsense"},
    ],
)
def test_tampered_filters_never_reveal_another_institution(client, world, params):
    params = {
        key: str(world["kz"].pk)
        if value == "KZ_ID"
        else str(world["tree"]["course"].pk)
        if value == "COURSE"
        else value
        for key, value in params.items()
    }
    client.force_login(world["coordinator_pk"])
    for name in ("index", "export_csv"):
        response = client.get(reverse(f"faculty_training_records:{name}"), params)
        body = response.content.decode() if name == "index" else b"".join(response.streaming_content).decode()
        assert "Kaz Person" not in body


def test_administrator_sees_both_countries_and_can_filter_by_country(client, world):
    client.force_login(world["admin"])
    rows = _csv_rows(client.get(reverse("faculty_training_records:export_csv")))
    assert _names(rows) == ["Kaz Person 0", "Kaz Person 1", "Pak Person 0", "Pak Person 1", "Pak Person 2"]
    only_kz = _csv_rows(client.get(reverse("faculty_training_records:export_csv"), {"country": "KZ"}))
    assert _names(only_kz) == ["Kaz Person 0", "Kaz Person 1"]


@pytest.mark.parametrize("who", ["participant", "facilitator", "editor", "anonymous"])
def test_records_are_not_for_anyone_else(client, world, who):
    if who == "participant":
        client.force_login(world["pk_people"][0])
    elif who != "anonymous":
        client.force_login(build_group_member({"facilitator": "Facilitators", "editor": "Editors"}[who], username=who))
    for name in ("index", "export_csv", "export_xlsx"):
        assert client.get(reverse(f"faculty_training_records:{name}")).status_code in (302, 404)


def test_csv_and_xlsx_equal_the_rows_of_the_page(client, world):
    client.force_login(world["coordinator_kz"])
    csv_rows = _csv_rows(client.get(reverse("faculty_training_records:export_csv"), {"sort": "name"}))
    xlsx_rows = _xlsx_rows(client.get(reverse("faculty_training_records:export_xlsx"), {"sort": "name"}))
    page = client.get(reverse("faculty_training_records:index"), {"sort": "name"})
    page_rows = [{column.key: value for column, value, _html in row["cells"]} for row in page.context["table"]]
    assert [row["Name (Latin)"] for row in csv_rows] == [row["latin_name"] for row in page_rows]
    assert [row["Name (native script)"] for row in csv_rows] == ["Әлия Жақсыбекова"] * 2
    assert [{key: _as_csv_text(value) for key, value in row.items()} for row in xlsx_rows] == csv_rows


def test_downloads_are_uncached_dated_ascii_and_audited(client, world):
    client.force_login(world["coordinator_pk"])
    response = client.get(reverse("faculty_training_records:export_csv"), {"status": "active"})
    b"".join(response.streaming_content)
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Disposition"].startswith('attachment; filename="records-PK-A-20')
    entry = ModelLogEntry.objects.get(action="faculty_training.records_export")
    assert entry.user == world["coordinator_pk"]
    assert entry.data == {
        "scope": "PK-A",
        "format": "csv",
        "rows": 3,
        "filters": {"status": "active", "sort": "-enrolled"},
    }


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_injection_is_neutralised_in_both_formats(client, world, payload):
    profile = world["pk_people"][0].participant_profile
    type(profile).objects.filter(pk=profile.pk).update(native_name=payload)  # as if imported long ago
    client.force_login(world["coordinator_pk"])
    csv_values = [
        row["Name (native script)"] for row in _csv_rows(client.get(reverse("faculty_training_records:export_csv")))
    ]
    # XML turns a stored carriage return into a line feed when the workbook is read back.
    xlsx_values = [
        row["Name (native script)"].replace("\n", "\r") if payload == "\rcmd" else row["Name (native script)"]
        for row in _xlsx_rows(client.get(reverse("faculty_training_records:export_xlsx")))
    ]
    assert "'" + payload in csv_values and "'" + payload in xlsx_values
    assert payload not in csv_values and payload not in xlsx_values


def test_neutralize_leaves_ordinary_text_alone():
    assert neutralize("Әлия") == "Әлия" and neutralize("12.5") == "12.5" and neutralize(None) == ""


def test_transcript_of_another_institutions_participant_is_a_404(client, world):
    client.force_login(world["coordinator_pk"])
    own = client.get(reverse("faculty_training_records:transcript", args=[world["pk_people"][0].pk]))
    assert own.status_code == 200 and own.content.startswith(b"%PDF")
    other = client.get(reverse("faculty_training_records:transcript", args=[world["kz_people"][0].pk]))
    assert other.status_code == 404


def _token(institution, revoked=False):
    secret = InstitutionApiToken.new_secret()
    token = InstitutionApiToken.objects.create(
        institution=institution, name="HR", token_hash=hash_token(secret), prefix=secret[:8]
    )
    if revoked:
        from django.utils import timezone

        token.revoked_at = timezone.now()
        token.save()
    return secret


def test_api_token_sees_only_its_institution_whatever_the_filters(client, world):
    secret = _token(world["kz"])
    response = client.get("/api/v1/records/", {"page_size": 100}, HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2 and {row["institution"] for row in data["results"]} == {"KZ-B"}
    tampered = client.get(
        "/api/v1/records/", {"country": "PK", "institution": world["pk"].pk}, HTTP_AUTHORIZATION=f"Bearer {secret}"
    )
    assert {row["institution"] for row in tampered.json()["results"]} == {"KZ-B"}


def test_api_refuses_revoked_missing_and_wrong_tokens(client, world):
    assert client.get("/api/v1/records/").status_code == 401
    assert client.get("/api/v1/records/", HTTP_AUTHORIZATION="Bearer ftr_wrong").status_code == 401
    revoked = _token(world["pk"], revoked=True)
    assert client.get("/api/v1/records/", HTTP_AUTHORIZATION=f"Bearer {revoked}").status_code == 401


def test_api_pages_and_describes_itself(client, world):
    secret = _token(world["pk"])
    first = client.get("/api/v1/records/", {"page_size": 2}, HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    second = client.get("/api/v1/records/", {"page_size": 2, "page": 2}, HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    assert first["count"] == 3 and len(first["results"]) == 2 and len(second["results"]) == 1
    assert {row["id"] for row in first["results"]}.isdisjoint({row["id"] for row in second["results"]})
    schema = client.get("/api/v1/schema/").json()
    assert "/api/v1/records/" in schema["paths"]


def test_only_a_hash_of_the_token_is_stored(world):
    secret = _token(world["pk"])
    token = InstitutionApiToken.objects.get()
    assert secret not in (token.token_hash, token.prefix) and token.token_hash == hash_token(secret)


def test_export_command_writes_one_institution(tmp_path, world):
    output = tmp_path / "records.csv"
    call_command("export_records", "--institution", "kz-b", "--format", "csv", "--output", str(output))
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert _names(rows) == ["Kaz Person 0", "Kaz Person 1"]
    xlsx = tmp_path / "records.xlsx"
    call_command("export_records", "--institution", "PK-A", "--format", "xlsx", "--output", str(xlsx))
    assert openpyxl.load_workbook(xlsx).active.max_row == 4
    with pytest.raises(CommandError, match="Unknown institution code 'NOPE'"):
        call_command("export_records", "--institution", "NOPE", "--format", "csv", "--output", str(output))


def test_records_page_draws_charts_as_tables_in_urdu(client, world):
    from django.utils import translation

    client.force_login(world["admin"])
    with translation.override("ur"):
        html = client.get(reverse("faculty_training_records:index")).content.decode()
    chart = html[html.index('id="chart-completion"') : html.index("</table>", html.index('id="chart-completion"'))]
    assert "کورس کے لحاظ سے تکمیل کی شرح" in chart and "<svg" not in html and "<script" not in chart
    assert "0%" in chart and "5 میں سے 0" not in chart and "3 میں سے 0" in chart  # Pakistan: 0 of 3 completed


def test_every_row_of_the_records_table_has_a_cell_under_each_heading(client, world):
    import re

    client.force_login(world["admin"])
    html = client.get(reverse("faculty_training_records:index")).content.decode()
    table = html[html.index('<table class="records">') : html.index("</table>")]
    headings = len(re.findall(r"<th scope=\"col\"", table))
    rows = re.findall(r"<tr>(.*?)</tr>", table[table.index("<tbody>") :], flags=re.S)
    assert len(rows) == 5
    assert {len(re.findall(r"<td[ >]", row)) for row in rows} == {headings}
    empty = client.get(reverse("faculty_training_records:index"), {"status": "withdrawn"}).content.decode()
    assert f'colspan="{headings}"' in empty


def test_xlsx_cells_are_typed_formatted_and_safe_and_urdu_reads_right_to_left(client, world):
    import datetime

    from faculty_training.models import ParticipantProfile

    ParticipantProfile.objects.filter(user=world["kz_people"][0]).update(position="=HYPERLINK(1)")
    world["kz_people"][0].participant_profile.refresh_from_db()
    client.force_login(world["admin"])
    for language, rtl in (("en", False), ("ur", True)):
        response = client.get(f"/{language}/records/export.xlsx")
        workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        sheet = workbook.active
        assert bool(sheet.sheet_view.rightToLeft) is rtl
        assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
        assert sheet.column_dimensions["A"].width >= 20
        row = list(sheet[2])
        keys = [column.key for column in COLUMNS]
        enrolled = row[keys.index("enrolled_on")]
        assert isinstance(enrolled.value, datetime.datetime) and enrolled.number_format == "yyyy-mm-dd"
        for key in ("sessions_held", "sessions_attended", "cpd_hours"):
            assert isinstance(row[keys.index(key)].value, (int, float)), key  # numbers, not text
        assert all(cell.data_type != "f" for cell in row)
    texts = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row if isinstance(cell.value, str)]
    assert all(not text.startswith("=") for text in texts)


def test_csv_splits_sessions_into_two_numeric_columns(client, world):
    client.force_login(world["admin"])
    rows = _csv_rows(client.get(reverse("faculty_training_records:export_csv")))
    assert {"Sessions that count", "Sessions attended"} <= set(rows[0])
    assert all(row["Sessions attended"].isdigit() and row["Sessions that count"].isdigit() for row in rows)
    assert not any("/" in value for row in rows for value in row.values() if value and value[0].isdigit())


@pytest.mark.parametrize(
    "who, params, expected",
    [
        ("admin", {}, 5),
        ("admin", {"country": "KZ"}, 2),
        ("admin", {"status": "completed"}, 0),
        ("coordinator_pk", {}, 3),
        ("coordinator_kz", {"country": "PK"}, 2),  # a coordinator has no country filter: their own records
    ],
)
def test_the_records_count_is_the_number_of_rows_listed(client, world, who, params, expected):
    """The page counts without the annotations' joins (selectors.records.records_count): the count it
    shows, the rows it lists and the API's count must still agree."""
    from faculty_training.forms.records import RecordsFilterForm
    from faculty_training.selectors.records import records_count, records_queryset, scope_for_user

    client.force_login(world[who])
    response = client.get(reverse("faculty_training_records:index"), params)
    page = response.context["page"]
    assert page.paginator.count == len(response.context["table"]) == expected
    scope = scope_for_user(world[who])
    filters = RecordsFilterForm(params or None, scope=scope).filters()
    assert records_count(scope, filters) == records_queryset(scope, filters).count() == expected


def test_the_api_dates_records_in_the_institutions_countrys_time_zone(client, world, settings):
    """A token has no person and no profile zone: its rows and date filters follow the institution's
    country (Almaty for a Kazakh institution), not the server's zone (here UTC)."""
    import datetime

    settings.TIME_ZONE = "UTC"

    from faculty_training.models import Enrollment

    evening = datetime.datetime(2026, 3, 1, 19, 30, tzinfo=datetime.UTC)  # 00:30 on 2 March in Almaty
    Enrollment.objects.filter(participant__in=world["kz_people"]).update(enrolled_at=evening)
    secret = _token(world["kz"])
    rows = client.get("/api/v1/records/", HTTP_AUTHORIZATION=f"Bearer {secret}").json()["results"]
    assert {row["enrolled_on"] for row in rows} == {"2026-03-02"}
    same_day = client.get(
        "/api/v1/records/",
        {"enrolled_from": "2026-03-02", "enrolled_to": "2026-03-02"},
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    ).json()
    assert same_day["count"] == 2


def test_the_page_shows_a_normalised_gain_to_two_digits():
    """A gain runs from 0 to 1: the page must not round 0.43 to 0.4 (the files carry the value whole)."""
    from django.utils import translation

    from faculty_training.selectors.records import COLUMNS
    from faculty_training.views.records import _cell

    gain = next(column for column in COLUMNS if column.key == "gain")
    hours = next(column for column in COLUMNS if column.key == "cpd_hours")
    with translation.override("ru"):
        assert _cell(gain, 0.43) == "0,43"
        assert _cell(hours, 12.5) == "12,5"

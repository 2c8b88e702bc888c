"""Odd input is a 400, a 404 or a form error, never a server error (audit issue 17, finding 2).

Every path parameter of every route (collected from the URLconf) and every query or form
parameter our views read (listed below; ``test_the_battery_knows_every_parameter_the_code_reads``
fails when a view reads one that is not listed) gets extreme values: huge integers, 1e20, NaN,
negatives, empty and very long text, other scripts, NUL bytes and JSON nested 10,000 deep, as an
anonymous visitor, a participant, a coordinator and an administrator. Named extremes are sent to
every parameter; hypothesis adds random ones. The whole battery takes some seconds.
"""

import base64
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faculty_training import forms as plugin_forms
from faculty_training.api import RecordsQuery
from faculty_training.models import Certificate, InstitutionApiToken, InstitutionCoordinator
from faculty_training.models.records import hash_token
from faculty_training.services import credentials
from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_group_member, build_institution, build_participant, build_session

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
ROLES = ["anonymous", "participant", "coordinator", "administrator"]
RANDOM_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _b64url(text):
    return base64.urlsafe_b64encode(text.encode()).rstrip(b"=").decode()


DEEP_JSON = "[" * 10_000 + "]" * 10_000
DEEP_OBJECT = '{"a":' * 10_000 + "1" + "}" * 10_000
NUMBERS = ["0", "-1", str(2**31), str(2**63 - 1), str(2**63), str(10**30), "-" + str(10**30), "9" * 5000]
EXTREMES = [
    *NUMBERS,
    "1e20",
    "NaN",
    "-inf",
    "1.5",
    "0x10",
    "١٢٣",  # Arabic-Indic digits: int() reads them, a database id is never written so
    "１２",  # full-width digits
    "",
    " ",
    "x" * 4000,  # gunicorn refuses request lines over 4,094 bytes
    "a\x00b",
    "\x00",
    "ایک‌دو ﷽ Қазақ ё 𝔘",
    "\u202e\u200f",
    "2026-13-45",
    "99999-01-01",
    "1970-01-01T00:00:00",
    DEEP_JSON,
    DEEP_OBJECT,
    _b64url(DEEP_JSON),
    f"{_b64url(DEEP_OBJECT)}.{_b64url(DEEP_JSON)}.AAAA",  # a "credential" with absurd header and body
    f"http://testserver/verify/X/?p={_b64url(DEEP_JSON)}&s=AAAA",  # a "QR text" likewise
    "//evil.example/x",
    "../../etc/passwd",
    "%",
    "'\"<>&",
]
# What broke something once (audit issue 17) and its neighbours; the rest is for forms and hypothesis.
CORE_EXTREMES = [
    str(2**63),
    "1e20",
    "-1",
    "",
    "x" * 4000,
    "a\x00b",
    "ایک ﷽ Қазақ",
    _b64url(DEEP_JSON),
    f"{_b64url(DEEP_OBJECT)}.{_b64url(DEEP_JSON)}.AAAA",
    f"http://testserver/verify/X/?p={_b64url(DEEP_JSON)}&s=AAAA",
]
FORM_EXTREMES = [
    *CORE_EXTREMES,
    "0",
    str(2**63 - 1),
    str(10**30),
    "NaN",
    "١٢٣",
    "１２",
    "2026-13-45",
    "99999-01-01",
    "'\"<>&",
]
PATH_NUMBERS = ["0", str(2**31), str(2**63 - 1), str(2**63), str(10**30), "9" * 400]
PATH_TEXTS = ["x" * 300, "1e20", str(10**30), "a\x00b", "ایک ﷽ Қазақ", "\u202e", "..", "'\"<>"]
extreme_values = st.sampled_from(EXTREMES) | st.text(max_size=300) | st.integers(-(10**40), 10**40).map(str)


# --- who asks ------------------------------------------------------------------------------------


@pytest.fixture
def world(settings, tmp_path):
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(tmp_path / "keys")
    issuer = build_institution(code="PK-ODD-MU")
    credentials.issuer_key_create(issuer)
    tree = build_content_tree(modules=1)
    tree["programme"].issuing_institution = issuer
    tree["programme"].save()
    holder = build_participant(institution=issuer)
    enrollment_create(participant=holder, course=tree["course"])
    from faculty_training.services.progress import module_progress_mark

    module_progress_mark(participant=holder, module=tree["modules"][0])
    participant = build_participant(institution=issuer)
    enrollment_create(participant=participant, course=tree["course"])
    coordinator = build_group_member("Institution coordinators", username="odd_coordinator")
    InstitutionCoordinator.objects.create(user=coordinator, institution=issuer)
    administrator = build_group_member(
        "Programme administrators", username="odd_admin", is_staff=True, is_superuser=True
    )
    session = build_session(tree["course"], starts_in_minutes=-30)
    session.facilitators.add(administrator)
    secret = InstitutionApiToken.new_secret()
    InstitutionApiToken.objects.create(institution=issuer, name="odd", token_hash=hash_token(secret))
    clients = {"anonymous": Client()}
    for role, user in [("participant", participant), ("coordinator", coordinator), ("administrator", administrator)]:
        clients[role] = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
        clients[role].force_login(user)
    from faculty_training.services.assessments import attempt_start
    from tests.assessment_builders import build_bank, build_four_kinds, build_test

    bank = build_bank(tree["programme"])
    from django.utils import timezone

    test = build_test(
        tree["course"],
        bank,
        "pre",
        build_four_kinds(bank).values(),
        closes_at=timezone.now() + timezone.timedelta(days=1),
    )
    attempt = attempt_start(test, participant)
    return {
        "tree": tree,
        "test": test,
        "attempt": attempt,
        "certificate": Certificate.objects.get(participant=holder),
        "session": session,
        "participant": participant,
        "clients": clients,
    }


def _assert_no_server_error(world, role, method, url, data=None):
    response = getattr(world["clients"][role], method)(url, data or {})
    assert response.status_code < 500, f"{role} {method.upper()} {url[:200]} {str(data)[:200]}: {response.status_code}"


# --- path parameters: every route of the URLconf ---------------------------------------------------

CONVERTER = re.compile(r"<(?:(?P<kind>\w+):)?(?P<name>\w+)>")


def _routes(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        text = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _routes(entry, text)
        elif isinstance(entry, URLPattern):
            yield text, entry


def _path_routes():
    """Every route with a converter, as (route, is the plugin's or the site's own)."""
    found = []
    for route, entry in _routes():
        if CONVERTER.search(route) and not any(mark in route for mark in "^$\\("):
            module = getattr(entry.callback, "__module__", "") or ""
            found.append((route, not module.startswith(("wagtail.", "wagtail_modeltranslation"))))
    return found


PATH_ROUTES = _path_routes()


def _fill(route, value):
    def replace(match):
        kind = match.group("kind") or "str"
        if kind in ("int", "id"):
            return value if value.isdigit() else "1"
        return quote(value, safe="")

    return "/" + CONVERTER.sub(replace, route)


def _values_for(route):
    kinds = {match.group("kind") or "str" for match in CONVERTER.finditer(route)}
    return PATH_NUMBERS if kinds <= {"int", "id"} else PATH_NUMBERS + PATH_TEXTS


def test_the_url_sweep_covers_the_plugins_routes():
    own = [route for route, is_own in PATH_ROUTES if is_own]
    assert any("verify/<text:code>/" in route for route in own)
    assert any("transcript/<id:participant_id>.pdf" in route for route in own)
    assert len(PATH_ROUTES) > 100  # Wagtail's admin routes are swept too


def test_every_path_parameter_survives_the_named_extremes(world):
    for number, (route, is_own) in enumerate(PATH_ROUTES):
        values = _values_for(route) if is_own else [str(10**30)]
        for index, value in enumerate(values):
            # Wagtail's own admin routes: as the administrator (everyone else is sent to log in).
            role = ROLES[(number + index) % len(ROLES)] if is_own else "administrator"
            _assert_no_server_error(world, role, "get", _fill(route, value))
            if is_own and value in (str(2**63), str(10**30)):  # views that only take POST
                _assert_no_server_error(world, role, "post", _fill(route, value))


def test_path_parameters_survive_random_values(world):
    own_routes = [route for route, is_own in PATH_ROUTES if is_own]

    @RANDOM_SETTINGS
    @given(
        route=st.sampled_from(own_routes),
        value=st.text(min_size=1, max_size=250) | st.integers(0, 10**40).map(str),
        role=st.sampled_from(ROLES),
    )
    def check(route, value, role):
        _assert_no_server_error(world, role, "get", _fill(route, value))

    check()


# --- query and form parameters ---------------------------------------------------------------------


@dataclass
class Target:
    method: str
    url: object  # world -> address
    parameters: list
    base: object = field(default=lambda world: {})  # world -> plausible values of the other parameters
    is_form: bool = False  # the parameters are the fields of one form (or filter set, or schema)


def _form_fields(form_class):
    return list(form_class.base_fields)


def _register_fields(world):
    pk = world["participant"].pk
    return {"version": "0", f"status-{pk}": "present", f"remark-{pk}": "ok"}


TARGETS = [
    Target("get", lambda w: reverse("faculty_training_verify:form"), ["code"]),
    Target("post", lambda w: reverse("faculty_training_verify:form"), ["code"]),
    Target("post", lambda w: reverse("faculty_training_verify:check"), ["signed"]),
    Target(
        "get",
        lambda w: reverse("faculty_training_verify:result", args=[w["certificate"].verification_code]),
        ["p", "s"],
        lambda w: dict(part.split("=", 1) for part in w["certificate"].qr_payload.split("?", 1)[1].split("&")),
    ),
    Target("get", lambda w: reverse("search"), ["query", "page"], lambda w: {"query": "course"}),
    Target("get", lambda w: reverse("faculty_training:my_calendar"), ["key"]),
    Target("get", lambda w: reverse("login"), ["next"]),
    Target("post", lambda w: reverse("login"), ["username", "password", "next"]),
    Target("post", lambda w: reverse("signup"), _form_fields(plugin_forms.accounts.SignupForm), is_form=True),
    Target("post", lambda w: reverse("password_reset"), ["email"]),
    Target(
        "post",
        lambda w: reverse("faculty_training:profile"),
        _form_fields(plugin_forms.accounts.ProfileForm),
        is_form=True,
    ),
    Target("post", lambda w: reverse("faculty_training:check_in"), ["code"]),
    Target("post", lambda w: reverse("faculty_training:enrol", args=[w["tree"]["course"].pk]), ["next"]),
    Target("post", lambda w: reverse("faculty_training:withdraw", args=[w["tree"]["course"].pk]), ["next"]),
    Target(
        "post", lambda w: reverse("faculty_training:module_done", args=[w["tree"]["modules"][0].pk]), ["next", "undo"]
    ),
    Target("post", lambda w: reverse("faculty_training:feedback", args=[w["session"].pk]), ["rating", "comment"]),
    Target(
        "post",
        lambda w: reverse("faculty_training:notifications"),
        [*_form_fields(plugin_forms.notifications.NotificationPreferenceForm), "next"],
    ),
    Target("post", lambda w: reverse("faculty_training:notifications_read"), ["next"]),
    Target(
        "get",
        lambda w: reverse("faculty_training_records:index"),
        [*_form_fields(plugin_forms.records.RecordsFilterForm), "page"],
        is_form=True,
    ),
    Target(
        "get",
        lambda w: reverse("faculty_training_records:export_csv"),
        _form_fields(plugin_forms.records.RecordsFilterForm),
        is_form=True,
    ),
    Target("get", lambda w: "/api/v1/records/", list(RecordsQuery.model_fields), is_form=True),
    Target("post", lambda w: reverse("faculty_training_api_tokens"), ["institution", "name"]),
    Target(
        "post",
        lambda w: reverse("faculty_training_certificate_revoke", args=[w["certificate"].serial]),
        ["reason", "note"],
        lambda w: {"reason": "other"},
    ),
    Target(
        "post",
        lambda w: reverse("faculty_training_certificate_confirm", args=[w["certificate"].serial]),
        ["note"],
    ),
    Target("get", lambda w: reverse("faculty_training_projector", args=[w["session"].pk]), ["lang"]),
    Target(
        "post",
        lambda w: reverse("faculty_training_records:member_decide", args=[w["participant"].participant_profile.pk]),
        ["decision"],
    ),
    Target(
        "post",
        lambda w: reverse("faculty_training_issue_selected", args=[w["tree"]["course"].pk]),
        ["enrollment"],
    ),
    Target(
        "post",
        lambda w: reverse("faculty_training_register", args=[w["session"].pk]),
        ["version", "status", "remark"],
        _register_fields,
    ),
    Target("post", lambda w: reverse("faculty_training_session_cancel", args=[w["session"].pk]), ["reason"]),
    Target(
        "post",
        lambda w: reverse("faculty_training_bulk_enrol"),
        _form_fields(plugin_forms.admin_people.BulkEnrolForm),
        is_form=True,
    ),
    # The plugin's admin listings: their filters (django-filter), search, ordering and page.
    Target(
        "get",
        lambda w: reverse("faculty_training_certificates:index"),
        ["course", "revocation_reason", "q", "ordering", "p"],
        is_form=True,
    ),
    Target(
        "get",
        lambda w: reverse("faculty_training_sessions:index"),
        ["course", "mode", "status", "q", "p"],
        is_form=True,
    ),
    Target("get", lambda w: reverse("faculty_training_coordinators:index"), ["institution", "p"], is_form=True),
    Target(
        "get",
        lambda w: reverse("participants:index"),
        ["institution", "institution__country", "discipline", "q", "ordering", "p"],
        is_form=True,
    ),
    Target(
        "get", lambda w: reverse("faculty_training_notifications:index"), ["kind", "email_status", "p"], is_form=True
    ),
    Target("get", lambda w: reverse("faculty_training_translation_status"), ["live", "p"], is_form=True),
    Target(
        "get",
        lambda w: reverse("faculty_training_question_translation_status"),
        ["bank", "is_active", "p"],
        is_form=True,
    ),
    Target("get", lambda w: reverse("faculty_training_records:evaluation"), ["survey", "by", "course"]),
    Target("post", lambda w: reverse("faculty_training_test_attempts", args=[w["test"].pk]), ["participant", "reason"]),
    Target("post", lambda w: reverse("faculty_training:attempt", args=[w["attempt"].pk]), ["save", "submit"]),
]


def _send_all(world, target, value, role):
    data = {**target.base(world), **dict.fromkeys(target.parameters, value)}
    _assert_no_server_error(world, role, target.method, target.url(world), data)


def _send(world, target, parameter, value, role):
    data = dict(target.base(world))
    if parameter in ("status", "remark") and "version" in data:  # the register's per-person fields
        parameter = f"{parameter}-{world['participant'].pk}"
    data[parameter] = value
    _assert_no_server_error(world, role, target.method, target.url(world), data)


def test_every_query_and_form_parameter_survives_the_named_extremes(world):
    for number, target in enumerate(TARGETS):
        if target.is_form:  # a form reads every field whatever the others hold: all at once
            for index, value in enumerate(FORM_EXTREMES):
                _send_all(world, target, value, ROLES[(number + index) % len(ROLES)])
        else:  # a view may stop at the first odd parameter: one at a time, the extremes that broke things
            for index, value in enumerate(CORE_EXTREMES):
                for parameter in target.parameters:
                    _send(world, target, parameter, value, ROLES[(number + index) % len(ROLES)])


def test_query_and_form_parameters_survive_random_values(world):
    cases = [(target, parameter) for target in TARGETS for parameter in target.parameters]

    @RANDOM_SETTINGS
    @given(case=st.sampled_from(cases), value=extreme_values, role=st.sampled_from(ROLES))
    def check(case, value, role):
        _send(world, *case, value, role)

    check()


def test_json_nested_ten_thousand_deep_is_an_invalid_credential(world):
    client = world["clients"]["anonymous"]
    code = world["certificate"].verification_code
    for text in CORE_EXTREMES[-3:]:
        response = client.post(reverse("faculty_training_verify:check"), {"signed": text})
        assert response.status_code == 200
        assert "could not be confirmed" in response.content.decode()
    qr = client.get(reverse("faculty_training_verify:result", args=[code]), {"p": _b64url(DEEP_JSON), "s": "AAAA"})
    assert qr.status_code == 200 and "could not be confirmed" in qr.content.decode()


def test_api_dates_are_iso_dates_only(world):
    client = world["clients"]["coordinator"]
    for value in ["0", "1700000000", "2026-1-5", "05/01/2026", "2026-02-30"]:
        response = client.get("/api/v1/records/", {"enrolled_to": value})
        assert response.status_code == 422, value
        assert response.json()["detail"][0]["parameter"] == "enrolled_to"
        assert "YYYY-MM-DD" in response.json()["detail"][0]["message"]
    assert client.get("/api/v1/records/", {"enrolled_to": "2026-02-28"}).status_code == 200


# --- the list above is complete -----------------------------------------------------------------

READ = re.compile(r"""request\.(?:GET|POST)(?:\.get|\.getlist|\[)\(?\s*f?["']([^"'{]+)""")
BOUND_FORM = re.compile(r"(\w+Form)\(\s*request\.(?:POST|GET)")


def test_the_battery_knows_every_parameter_the_code_reads():
    covered = {parameter for target in TARGETS for parameter in target.parameters} | {"status-", "remark-"}
    sources = [*ROOT.joinpath("faculty_training").rglob("*.py"), *ROOT.joinpath("cms").rglob("*.py")]
    read = set()
    forms_read = set()
    for source in sources:
        text = source.read_text(encoding="utf-8")
        read.update(READ.findall(text))
        forms_read.update(BOUND_FORM.findall(text))
    assert read and forms_read
    assert read <= covered, f"parameters read but not in the battery: {sorted(read - covered)}"
    form_classes = {
        name: getattr(module, name)
        for module in (
            plugin_forms.accounts,
            plugin_forms.records,
            plugin_forms.admin_people,
            plugin_forms.notifications,
        )
        for name in dir(module)
    }
    for name in forms_read:
        if name in form_classes and name != "ImportFileForm":  # a file upload: tested in test_hostile_input
            missing = set(form_classes[name].base_fields) - covered
            assert not missing, f"{name} fields not in the battery: {sorted(missing)}"

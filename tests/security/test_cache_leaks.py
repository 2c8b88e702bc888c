"""Nothing one person sees is cached and shown to another (audit issue 17, finding 1).

Every cached or cacheable address is opened first by a signed-in person with a pending flash
message (a participant, then a coordinator), then by an anonymous visitor: the visitor must see
none of the person's markers (name, username, CSRF token, Records link, flash text, log-out form),
and the person's answer must be ``private`` or ``no-store``. The battery runs on the test cache
(local memory) and on a real Redis (database 5), on whichever database the suite uses.
"""

import re

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from faculty_training.models import Certificate, InstitutionCoordinator
from faculty_training.services import credentials
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from faculty_training.services.verification import verify_cache_key
from tests.builders import (
    build_content_tree,
    build_course,
    build_group_member,
    build_institution,
    build_participant,
    build_session,
)

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/5"
TOKEN_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _redis_reachable():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:  # noqa: BLE001 (any failure means: no Redis here)
        return False
    return True


@pytest.fixture
def cache_backend(request, settings):
    """The test cache (local memory); tests parametrized with ``backend`` run on Redis too."""
    backend = getattr(request, "param", "locmem")
    if backend == "redis":
        if not _redis_reachable():
            pytest.skip(f"Redis is not reachable at {REDIS_URL}: the Redis run of the cache battery is skipped")
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    settings.PAGE_CACHE_SECONDS = 300  # production's page cache, on in these tests
    assert caches["default"].__class__.__name__ == {"locmem": "LocMemCache", "redis": "RedisCache"}[backend]
    cache.clear()
    yield backend
    cache.clear()


@pytest.fixture
def world(settings, tmp_path):
    settings.FACULTY_TRAINING_ISSUER_KEY_DIR = str(tmp_path / "keys")
    issuer = build_institution(code="PK-LEAK-MU", name_en="Leak Test University")
    credentials.issuer_key_create(issuer)
    tree = build_content_tree(modules=1)
    tree["programme"].issuing_institution = issuer
    tree["programme"].save()
    tree["other_course"] = build_course(tree["programme"])
    holder = build_participant(username="zainab_holder", latin_name="Zainab Qureshi", institution=issuer)
    enrollment_create(participant=holder, course=tree["course"])
    module_progress_mark(participant=holder, module=tree["modules"][0])
    # Someone else than the holder, whose name the public verify page rightly shows.
    participant = build_participant(username="bilal_participant", latin_name="Bilal Ahmed", institution=issuer)
    enrollment_create(participant=participant, course=tree["course"])
    coordinator = build_group_member("Institution coordinators", username="coord_rashid")
    InstitutionCoordinator.objects.create(user=coordinator, institution=issuer)
    certificate = Certificate.objects.get(participant=holder)
    session = build_session(tree["course"], starts_in_minutes=60)
    return {
        "tree": tree,
        "issuer": issuer,
        "participant": participant,
        "coordinator": coordinator,
        "certificate": certificate,
        "session": session,
    }


def _addresses(world):
    tree, certificate = world["tree"], world["certificate"]
    code = certificate.verification_code
    with translation.override("en"):
        pages = [tree[name].get_url() for name in ("home", "programme", "course")] + [tree["modules"][0].get_url()]
    with translation.override("ur"):
        pages.append(tree["course"].get_url())
    return [
        *pages,
        reverse("faculty_training_verify:form"),
        reverse("faculty_training_verify:result", args=[code]),
        "/ur" + reverse("faculty_training_verify:result", args=[code])[3:],
        "/en/verify/" + certificate.qr_payload.split("/verify/", 1)[1],  # opened from the QR code
        "/.well-known/jwks.json",
        reverse("faculty_training_credentials:did", args=[world["issuer"].code]),
        reverse("faculty_training_credentials:status_list", args=[world["issuer"].code]),
        reverse("faculty_training_credentials:achievement", args=[tree["course"].pk]),
        reverse("search") + "?query=course",
        reverse("faculty_training:session_ics", args=[world["session"].pk]),
        "/en/no-such-page/",
    ]


def _with_pending_message(client, text):
    """Leave a flash message waiting in the browser's cookie, as a redirect after a POST does."""
    response = HttpResponse()
    CookieStorage(RequestFactory().get("/"))._store([Message(constants.SUCCESS, text)], response)
    client.cookies[CookieStorage.cookie_name] = response.cookies[CookieStorage.cookie_name].value


def _markers(user, html, flash):
    markers = {user.username, flash, reverse("logout"), reverse("faculty_training_records:index")}
    profile = getattr(user, "participant_profile", None)
    if profile is not None:
        markers.add(profile.latin_name)
    markers.update(TOKEN_FIELD.findall(html))
    return markers


def _cache_control(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",") if part.strip()}


def _assert_private_if_personal(response, html, markers, address):
    directives = _cache_control(response)
    personal = any(marker in html for marker in markers) or bool(response.cookies)
    if personal or not getattr(response, "is_same_for_everyone", False):
        assert "public" not in directives, f"{address}: a signed-in answer is marked public ({directives})"
        assert directives & {"private", "no-store"}, f"{address}: a signed-in answer is not private ({directives})"


BOTH_CACHES = pytest.mark.parametrize("cache_backend", ["locmem", "redis"], indirect=True)


@BOTH_CACHES
@pytest.mark.parametrize("who", ["participant", "coordinator"])
def test_nothing_a_signed_in_person_sees_is_served_to_an_anonymous_visitor(cache_backend, world, who):
    person = world[who]
    flash = f"Pending message for {person.username}: you are enrolled."
    for address in _addresses(world):
        cache.clear()
        signed_in = Client()
        signed_in.force_login(person)
        _with_pending_message(signed_in, flash)
        first = signed_in.get(address)
        assert first.status_code < 500, address
        first_html = first.content.decode()
        markers = _markers(person, first_html, flash)
        _assert_private_if_personal(first, first_html, markers, address)
        for attempt in range(2):  # the second one comes from whatever the first one cached
            second = Client().get(address)
            html = second.content.decode()
            leaked = sorted(marker for marker in markers if marker in html)
            assert not leaked, f"{address} (anonymous visit {attempt + 1}) shows {leaked}"
            assert not any(name in second.get("Set-Cookie", "") for name in ("sessionid", "messages"))


@BOTH_CACHES
def test_the_audited_path_enrol_then_verify_leaks_nothing(cache_backend, world):
    # The audit's report: a participant enrols (flash "You are enrolled."), opens a verify link,
    # and the next anonymous visitor got the whole page, header and message included.
    client = Client()
    client.force_login(world["participant"])
    client.post(reverse("faculty_training:enrol", args=[world["tree"]["other_course"].pk]))
    url = reverse("faculty_training_verify:result", args=[world["certificate"].verification_code])
    mine = client.get(url)
    assert "You are enrolled." in mine.content.decode()
    assert "public" not in mine["Cache-Control"] and "private" in mine["Cache-Control"]
    anonymous = Client().get(url)
    html = anonymous.content.decode()
    assert "This certificate is valid." in html
    for marker in (
        "You are enrolled.",
        "zainab_holder",
        reverse("logout"),
        *TOKEN_FIELD.findall(mine.content.decode()),
    ):
        assert marker not in html
    assert _cache_control(anonymous) == {"public", "max-age"}  # the anonymous page is the same for all


@BOTH_CACHES
def test_the_verify_cache_holds_the_result_not_the_page(cache_backend, world):
    client = Client()
    client.force_login(world["coordinator"])
    code = world["certificate"].verification_code
    client.get(reverse("faculty_training_verify:result", args=[code]))
    cached = cache.get(verify_cache_key(code, "en"))
    assert isinstance(cached, dict) and not isinstance(cached, HttpResponse)
    assert cached["holder"]["latin_name"] == "Zainab Qureshi"
    assert "coord_rashid" not in repr(cached)


def test_signing_a_certificate_later_drops_its_cached_result(cache_backend, world):
    certificate = world["certificate"]
    url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    Certificate.objects.filter(pk=certificate.pk).update(credential="", qr_payload="", issuer_key=None)
    assert "issued before signed credentials" in Client().get(url).content.decode()
    certificate.refresh_from_db()
    credentials.credential_sign(certificate)  # what make_issuer_key --sign-missing does
    assert "The signature is valid" in Client().get(url).content.decode()


def test_anonymous_visitor_with_a_pending_message_is_not_served_a_cached_page(cache_backend, world):
    url = world["tree"]["home"].get_url()
    assert Client().get(url)["X-Page-Cache"] == "miss"
    visitor = Client()
    _with_pending_message(visitor, "You have been logged out (for this browser only).")
    response = visitor.get(url)
    assert "You have been logged out (for this browser only)." in response.content.decode()
    assert "X-Page-Cache" not in response and "private" in response["Cache-Control"]
    assert "You have been logged out" not in Client().get(url).content.decode()


def test_public_documents_stay_public_for_signed_in_visitors_and_personal_ones_do_not(cache_backend, world):
    client = Client()
    client.force_login(world["participant"])
    assert "public" in client.get("/.well-known/jwks.json")["Cache-Control"]
    serial = world["certificate"].serial
    client.force_login(world["certificate"].participant)
    assert client.get(reverse("faculty_training:certificate_credential", args=[serial]))["Cache-Control"] == "no-store"
    dashboard = _cache_control(client.get(reverse("faculty_training:dashboard")))
    assert {"private", "no-store"} <= dashboard  # a shared computer keeps no copy after sign-out
    api = Client().get("/api/v1/records/", HTTP_AUTHORIZATION="Bearer ftr_unknown")
    assert "public" not in api.get("Cache-Control", "")

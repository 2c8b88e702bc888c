"""Rate limits: who they count (account, client address behind trusted proxies) and counting before checking."""

import threading
import time
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import reverse

from faculty_training.exceptions import ServiceError
from faculty_training.models import AttendanceRecord, Certificate
from faculty_training.services.check_in import check_in_code
from faculty_training.services.enrollment import enrollment_create
from faculty_training.views import sessions as session_views
from tests.builders import build_completed_enrollment, build_content_tree, build_participant, build_session

LECTURE_HALL = "10.0.0.1"
PROXY = "10.0.0.254"
REDIS_URL = "redis://127.0.0.1:6379/7"


@pytest.fixture
def setup(db):
    course = build_content_tree(modules=1)["course"]
    session = build_session(course, starts_in_minutes=-5)
    person = build_participant()
    enrollment_create(participant=person, course=course)
    return {"course": course, "session": session, "person": person}


# --- the client's address -------------------------------------------------------------------------


def _request(remote_addr, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **extra)


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded", "expected"),
    [
        (0, "203.0.113.7", "198.51.100.1", "203.0.113.7"),  # no trusted proxy: the header is anyone's to write
        (None, "203.0.113.7", "198.51.100.1", "203.0.113.7"),  # not configured counts as none
        (1, PROXY, "203.0.113.7", "203.0.113.7"),
        (1, PROXY, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # what the client wrote itself is on the left
        (2, "10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", "203.0.113.7"),
        (2, "10.0.0.3", "203.0.113.7", "203.0.113.7"),  # fewer hops than proxies: the farthest one recorded
        (1, PROXY, "", PROXY),  # a request that did not come through the proxy
        (1, PROXY, "not-an-address", PROXY),
        (1, PROXY, " 2001:DB8::1 ", "2001:db8::1"),
    ],
)
def test_client_address_is_what_the_outermost_trusted_proxy_saw(proxies, remote_addr, forwarded, expected):
    from faculty_training.client_address import client_address

    with override_settings(FACULTY_TRAINING_TRUSTED_PROXY_COUNT=proxies):
        assert client_address(_request(remote_addr, forwarded)) == expected


@pytest.mark.parametrize(
    ("remote_addr", "counted_as"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),  # one subscriber's /64 is one client
        ("2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
    ],
)
def test_limits_count_ipv6_clients_by_their_64_network(remote_addr, counted_as):
    from faculty_training.ratelimit import address_scope

    assert address_scope(_request(remote_addr)) == counted_as


@pytest.mark.django_db
@override_settings(FACULTY_TRAINING_VERIFY_RATE="3/10m", FACULTY_TRAINING_TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_each_client_is_limited_on_its_own(client):
    certificate = Certificate.objects.get(enrollment=build_completed_enrollment()[0])
    url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    for _ in range(3):
        assert client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 200
    assert client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7").status_code == 429
    assert client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.9").status_code == 200


@pytest.mark.django_db
@override_settings(FACULTY_TRAINING_VERIFY_RATE="3/10m", FACULTY_TRAINING_TRUSTED_PROXY_COUNT=0)
def test_without_trusted_proxies_a_forged_forwarded_header_changes_nothing(client):
    certificate = Certificate.objects.get(enrollment=build_completed_enrollment()[0])
    url = reverse("faculty_training_verify:result", args=[certificate.verification_code])
    for number in range(3):
        client.get(url, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
    assert client.get(url, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


# --- check-in: per account, and per address only far above what a classroom reaches ----------------


def test_wrong_codes_from_one_phone_do_not_block_a_classmates_right_code(client, setup):
    url = reverse("faculty_training:check_in")
    client.force_login(build_participant())
    for _ in range(10):  # the default limit of one account, all from the lecture hall's one address
        assert client.post(url, {"code": "ZZZZZZ"}, REMOTE_ADDR=LECTURE_HALL).status_code == 200
    assert client.post(url, {"code": "ZZZZZZ"}, REMOTE_ADDR=LECTURE_HALL).status_code == 429
    client.force_login(setup["person"])
    response = client.post(url, {"code": check_in_code(setup["session"])}, REMOTE_ADDR=LECTURE_HALL)
    assert response.status_code == 302
    assert AttendanceRecord.objects.filter(participant=setup["person"]).exists()


@override_settings(FACULTY_TRAINING_CHECK_IN_ADDRESS_RATE="5/10m")
def test_guessing_with_many_accounts_from_one_address_meets_the_address_limit(client, setup):
    url = reverse("faculty_training:check_in")
    for _ in range(5):
        client.force_login(build_participant())
        assert client.post(url, {"code": "ZZZZZZ"}, REMOTE_ADDR="203.0.113.66").status_code == 200
    client.force_login(build_participant())
    assert client.post(url, {"code": "ZZZZZZ"}, REMOTE_ADDR="203.0.113.66").status_code == 429
    client.force_login(setup["person"])
    assert client.post(url, {"code": check_in_code(setup["session"])}, REMOTE_ADDR=LECTURE_HALL).status_code == 302


@override_settings(FACULTY_TRAINING_CHECK_IN_ADDRESS_RATE="3/10m")
def test_right_codes_do_not_use_up_the_address_limit(client, setup):
    url = reverse("faculty_training:check_in")
    for _ in range(5):
        person = build_participant()
        enrollment_create(participant=person, course=setup["course"])
        client.force_login(person)
        assert client.post(url, {"code": check_in_code(setup["session"])}, REMOTE_ADDR=LECTURE_HALL).status_code == 302
    assert AttendanceRecord.objects.count() == 5


# --- counting before checking: simultaneous guesses cannot slip past the limit ----------------------


@pytest.fixture(params=["locmem", "redis"])
def shared_cache(request, settings):
    if request.param == "redis":
        import redis

        try:
            redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
        except redis.RedisError as error:
            pytest.skip(f"Redis at {REDIS_URL} is unreachable ({error}); the local-memory variant still runs")
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    else:
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rate-limit-race"}
        }
    cache.clear()
    yield request.param
    cache.clear()


def test_simultaneous_wrong_codes_are_evaluated_at_most_limit_times(shared_cache, monkeypatch):
    evaluations, statuses, lock = [], [], threading.Lock()

    def wrong_code(**kwargs):
        with lock:
            evaluations.append(1)
        time.sleep(0.05)  # while this guess is evaluated, the others arrive
        raise ServiceError("This check-in code is not valid.", "invalid")

    monkeypatch.setattr(session_views, "check_in_by_code", wrong_code)
    monkeypatch.setattr(
        session_views, "render", lambda request, template, context=None, status=200: HttpResponse(status=status)
    )
    guesser = SimpleNamespace(pk=4242, is_authenticated=True)
    barrier = threading.Barrier(25)

    def guess():
        request = RequestFactory().post("/en/training/check-in/", {"code": "ZZZZZZ"}, REMOTE_ADDR=LECTURE_HALL)
        request.user = guesser
        barrier.wait()
        status = session_views.check_in(request).status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=guess) for _ in range(25)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(statuses) == 25
    assert len(evaluations) <= 10, f"{len(evaluations)} guesses evaluated against a limit of 10 ({shared_cache})"
    assert statuses.count(429) == 25 - len(evaluations)

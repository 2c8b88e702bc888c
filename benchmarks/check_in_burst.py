"""Check-in burst: N distinct participants check in to one session within a window, over HTTP.

Drives a server that is already running the production profile on this machine (loopback only),
on a database holding the scale data set (``generate_scale_data``):

    createdb ft_bench && DATABASE_URL=postgres://postgres@127.0.0.1:5432/ft_bench \\
        .venv/bin/python manage.py migrate --noinput && ... load_demo && ... generate_scale_data
    export SECRET_KEY=bench-$(head -c 30 /dev/urandom | base64 | tr -d '/+=') \\
        DATABASE_URL=postgres://postgres@127.0.0.1:5432/ft_bench REDIS_URL=redis://127.0.0.1:6379/13
    make serve-production PORT=8103 &
    .venv/bin/python benchmarks/check_in_burst.py --base http://127.0.0.1:8103 --participants 1500 --window 60

The script shares the server's SECRET_KEY, database and Redis (same environment) to prepare what
phones would bring: a session open for check-in, N enrolled participants, one logged-in session
cookie and CSRF cookie each (made in the session store directly: logging in 1,500 people through
the form would measure password hashing). Then it sends one POST to the QR code's link per person,
spread evenly over the window (open loop: a slow server does not slow the arrivals; latency counts
from the scheduled moment, so time spent waiting for a client thread is included). The token is
made at send time, as the rotating QR code would show it then.

Prints errors (anything but the redirect to the "checked in" page, timeouts included), p50/p95/p99
and the real window (first request sent to last answer), then checks the database: exactly one
attendance row per person. ``--find-shortest`` repeats with shorter windows (60, 30, 20, 15, 10, 5 s)
until one has errors, each on a fresh session. Bounded: at most 5,000 people, windows of at most
300 s, 30 s per request, and the whole run stops 120 s after its window.
"""

import argparse
import http.client
import json
import os
import secrets
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from importlib import import_module
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_PARTICIPANTS, MAX_WINDOW, REQUEST_TIMEOUT, GRACE = 5000, 300, 30, 120


def setup_django():
    if not os.environ.get("SECRET_KEY"):
        sys.exit("Set SECRET_KEY (and DATABASE_URL, REDIS_URL) exactly as for the server you drive.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("SECURE_COOKIES", "false")
    os.environ.setdefault("TRUSTED_PROXY_COUNT", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def prepare(count):
    """A session of the largest unfinished scale course, open now, and ``count`` people enrolled in it."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.utils import timezone

    from faculty_training.demo.scale import USERNAME_PREFIX
    from faculty_training.models import CoursePage, Enrollment, TrainingSession

    users = list(get_user_model().objects.filter(username__startswith=USERNAME_PREFIX).order_by("username")[:count])
    if len(users) < count:
        sys.exit(f"Only {len(users)} scale participants: run generate_scale_data on this database first.")
    course = CoursePage.objects.filter(slug__startswith="scale-course-").order_by("-pk").first()
    Enrollment.objects.bulk_create(
        [Enrollment(participant=user, course=course) for user in users], ignore_conflicts=True, batch_size=2000
    )
    Enrollment.objects.filter(course=course, participant__in=users).update(status=Enrollment.Status.ACTIVE)
    now = timezone.now()
    session = TrainingSession.objects.create(
        course=course,
        title=f"Check-in burst {now:%Y-%m-%d %H:%M:%S}",
        starts_at=now - timedelta(minutes=5),
        ends_at=now + timedelta(hours=2),
        time_zone="Asia/Karachi",
    )
    store = import_module(settings.SESSION_ENGINE).SessionStore
    backend = "django.contrib.auth.backends.ModelBackend"
    people = []
    for user in users:
        web_session = store()
        web_session[SESSION_KEY] = str(user.pk)
        web_session[BACKEND_SESSION_KEY] = backend
        web_session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        web_session.save()
        people.append({"user": user.pk, "session": web_session.session_key, "csrf": secrets.token_hex(16)})
    return session, people


def burst(base, session, people, window, concurrency):
    from django.conf import settings

    from faculty_training.services.check_in import check_in_token

    parts = urlsplit(base)
    host, port = parts.hostname, parts.port or 80
    start = time.monotonic() + 1.0
    step = window / len(people)
    results = [None] * len(people)
    sent_first, done_last = [None], [0.0]
    lock = threading.Lock()

    def one(index):
        person = people[index]
        scheduled = start + index * step
        delay = scheduled - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        if time.monotonic() > start + window + GRACE:
            results[index] = ("not sent (run over time)", None)
            return
        with lock:
            sent_first[0] = sent_first[0] or time.monotonic()
        token = check_in_token(session)
        body = f"csrfmiddlewaretoken={person['csrf']}"
        cookies = f"{settings.SESSION_COOKIE_NAME}={person['session']}; {settings.CSRF_COOKIE_NAME}={person['csrf']}"
        try:
            connection = http.client.HTTPConnection(host, port, timeout=REQUEST_TIMEOUT)
            connection.request(
                "POST",
                f"/en/training/check-in/{token}/",
                body=body,
                headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies},
            )
            response = connection.getresponse()
            response.read()
            connection.close()
            location = response.getheader("Location", "")
            ok = response.status == 302 and f"/check-in/done/{session.pk}/" in location
            outcome = None if ok else f"HTTP {response.status} {location[:60]}"
        except Exception as error:  # noqa: BLE001 (every failure is an error of the run)
            outcome = f"{type(error).__name__}: {error}"[:100]
        finished = time.monotonic()
        with lock:
            done_last[0] = max(done_last[0], finished)
        results[index] = (outcome, (finished - scheduled) * 1000)

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(len(people))))
    latencies = sorted(latency for outcome, latency in results if latency is not None)
    errors = [outcome for outcome, _latency in results if outcome]
    return latencies, errors, done_last[0] - (sent_first[0] or done_last[0])


def percentile(values, share):
    if not values:
        return float("nan")
    return values[min(len(values) - 1, round(share * (len(values) - 1)))]


def run_once(base, count, window, concurrency):
    from faculty_training.models import AttendanceRecord

    session, people = prepare(count)
    latencies, errors, real_window = burst(base, session, people, window, concurrency)
    rows = AttendanceRecord.objects.filter(session=session)
    counts = {
        "rows": rows.count(),
        "people": rows.values("participant").distinct().count(),
        "by_check_in": rows.filter(method=AttendanceRecord.Method.CHECK_IN).count(),
    }
    result = {
        "participants": count,
        "window_s": window,
        "real_window_s": round(real_window, 2),
        "errors": len(errors),
        "error_kinds": sorted({error.split(":")[0] for error in errors})[:5],
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "max_ms": round(latencies[-1], 1) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None,
        "rows": counts["rows"],
        "one_row_each": counts["rows"] == counts["people"] == count,
    }
    print(
        f"{count} check-ins in {window} s (real {result['real_window_s']} s): errors {result['errors']}"
        f" {result['error_kinds'] or ''}; p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms,"
        f" p99 {result['p99_ms']} ms, max {result['max_ms']} ms; rows {counts['rows']}"
        f" ({'one each' if result['one_row_each'] else 'NOT one each'})",
        flush=True,
    )
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8103")
    parser.add_argument("--participants", type=int, default=1500)
    parser.add_argument("--window", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=200, help="most requests in flight (client threads)")
    parser.add_argument("--find-shortest", action="store_true")
    parser.add_argument("--json", help="write the results to this file")
    arguments = parser.parse_args()
    if urlsplit(arguments.base).hostname not in LOOPBACK:
        sys.exit("Loopback only: --base must be http://127.0.0.1:PORT or http://localhost:PORT.")
    if not 0 < arguments.participants <= MAX_PARTICIPANTS or not 0 < arguments.window <= MAX_WINDOW:
        sys.exit(f"At most {MAX_PARTICIPANTS} participants and a window of at most {MAX_WINDOW} s.")
    setup_django()
    concurrency = max(1, min(arguments.concurrency, 256))
    windows = [arguments.window]
    if arguments.find_shortest:
        windows = [window for window in (60, 30, 20, 15, 10, 5) if window <= arguments.window]
    print(
        f"check-in burst against {arguments.base}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f},"
        f" {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        flush=True,
    )
    results = []
    for window in windows:
        result = run_once(arguments.base, arguments.participants, window, concurrency)
        results.append(result)
        if result["errors"] or not result["one_row_each"]:
            break
    passed = [result["window_s"] for result in results if not result["errors"] and result["one_row_each"]]
    if arguments.find_shortest:
        print(f"shortest window with zero errors: {min(passed) if passed else 'none'} s")
    if arguments.json:
        Path(arguments.json).write_text(json.dumps(results, indent=2))
    if os.environ.get("BENCH_RESULTS"):  # for benchmarks/summary.py (the format of _harness.record)
        first = results[0]
        figures = [
            (
                "check_in_burst",
                first,
                f"{first['participants']} in {first['window_s']:g} s: {first['errors']} errors, "
                f"p99 {first['p99_ms']:.0f} ms, {'one row each' if first['one_row_each'] else 'rows WRONG'}",
            ),
        ]
        if arguments.find_shortest:
            shortest = min(passed) if passed else None
            figures.append(("check_in_shortest_window", shortest, f"{shortest:g} s" if shortest else "none"))
        with open(os.environ["BENCH_RESULTS"], "a", encoding="utf-8") as handle:
            for key, value, shown in figures:
                handle.write(json.dumps({"key": key, "value": value, "shown": shown}) + "\n")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())

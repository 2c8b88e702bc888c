"""300 participants submit a 50-question test within one minute, on the production profile.

gunicorn (2 workers) on PostgreSQL and Redis. Set-up (untimed): 300 enrolled participants, a
50-question post-test, each person's attempt started and logged-in sessions made directly. Then,
spread over ``--seconds`` (default 60) and at most ``--concurrency`` at a time, each person opens
the attempt page (50 questions) and submits the form with all 50 answers (the no-script path, the
heaviest). Reports errors, median and p95 latency of both requests, and checks one submitted
attempt per person. Compared with a bare Django view timed the same way in the same run.
Run: .venv/bin/python benchmarks/knowledge_test_submissions.py [--people 300] [--seconds 60]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _harness import gunicorn, run

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
DB = "faculty_training_bench_tests"
PORT = 8798

SETUP = r"""
import django, sys
django.setup()
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user_model
from faculty_training.models import CourseTest, Enrollment, ParticipantProfile, TestAttempt
from faculty_training.services.assessments import attempt_start
from tests.assessment_builders import build_bank, build_question, build_test
from tests.builders import build_content_tree, build_institution

people = int(sys.argv[1])
tree = build_content_tree(modules=1)
bank = build_bank(tree["programme"])
questions = []
for number in range(50):
    kind = ("single", "multiple", "true_false", "numeric")[number % 4]
    options = [("Right", True), ("Wrong 1", False), ("Wrong 2", False), ("Wrong 3", False)] if kind in ("single", "multiple") else []
    questions.append(build_question(bank, kind, options, category=f"c{number % 5}", numeric_answer=12 if kind == "numeric" else None))
test = build_test(tree["course"], bank, "pre", questions, time_limit_minutes=30)
institution = build_institution()
User = get_user_model()
users = User.objects.bulk_create([User(username=f"bench{n}", email=f"bench{n}@example.org") for n in range(people)])
users = list(User.objects.filter(username__startswith="bench").order_by("pk"))
ParticipantProfile.objects.bulk_create([ParticipantProfile(user=u, latin_name=f"Person {u.pk}", institution=institution, membership="verified") for u in users])
Enrollment.objects.bulk_create([Enrollment(participant=u, course=tree["course"]) for u in users])
engine = import_module(settings.SESSION_ENGINE)
for user in users:
    attempt = attempt_start(test, user)
    session = engine.SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    print(attempt.pk, session.session_key)
"""

CHECK = r"""
import django
django.setup()
from django.db.models import Count
from faculty_training.models import TestAttempt
rows = TestAttempt.objects.values("participant").annotate(n=Count("pk"))
print(TestAttempt.objects.filter(submitted_at__isnull=False).count(), max(row["n"] for row in rows))
"""


class Browser:
    """One participant's cookie jar (session and CSRF cookies), like a phone's browser."""

    def __init__(self, base, session_key):
        self.base = base
        self.cookies = {"sessionid": session_key}

    def request(self, path, data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Referer": self.base + path}
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        start = time.perf_counter()
        try:
            response = opener.open(request, timeout=60)
            status, content, set_cookies = (
                response.status,
                response.read(),
                response.headers.get_all("Set-Cookie") or [],
            )
        except urllib.error.HTTPError as error:
            status, content, set_cookies = error.code, error.read(), error.headers.get_all("Set-Cookie") or []
        elapsed = time.perf_counter() - start
        for cookie in set_cookies:
            name, _, rest = cookie.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return status, content.decode("utf-8", "replace"), elapsed


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def take(base, attempt_id, session_key):
    browser = Browser(base, session_key)
    path = f"/en/training/attempts/{attempt_id}/"
    status, html, page_seconds = browser.request(path)
    if status != 200:
        return status, page_seconds, None, None
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    form = {"csrfmiddlewaretoken": token, "submit": "1"}
    for question_id, value in re.findall(r'name="(q\d+)" value="([^"]*)"', html):
        form.setdefault(question_id, value)  # the first option of each choice question
    for question_id in re.findall(r'inputmode="decimal" dir="ltr" name="(q\d+)"', html):
        form[question_id] = "12"
    status_submit, _html, submit_seconds = browser.request(path, form)
    return status, page_seconds, status_submit, submit_seconds


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=32)
    arguments = parser.parse_args()
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB}",
        "REDIS_URL": "redis://127.0.0.1:6379/5",
        "SECRET_KEY": "bench-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "TRUSTED_PROXY_COUNT": "0",
        "STATIC_ROOT": tempfile.mkdtemp(),
        "PYTHONPATH": f"{ROOT}:{ROOT / 'benchmarks'}",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "bench_settings",
    }
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q"]
    run([*psql, "-c", f"DROP DATABASE IF EXISTS {DB}", "-c", f"CREATE DATABASE {DB}", "postgres"], env)
    subprocess.run(["redis-cli", "-n", "5", "flushdb"], capture_output=True)
    run([PY, "manage.py", "migrate", "--noinput"], env)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    people = [line.split() for line in run([PY, "-c", SETUP, str(arguments.people)], env).stdout.split("\n") if line]
    with gunicorn(env, PORT) as base:
        bare = []
        for _ in range(50):
            start = time.perf_counter()
            urllib.request.urlopen(base + "/bare/", timeout=5).read()
            bare.append(time.perf_counter() - start)
        results, lock = [], threading.Lock()
        gap = arguments.seconds / len(people)
        began = time.perf_counter()

        def one(index, attempt_id, session_key):
            # Arrivals spread evenly over the minute, as people finishing at different moments.
            delay = began + index * gap - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            outcome = take(base, attempt_id, session_key)
            with lock:
                results.append(outcome)

        with ThreadPoolExecutor(arguments.concurrency) as pool:
            for index, (attempt_id, session_key) in enumerate(people):
                pool.submit(one, index, attempt_id, session_key)
        wall = time.perf_counter() - began
        submitted, most_per_person = run([PY, "-c", CHECK], env).stdout.split()
        subprocess.run([*psql, "-c", f"DROP DATABASE IF EXISTS {DB}", "postgres"], capture_output=True)
        subprocess.run(["redis-cli", "-n", "5", "flushdb"], capture_output=True)
    page_times = [page for status, page, _s, _t in results if status == 200]
    submit_times = [seconds for _status, _page, status, seconds in results if status == 302]
    errors = sum(1 for status, _p, status_submit, _s in results if status != 200 or status_submit != 302)
    print(
        f"\n{len(people)} participants, 50-question test, within {arguments.seconds:.0f} s "
        f"(gunicorn 2 workers, PostgreSQL + Redis, at most {arguments.concurrency} at once); took {wall:.0f} s"
    )
    print("request | median ms | p95 ms | max ms")
    print("-" * 48)
    for label, values in (
        ("bare Django view", bare),
        ("attempt page (50 questions)", page_times),
        ("submit (50 answers)", submit_times),
    ):
        if values:
            print(
                f"{label} | {statistics.median(values) * 1000:.0f} | {percentile(values, 0.95) * 1000:.0f} | {max(values) * 1000:.0f}"
            )
    print(
        f"errors: {errors}; submitted attempts: {submitted} of {len(people)}; most attempts per person: {most_per_person}"
    )


if __name__ == "__main__":
    sys.exit(main())

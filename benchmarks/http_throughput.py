"""HTTP throughput with gunicorn (2 workers) on PostgreSQL and Redis, driven by wrk on 127.0.0.1.

The verify page and a course page (served to anonymous visitors from the page cache) against a
bare Django view in the same run; errors must be zero. Needs Debian's wrk (apt-get install wrk).
Run: .venv/bin/python benchmarks/http_throughput.py [--seconds 10]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from _harness import gunicorn, record, run

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
DB = "faculty_training_bench"
PORT = 8799


def wrk(url, seconds):
    output = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", url], capture_output=True, text=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(r"Socket errors: (.*)", output)
    return rate, int(errors.group(1)) if errors else 0, socket.group(1) if socket else "none"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    arguments = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB}",
        "REDIS_URL": "redis://127.0.0.1:6379/4",
        "SECRET_KEY": "bench-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "TRUSTED_PROXY_COUNT": "0",  # wrk talks to gunicorn directly
        "STATIC_ROOT": tempfile.mkdtemp(),
        "PYTHONPATH": f"{ROOT}:{ROOT / 'benchmarks'}",
        "LOG_LEVEL": "WARNING",
    }
    run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-qc",
            f"DROP DATABASE IF EXISTS {DB}",
            "-c",
            f"CREATE DATABASE {DB}",
            "postgres",
        ],
        env,
    )
    run([PY, "manage.py", "migrate", "--noinput", "--settings=cms.settings.production"], env)
    run([PY, "manage.py", "load_demo", "--settings=cms.settings.dev"], env)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0", "--settings=cms.settings.production"], env)
    urls = run(
        [
            PY,
            "-c",
            "import django; django.setup(); from django.utils import translation; translation.activate('ur');"
            "from faculty_training.models import CoursePage, Certificate;"
            "print(CoursePage.objects.live().first().get_url()); print(Certificate.objects.first().verification_code)",
        ],
        {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
    ).stdout.split()
    course_url, code = urls[0], urls[1]
    try:
        with gunicorn({**env, "DJANGO_SETTINGS_MODULE": "bench_settings"}, PORT) as base:
            targets = [
                ("bare Django view", "/bare/"),
                ("verify page (ru)", f"/ru/verify/{code}/"),
                ("course page (ur, page cache)", course_url),
            ]
            results = []
            for label, path in targets:
                urllib.request.urlopen(base + path, timeout=5)  # warm up
                results.append((label, *wrk(base + path, arguments.seconds)))
            bare_rate = results[0][1]
            print("\nHTTP throughput (gunicorn, 2 workers, PostgreSQL + Redis; wrk -t2 -c16)")
            print("page | requests/s | errors | socket errors | share of bare")
            print("-" * 72)
            for label, rate, errors, socket in results:
                print(f"{label} | {rate:.0f} | {errors} | {socket} | {rate / bare_rate:.0%}")
                key = label.split(" (")[0].replace(" ", "_")
                record(f"http_{key}", rate / bare_rate, f"{rate / bare_rate:.0%} ({rate:.0f} req/s, {errors} errors)")
    finally:
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {DB}", "postgres"],
            capture_output=True,
        )


if __name__ == "__main__":
    main()

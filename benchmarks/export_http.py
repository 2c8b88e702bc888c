"""Every record as CSV and XLSX, asked for in the browser's way, on the production profile.

Drives a running ``make serve-production`` and a running worker (``db_worker --backend batches``
with the same settings) on a database holding the scale data (``generate_scale_data --scale 2``
gives 300,000 enrolments), loopback only:

    export SECRET_KEY=… DATABASE_URL=postgres://…/faculty_training_scale2 REDIS_URL=redis://127.0.0.1:6379/13
    make serve-production PORT=8104 &
    DJANGO_SETTINGS_MODULE=cms.settings.production .venv/bin/python manage.py db_worker --backend batches &
    .venv/bin/python benchmarks/export_http.py --base http://127.0.0.1:8104

As the administrator (a session made in the session store, as check_in_burst.py does): POST the
records page's CSV (then XLSX) download, which must answer at once with the job's page; poll that
page until it links the private file (or says it failed); download the file through gunicorn and
check it: the byte count equals Content-Length, and it holds one row per record. Prints the time of
the request, the worker's time, the download and the row count; "complete" only when every check
holds, so a cut transfer can never read as a success. Bounded: 40 minutes per export.
"""

import argparse
import csv
import http.client
import io
import os
import re
import secrets
import sys
import tempfile
import time
from importlib import import_module
from pathlib import Path
from urllib.parse import urlsplit

from _harness import print_table, record

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_SECONDS = 40 * 60


def setup_django():
    if not os.environ.get("SECRET_KEY"):
        sys.exit("Set SECRET_KEY (and DATABASE_URL, REDIS_URL) exactly as for the server you drive.")
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    for name, value in {
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "TRUSTED_PROXY_COUNT": "0",
        "LOG_LEVEL": "WARNING",
    }.items():
        os.environ.setdefault(name, value)
    import django

    django.setup()


def admin_cookies():
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model

    admin = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(admin.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = admin.get_session_auth_hash()
    store.save()
    csrf = secrets.token_hex(16)
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}; {settings.CSRF_COOKIE_NAME}={csrf}", csrf


def request(base, method, path, cookies, body=None, timeout=60):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    headers = {"Cookie": cookies, "Host": parts.hostname}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = base + path
    connection.request(method, path, body=body, headers=headers)
    return connection, connection.getresponse()


def one_export(base, cookies, csrf, kind, expected):
    started = time.monotonic()
    connection, response = request(base, "POST", f"/en/records/export.{kind}", cookies, f"csrfmiddlewaretoken={csrf}")
    response.read()
    connection.close()
    asked = time.monotonic() - started
    location = response.getheader("Location", "")
    if response.status != 302 or "/records/exports/" not in location:
        return {"kind": kind, "error": f"asked: HTTP {response.status} {location[:80]}"}
    job_path = urlsplit(location).path
    file_path = None
    while time.monotonic() - started < MAX_SECONDS:
        time.sleep(2)
        connection, response = request(base, "GET", job_path, cookies)
        page = response.read().decode()
        connection.close()
        match = re.search(r'href="(/[^"]*/files/[0-9a-f-]{36}/)"', page)
        if match:
            file_path = match.group(1)
            break
        if 'role="alert"' in page:  # the job page's failure message
            return {"kind": kind, "error": "the job failed"}
    if file_path is None:
        return {"kind": kind, "error": "not ready in time"}
    built = time.monotonic() - started
    download_start = time.monotonic()
    connection, response = request(base, "GET", file_path, cookies, timeout=300)
    length = int(response.getheader("Content-Length") or -1)
    received = 0
    with tempfile.TemporaryFile() as handle:
        while chunk := response.read(1 << 20):
            handle.write(chunk)
            received += len(chunk)
        connection.close()
        downloaded = time.monotonic() - download_start
        handle.seek(0)
        if kind == "csv":
            rows = sum(1 for _row in csv.reader(io.TextIOWrapper(handle, encoding="utf-8-sig", newline=""))) - 1
        else:
            from openpyxl import load_workbook

            rows = sum(1 for _row in load_workbook(handle, read_only=True).active.iter_rows(values_only=True)) - 1
    complete = response.status == 200 and received == length and rows == expected
    return {
        "kind": kind,
        "asked_s": asked,
        "built_s": built,
        "download_s": downloaded,
        "megabytes": received / 1_000_000,
        "rows": rows,
        "complete": complete,
        "status": response.status,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8104")
    parser.add_argument("--kinds", nargs="+", default=["csv", "xlsx"], choices=["csv", "xlsx"])
    arguments = parser.parse_args()
    if urlsplit(arguments.base).hostname not in LOOPBACK:
        sys.exit("Loopback only: this script drives a server on this machine.")
    setup_django()
    from faculty_training.models import Enrollment
    from faculty_training.selectors.records import RecordScope, records_count

    expected = records_count(RecordScope(None, "all"))
    cookies, csrf = admin_cookies()
    rows = []
    for kind in arguments.kinds:
        result = one_export(arguments.base, cookies, csrf, kind, expected)
        if "error" in result:
            shown = f"{expected:,} records: {result['error']}"
            rows.append([kind.upper(), f"{expected:,}", "", "", "", "", "NO: " + result["error"]])
        else:
            shown = (
                f"{result['rows']:,} rows, {result['megabytes']:.0f} MB; asked in {result['asked_s'] * 1000:.0f} ms,"
                f" ready after {result['built_s']:.0f} s, downloaded in {result['download_s']:.1f} s"
                f" ({'complete' if result['complete'] else 'INCOMPLETE'})"
            )
            rows.append(
                [
                    kind.upper(),
                    f"{expected:,}",
                    f"{result['asked_s'] * 1000:.0f} ms",
                    f"{result['built_s']:.0f} s",
                    f"{result['download_s']:.1f} s, {result['megabytes']:.0f} MB",
                    f"{result['rows']:,}",
                    "yes" if result["complete"] else "NO",
                ]
            )
        record(f"http_export_{kind}", expected, shown)
        print(shown, flush=True)
    print_table(
        f"Every record through the production profile ({Enrollment.objects.count():,} enrolments)",
        ["export", "records", "request", "ready after", "download", "rows in the file", "complete"],
        rows,
    )


if __name__ == "__main__":
    main()

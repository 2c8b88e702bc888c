"""Pages and exports at the programme's real size: p50/p95 and queries, on the scale data set.

Runs in this process (Django's test client, production settings) against a database filled by
``generate_scale_data`` (DATABASE_URL; REDIS_URL for the cache). Nothing is served over HTTP, so
the times are the application's own: template, queries, middleware.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ft_scale_data REDIS_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python benchmarks/scale_pages.py [--repeat 20] [--exports]

Pages: a participant's dashboard (the person with the most enrolments), a course page seen by a
participant, the register of the 300-person session (administrator), the records page of the
administrator (all institutions: first page, and a filtered page), and one page of the records
API (the largest institution's token). Targets: p95 under 200 ms for participant pages, under
500 ms for records. ``--exports`` also builds every record as CSV and XLSX through the worker's
task (export_job_run, in this process) and checks that the file has every row.
"""

import argparse
import os
import statistics
import sys
import time

from _harness import print_table, record

TARGETS_MS = {"participant": 200, "records": 500}


def setup_django():
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 60)
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("SECURE_COOKIES", "false")
    os.environ.setdefault("TRUSTED_PROXY_COUNT", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to the PostgreSQL database that holds the scale data.")
    import django

    django.setup()


def measure(client, url, repeat, data=None, **headers):
    from django.db import connection

    for _warm in range(2):
        response = client.get(url, data, **headers)
        assert response.status_code == 200, (url, response.status_code)
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        client.get(url, data, **headers)
    times = []
    for _run in range(repeat):
        start = time.perf_counter()
        client.get(url, data, **headers)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, len(queries)


def pages(repeat):
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from faculty_training.demo.scale import USERNAME_PREFIX
    from faculty_training.models import CoursePage, Enrollment, Institution, InstitutionApiToken, TrainingSession
    from faculty_training.models.records import hash_token

    users = get_user_model().objects
    busiest = (
        Enrollment.objects.filter(participant__username__startswith=USERNAME_PREFIX)
        .values("participant")
        .annotate(count=Count("pk"))
        .order_by("-count")
        .first()
    )
    person = users.get(pk=busiest["participant"])
    admin = users.filter(is_superuser=True).order_by("pk").first()
    course = CoursePage.objects.get(slug="scale-course-1")
    session = TrainingSession.objects.filter(course=course).order_by("starts_at").first()
    largest = (
        Institution.objects.filter(code__contains="-SC-")
        .annotate(people=Count("participants"))
        .order_by("-people")
        .first()
    )
    secret = InstitutionApiToken.new_secret()
    InstitutionApiToken.objects.create(
        institution=largest, name="benchmark", token_hash=hash_token(secret), prefix=secret[:8]
    )
    with translation.override("en"):
        course_url, dashboard = course.get_url(), reverse("faculty_training:dashboard")
        records = reverse("faculty_training_records:index")
    participant, administrator, anonymous = Client(), Client(), Client()
    participant.force_login(person)
    administrator.force_login(admin)
    cases = [
        ("dashboard", "participant", participant, dashboard, None, {}),
        ("course page", "participant", participant, course_url, None, {}),
        (
            "register, 300 people",
            "participant",
            administrator,
            reverse("faculty_training_register", args=[session.pk]),
            None,
            {},
        ),
        ("records, first page", "records", administrator, records, None, {}),
        (
            "records, filtered",
            "records",
            administrator,
            records,
            {"country": "KZ", "status": "completed", "sort": "name"},
            {},
        ),
        (
            "records API page",
            "records",
            anonymous,
            "/api/v1/records/",
            {"page_size": 100},
            {"HTTP_AUTHORIZATION": f"Bearer {secret}"},
        ),
    ]
    rows = []
    for label, kind, client, url, data, headers in cases:
        median, p95, queries = measure(client, url, repeat, data, **headers)
        target = TARGETS_MS[kind]
        key = "page_" + label.split(",")[0].replace(" ", "_") + ("_filtered" if "filtered" in label else "")
        record(key, p95, f"p95 {p95:.0f} ms, {queries} queries")
        rows.append(
            [label, queries, f"{median:.0f} ms", f"{p95:.0f} ms", f"< {target} ms", "met" if p95 < target else "missed"]
        )
    InstitutionApiToken.objects.filter(name="benchmark").delete()
    print_table(
        f"Pages on the scale data ({Enrollment.objects.count():,} enrolments; {repeat} requests each)",
        ["page", "queries", "p50", "p95", "target p95", ""],
        rows,
    )


def exports():
    from django.contrib.auth import get_user_model

    from faculty_training.models import Enrollment, ExportJob
    from faculty_training.services.export_jobs import export_job_run
    from faculty_training.services.generated_files import generated_file_open

    admin = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    total = Enrollment.objects.count()
    rows = []
    for kind in (ExportJob.Kind.RECORDS_CSV, ExportJob.Kind.RECORDS_XLSX):
        job = ExportJob.objects.create(requested_by=admin, kind=kind, query="", language="en")
        start = time.perf_counter()
        job = export_job_run(job.pk)
        seconds = time.perf_counter() - start
        if kind == ExportJob.Kind.RECORDS_CSV:
            with generated_file_open(job.file) as handle:
                lines = sum(1 for _line in handle) - 1  # the header
        else:
            from openpyxl import load_workbook

            with generated_file_open(job.file) as handle:
                # A write-only workbook records no dimensions: count the rows themselves.
                lines = sum(1 for _row in load_workbook(handle, read_only=True).active.iter_rows(values_only=True)) - 1
        complete = job.status == ExportJob.Status.DONE and lines == total
        record(
            f"worker_export_{kind}",
            seconds,
            f"{seconds:.0f} s, {lines:,} rows, {'complete' if complete else 'INCOMPLETE'}",
        )
        rows.append(
            [
                job.get_kind_display(),
                f"{total:,}",
                f"{lines:,}",
                f"{seconds:.1f} s",
                job.file.size // 1_000_000,
                "yes" if complete else "NO",
            ]
        )
        job.file.delete()
    print_table(
        "Every record through the worker's export task",
        ["export", "records", "rows in the file", "time", "MB", "complete"],
        rows,
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--exports", action="store_true")
    arguments = parser.parse_args()
    setup_django()
    pages(max(3, min(arguments.repeat, 200)))
    if arguments.exports:
        exports()


if __name__ == "__main__":
    main()

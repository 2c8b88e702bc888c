"""Shared set-up for benchmark scripts: a throwaway test database and a timing helper."""

import contextlib
import io
import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


@contextmanager
def test_database():
    """Set up Django with a fresh test database (SQLite in memory, or DATABASE_URL's server)."""
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    # wagtail-modeltranslation's migrate prints the SQL it runs; keep the table readable.
    with contextlib.redirect_stdout(io.StringIO()):
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield connection
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


def median_seconds(function, repeat=7, setup=None):
    """Median wall time of ``function()`` over ``repeat`` runs (``setup()`` before each, untimed)."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def print_table(title, headers, rows):
    print(f"\n{title}")
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    line = " | ".join(str(cell).ljust(width) for cell, width in zip(headers, widths, strict=True))
    print(line)
    print("-" * len(line))
    for row in rows:
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def record(key, value, shown=None):
    """Keep one figure for the summary table of ``make bench`` (benchmarks/summary.py).

    Written as a JSON line to the file named by BENCH_RESULTS (nothing happens without it), so
    every script can run alone as before.
    """
    import json

    path = os.environ.get("BENCH_RESULTS")
    if not path:
        return
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"key": key, "value": value, "shown": shown}) + "\n")


def run(args, env, **kwargs):
    """A command of the set-up, from the project's folder; its output captured, failure raised."""
    import subprocess

    return subprocess.run(args, env=env, cwd=ROOT, check=True, capture_output=True, text=True, **kwargs)


@contextmanager
def gunicorn(env, port, workers=2):
    """gunicorn on 127.0.0.1:``port`` with ``env``, answering (its /bare/ view) before the body runs;
    stopped afterwards. Yields the base address."""
    import subprocess
    import urllib.request

    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/bare/", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait()

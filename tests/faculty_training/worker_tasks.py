"""A task for tests/faculty_training/test_two_workers.py, importable by a db_worker subprocess."""

import os
import time
from pathlib import Path

from django_tasks import task


def _append(path, line):
    # O_APPEND: each short line lands whole, whichever process writes it.
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, f"{line}\n".encode())
    finally:
        os.close(descriptor)


@task()
def record_run(path, marker, wait_for_workers=2, patience_seconds=20.0):
    """Write "<pid> <marker>" to ``path``; until ``wait_for_workers`` processes have written, wait
    (at most ``patience_seconds``), so that every worker of the test takes part."""
    _append(path, f"{os.getpid()} {marker}")
    deadline = time.monotonic() + patience_seconds
    while time.monotonic() < deadline:
        pids = {line.split()[0] for line in Path(path).read_text().splitlines() if line}
        if len(pids) >= wait_for_workers:
            break
        time.sleep(0.05)
    time.sleep(0.02)  # a little work, so the two workers interleave

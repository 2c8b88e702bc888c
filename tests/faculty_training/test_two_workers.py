"""Two db_worker processes on one queue run each task exactly once (PostgreSQL: the claim is a
SELECT … FOR UPDATE SKIP LOCKED, then a status change, in one transaction)."""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django_tasks import TaskResultStatus

from tests.faculty_training.worker_tasks import record_run

TASKS = 40
TIMEOUT_SECONDS = 120  # the workers start Django (a few seconds each) and run 40 short tasks


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_on_one_queue_run_each_task_once(on_postgres, migrated_data, tmp_path):
    from django_tasks_db.models import DBTaskResult

    log = tmp_path / "runs.log"
    for number in range(TASKS):
        record_run.using(backend="notifications").enqueue(str(log), f"task-{number}")
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(
            **{**database, "PORT": database["PORT"] or 5432}
        ),
    }
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    command = [
        sys.executable,
        str(Path(settings.BASE_DIR) / "manage.py"),
        "db_worker",
        "--backend=notifications",
        "--batch",
        "--no-reload",
        "--no-startup-delay",
        "--interval=0.05",
        "--verbosity=0",
    ]
    workers = [
        subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for _worker in range(2)
    ]
    try:
        outputs = [worker.communicate(timeout=TIMEOUT_SECONDS)[0].decode() for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    assert [worker.returncode for worker in workers] == [0, 0], outputs
    runs = [line.split() for line in log.read_text().splitlines()]
    assert Counter(marker for _pid, marker in runs) == {f"task-{number}": 1 for number in range(TASKS)}
    assert len({pid for pid, _marker in runs}) == 2  # both workers took tasks from the one queue
    results = DBTaskResult.objects.filter(backend_name="notifications")
    assert results.count() == TASKS
    assert set(results.values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}
    assert all(len(result.worker_ids) == 1 for result in results)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_task_another_worker_holds_is_skipped_not_waited_for(on_postgres, migrated_data, tmp_path):
    """The claim itself, deterministically: while one worker's transaction holds the next task,
    another worker's claim query returns the task after it at once (SKIP LOCKED), never the same."""
    import threading

    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    for number in range(2):
        record_run.using(backend="notifications").enqueue(str(tmp_path / "unused.log"), f"task-{number}")
    ready = DBTaskResult.objects.ready().filter(backend_name="notifications")
    found = {}

    def other_worker():
        try:
            with transaction.atomic():
                found["task"] = ready.get_locked()
        finally:
            connection.close()

    with transaction.atomic():
        held = ready.get_locked()
        thread = threading.Thread(target=other_worker)
        thread.start()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the second claim waited for the first worker's lock"
    assert found["task"] is not None and found["task"].pk != held.pk

"""`make run` writes from two processes (web server and task worker) into one SQLite file."""

import threading
import time

from django.db.backends.sqlite3.base import DatabaseWrapper

from cms.settings.base import SQLITE_OPTIONS


def _connection(path, options=SQLITE_OPTIONS):
    config = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": dict(options),
        "TIME_ZONE": None,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "AUTOCOMMIT": True,
        "ATOMIC_REQUESTS": False,
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
    }
    return DatabaseWrapper(config, alias="writers")


def test_two_writers_that_read_first_wait_for_each_other_instead_of_failing(tmp_path, django_db_blocker):
    django_db_blocker.unblock()
    path = tmp_path / "site.sqlite3"
    setup = _connection(path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE counter (n integer)")
        cursor.execute("INSERT INTO counter VALUES (0)")
    setup.close()
    errors = []

    def increment():
        connection = _connection(path)
        try:
            for _ in range(5):
                with connection.cursor() as cursor:
                    cursor.execute("BEGIN " + connection.transaction_mode)  # what atomic() does
                    cursor.execute("SELECT n FROM counter")
                    (value,) = cursor.fetchone()
                    time.sleep(0.02)  # the other writer gets in between the read and the write
                    cursor.execute("UPDATE counter SET n = %s", [value + 1])
                    cursor.execute("COMMIT")
        except Exception as error:  # noqa: BLE001 - the test reports any failure
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=increment) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    check = _connection(path)
    with check.cursor() as cursor:
        cursor.execute("SELECT n FROM counter")
        assert cursor.fetchone() == (10,)  # no lost update either
    check.close()

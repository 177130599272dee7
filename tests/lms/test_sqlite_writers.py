"""SQLite (the default database of `make run`) with the background worker beside the web
server: two processes write to one file. A transaction that reads, then writes, while the
other holds a write lock used to fail at once with "database is locked" (a 500 on the
admin's import confirm, seen with `make run`): SQLite cannot wait there without a deadlock.
The settings begin every transaction with BEGIN IMMEDIATE, so the later writer waits its turn.
"""

import threading
import time

import pytest
from django.conf import settings
from django.db import connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="tests the SQLite settings (BEGIN IMMEDIATE, busy timeout); the PostgreSQL run "
    "of the suite has row locks instead and the concurrency tests of its own",
)


def _connection(path, alias):
    config = {**settings.DATABASES["default"], "NAME": str(path), "TEST": {}}
    return DatabaseWrapper(config, alias=alias)


@pytest.fixture
def database_file(tmp_path, django_db_blocker):
    """A SQLite file with a table, as the web server's database."""
    path = tmp_path / "sen.sqlite3"
    with django_db_blocker.unblock():
        web = _connection(path, "web")
        with web.cursor() as cursor:
            cursor.execute("CREATE TABLE task (id INTEGER PRIMARY KEY, state TEXT)")
        web.close()
        yield path


def _use(path, alias):
    """A connection to the file under ``alias``, for this thread (as each process has its own)."""
    connections[alias] = _connection(path, alias)
    return connections[alias]


def test_a_read_then_write_waits_for_the_other_writer_instead_of_failing(database_file):
    worker_has_written = threading.Event()
    errors = []

    def worker_claims_a_task():
        worker = _use(database_file, "worker")
        try:
            with transaction.atomic(using="worker"), worker.cursor() as cursor:
                cursor.execute("INSERT INTO task (state) VALUES ('claimed')")
                worker_has_written.set()
                time.sleep(0.3)  # the worker still holds its lock
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
            worker_has_written.set()
        finally:
            worker.close()
            del connections["worker"]

    web = _use(database_file, "web")
    thread = threading.Thread(target=worker_claims_a_task)
    try:
        with transaction.atomic(using="web"), web.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM task")  # the import checks its rows first
            thread.start()
            worker_has_written.wait(1)
            time.sleep(0.05)
            cursor.execute("INSERT INTO task (state) VALUES ('imported')")
    finally:
        thread.join()
    assert errors == []
    with web.cursor() as cursor:
        cursor.execute("SELECT state FROM task ORDER BY id")
        states = [row[0] for row in cursor.fetchall()]
    web.close()
    del connections["web"]
    assert sorted(states) == ["claimed", "imported"]

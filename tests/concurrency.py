"""Run a function from many threads at once, each on its own database connection."""

import threading

from django.db import connections


def run_concurrently(function, count):
    barrier = threading.Barrier(count)
    results, errors = [], []
    lock = threading.Lock()

    def worker(index):
        try:
            barrier.wait(timeout=30)
            value = function(index)
            with lock:
                results.append(value)
        except Exception as exc:  # noqa: BLE001 - collected and asserted by the caller
            with lock:
                errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors


def publish_during_autosave(*, autosave, publish, validated_by):
    """Force the interleaving of an autosave and a Publish of the same object: the autosave
    (``autosave()``, a request) is held inside validation, past Wagtail's "is this out of
    date?" check, while ``publish()`` runs until it finishes or waits for a lock; then the
    autosave goes on. ``validated_by``: the StreamBlock class whose ``clean`` the autosave
    passes through. Returns {"autosave": response, "publish": response}. PostgreSQL only."""
    import time

    from django.db import connection

    checked, release = threading.Event(), threading.Event()
    responses = {}
    original_clean = validated_by.clean

    def held_clean(block, value):
        if threading.current_thread().name == "autosave":
            checked.set()
            release.wait(timeout=20)
        return original_clean(block, value)

    def run(name, request):
        try:
            responses[name] = request()
        finally:
            connections.close_all()

    validated_by.clean = held_clean
    try:
        autosaving = threading.Thread(target=run, args=("autosave", autosave), name="autosave")
        autosaving.start()
        assert checked.wait(timeout=20), "the autosave never reached validation"
        publishing = threading.Thread(target=run, args=("publish", publish), name="publish")
        publishing.start()
        deadline = time.monotonic() + 15
        while publishing.is_alive() and time.monotonic() < deadline:
            publishing.join(timeout=0.05)
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
                if cursor.fetchone()[0]:
                    break
        release.set()
        autosaving.join(timeout=30)
        publishing.join(timeout=30)
    finally:
        validated_by.clean = original_clean
        release.set()
    return responses

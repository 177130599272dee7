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

"""Background work through Django's Tasks framework (``django.tasks`` on Django 6, the
``django-tasks`` backport on Django 5.2), whatever queue ``settings.TASKS`` names.

``enqueue(task, *args)`` is how every app asks for work: with the database queue the task's
row is written inside the transaction of the change that asked for it (it exists if and only
if the change committed, and a worker sees the change when it sees the task); with a queue
outside the database (RQ on Redis) it is sent once the transaction has committed, so that a
worker never reads the database before the change is there.
"""

from django.db import transaction

try:  # Django 6
    from django.tasks import default_task_backend, task, task_backends
    from django.tasks.base import TaskResultStatus
except ImportError:  # Django 5.2: the backport
    from django_tasks import default_task_backend, task, task_backends
    from django_tasks.base import TaskResultStatus

__all__ = [
    "TaskResultStatus",
    "default_task_backend",
    "enqueue",
    "stores_in_database",
    "task",
    "task_backends",
]


def stores_in_database(backend=None):
    """Does the queue keep its tasks in the site's own database?"""
    backend = backend or task_backends["default"]  # the backend itself, not its proxy
    return type(backend).__module__.startswith("django_tasks_db")


def _outside_the_transaction(backend):
    """Does the queue hand the task to something that cannot see uncommitted rows? (RQ on
    Redis does; the database queue writes a row in the transaction; the immediate backend
    runs the task in it.)"""
    return not stores_in_database(backend) and type(backend).__name__ != "ImmediateBackend"


def enqueue(task_, *args, **kwargs):
    """Ask for ``task_(*args, **kwargs)`` to run in the background, once the current change
    is committed (see the module docstring)."""
    backend = task_.get_backend()
    if not _outside_the_transaction(backend) or not transaction.get_connection().in_atomic_block:
        return task_.enqueue(*args, **kwargs)
    transaction.on_commit(lambda: task_.enqueue(*args, **kwargs), robust=True)
    return None

"""The bank's questions as served, cached per question version, for the draw of every start.

Building a served question (``quizzes.snapshots.question_snapshot``) means loading its
StreamField and turning the block into Python (the image chooser included): most of a start's
CPU when a round closes. The draw still reads which questions are live from the database, in
one indexed query, at every start: so a question unpublished or deleted is never drawn and one
just published may be, in every worker at once, whatever the cache backend (the default one is
each worker's own memory). Only the question's served form is cached, under a key made of its
id, live revision and ``updated_at`` read by that same query: publishing saves the question
(new live revision, new ``updated_at``), so an edited question is served as edited at once.

A change written with ``QuerySet.update()`` (no ``save()``, so ``updated_at`` does not move)
would be served as it was until the entry expires (a day): change bank questions through the
admin, the import or ``save()``.
"""

from django.core.cache import cache

from contests.models import ContestQuestion
from quizzes.snapshots import question_snapshot

CACHE_VERSION = 1  # bump when the served form changes (quizzes.snapshots)
CACHE_SECONDS = 60 * 60 * 24


def live_pool(kinds):
    """[(pk, topic, difficulty, key)] of the live questions matching ``kinds`` (a Q), from the
    database: the one query of the draw that must never be stale."""
    rows = ContestQuestion.objects.filter(kinds, live=True).values_list(
        "pk", "topic", "difficulty", "live_revision_id", "updated_at"
    )
    return [
        (pk, topic, difficulty, _key(pk, revision_id, updated_at))
        for pk, topic, difficulty, revision_id, updated_at in rows
    ]


def _key(pk, revision_id, updated_at):
    stamp = int(updated_at.timestamp() * 1_000_000)
    return f"contests:served:v{CACHE_VERSION}:{pk}:{revision_id or 0}:{stamp}"


def served_questions(chosen):
    """{pk: question as served, choices in the author's order} for ``chosen`` [(pk, key)]:
    from the cache, the others built from their StreamField in one query and kept. A question
    whose body is empty is left out (the caller refuses the draw)."""
    keys = dict(chosen)
    found = cache.get_many(list(keys.values()))
    served = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in keys if pk not in served]
    if missing:
        built = {}
        rows = ContestQuestion.objects.filter(pk__in=missing).only(
            "pk", "question", "live_revision_id", "updated_at"
        )
        for question in rows:
            if not len(question.question):
                continue
            body = question_snapshot(question.question[0], shuffle=False)
            body["id"] = str(question.pk)
            served[question.pk] = body
            # Kept under the version just read (published meanwhile: a newer key).
            built[_key(question.pk, question.live_revision_id, question.updated_at)] = body
        cache.set_many(built, CACHE_SECONDS)
    return served

"""``quiz_submit_per_s``: members taking a lesson quiz at the same time, each in her own
process with her own database connection (as WSGI workers would be), then a check that
every attempt a client saw submitted is stored once, with the first submission's result."""

import multiprocessing
import threading
import time

from django.db import connections
from django.test import Client
from django.utils import timezone

from courses.models import Enrollment, LessonCompletion
from demo import scale_data
from quizzes.models import Attempt


def _form(answers):
    return {f"q-{question_id}": list(choices) for question_id, choices in answers.items()}


def _at_once(client, url, forms):
    """POST each form to ``url`` from its own thread with her session, all at once."""
    barrier = threading.Barrier(len(forms))
    responses = [None] * len(forms)

    def post(index, form):
        twin = Client()
        twin.cookies = client.cookies
        try:
            barrier.wait()
            responses[index] = twin.post(url, form)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=pair) for pair in enumerate(forms)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def _client_loop(user_id, quiz_id, rounds, right, wrong, barrier, results):
    from django.contrib.auth import get_user_model

    try:
        client = Client()
        client.force_login(get_user_model().objects.get(pk=user_id))
        barrier.wait()
        began = time.monotonic()
        submitted, errors = [], 0
        for i in range(rounds):
            response = client.post(f"/quizzes/{quiz_id}/start/")
            if response.status_code != 302:
                errors += 1
                continue
            take = response["Location"]
            attempt_id = int(take.rstrip("/").split("/")[-1])
            if client.get(take).status_code != 200:
                errors += 1
            passing = i % 2 == 0
            if i % 4 == 0:
                # A double tap: the same attempt sent twice at the same moment, the second
                # time with other answers. One result is stored, whichever came first.
                responses = _at_once(client, take, [_form(right), _form(wrong)])
                passing = None
            else:
                responses = [client.post(take, _form(right if passing else wrong))]
            if any(r.status_code != 302 or "/result/" not in r["Location"] for r in responses):
                errors += 1
                continue
            submitted.append((attempt_id, passing))
        results.put((user_id, began, time.monotonic(), submitted, errors))
    except Exception as exc:  # report, don't hang the parent on the barrier or the queue
        barrier.abort()
        results.put((user_id, 0, 0, [], f"{type(exc).__name__}: {exc}"))
    finally:
        connections.close_all()


def _members(course, count):
    """Generated members one lesson (the quiz) short of finishing the course, so a pass
    completes the course and moves the counters; others if there are too few."""
    near = list(
        Enrollment.objects.filter(
            course=course,
            completed_at__isnull=True,
            user__phone__startswith=scale_data.PHONE_PREFIX,
        )
        .order_by("-lessons_done", "user_id")
        .values_list("user_id", flat=True)[:count]
    )
    return near


def run(fx, report, *, clients=16, rounds=10):
    quiz = fx.lesson.quiz
    snapshot = Attempt.objects.filter(quiz=quiz).exclude(snapshot={}).first().snapshot
    right = scale_data.correct_answers(snapshot)
    wrong = {
        q["id"]: [next(c["id"] for c in q["choices"] if not c["correct"])]
        for q in snapshot["questions"]
    }
    user_ids = _members(fx.course, clients)
    began_at = timezone.now()
    connections.close_all()  # children must not share the parent's connection
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(user_ids))
    results = context.Queue()
    processes = [
        context.Process(
            target=_client_loop, args=(uid, quiz.pk, rounds, right, wrong, barrier, results)
        )
        for uid in user_ids
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()

    failures = [o[4] for o in outcomes if isinstance(o[4], str)]
    for failure in failures:
        report.note(f"quiz client failed: {failure}")
    errors = sum(o[4] for o in outcomes if isinstance(o[4], int)) + len(failures)
    seen = {attempt_id: passing for o in outcomes for attempt_id, passing in o[3]}
    wall = max(o[2] for o in outcomes) - min(o[1] for o in outcomes if o[1])
    stored = dict(
        Attempt.objects.filter(
            quiz=quiz, user_id__in=user_ids, started_at__gte=began_at
        ).values_list("pk", "passed")
    )
    submitted = set(
        Attempt.objects.filter(
            quiz=quiz, user_id__in=user_ids, started_at__gte=began_at, submitted_at__isnull=False
        ).values_list("pk", flat=True)
    )
    lost = sum(1 for attempt_id in seen if attempt_id not in submitted)
    # An extra stored attempt, or one whose result is not its submission's (a double tap,
    # passing None, may keep either of its two: it must keep one, which `lost` checks).
    duplicated = len(stored.keys() - seen.keys()) + sum(
        1
        for attempt_id, passing in seen.items()
        if passing is not None and stored.get(attempt_id, passing) != passing
    )
    report.figure("quiz_clients", len(user_ids), "clients")
    report.figure("quiz_submits", len(seen), "submits")
    report.figure("quiz_submit_per_s", len(seen) / wall, "submits/s")
    report.figure("quiz_client_errors", errors, "errors")
    report.figure("quiz_attempts_lost", lost, "attempts")
    report.figure("quiz_attempts_duplicated", duplicated, "attempts")
    # Her lesson is done exactly when one of her attempts passed.
    passed_users = set(
        Attempt.objects.filter(quiz=quiz, user_id__in=user_ids, passed=True).values_list(
            "user_id", flat=True
        )
    )
    done_users = set(
        LessonCompletion.objects.filter(lesson=fx.lesson, user_id__in=user_ids).values_list(
            "user_id", flat=True
        )
    )
    report.figure("quiz_completions_wrong", len(passed_users ^ done_users), "members")

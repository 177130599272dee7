"""Two hundred members at once, through the site, on PostgreSQL: every count exact afterwards.

What "200 concurrent members" means here: 200 threads, one per member, each with her own
signed-in test client, are released together by a barrier and go through the member's path
as fast as they can: lesson 1 done, lesson 2 done, start the course's final quiz, submit it.
One member in four taps "done" on lesson 1 twice at the same moment (a second thread, released
with her by its own barrier), and one in eight submits her quiz twice at once. At most
``DB_SLOTS`` requests hold a database connection at the same time, as on a server where 200
phones queue for a bounded pool of connections (gunicorn workers, or PgBouncer): the local
PostgreSQL allows 100 connections for everyone. Each request runs in its thread on a new
connection, closed at the end of the request.

Afterwards: no request failed or answered 500, every fact is there exactly once (no duplicate,
no lost write), the summaries agree with the facts, and the chapter counters equal what
``lms.stats.recompute.recount()`` computes from the facts (and ``recompute`` finds no drift).
"""

import threading
import time
from collections import Counter

import pytest
from django.db import connections
from django.test import Client
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from lms.models import Chapter, ChapterCourseStats
from lms.stats import recompute
from quizzes.models import Attempt
from quizzes.scoring import field_name
from tests.courses.factories import course_with_lessons, done_url
from tests.lms.factories import ChapterFactory, MemberFactory
from tests.quizzes.factories import QuizFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEMBERS = 200
CHAPTERS = 8
DB_SLOTS = 30
DOUBLE_TAP_EVERY = 4  # members 0, 4, 8, ... tap lesson 1 twice at once
DOUBLE_SUBMIT_EVERY = 8  # members 1, 9, 17, ... submit the quiz twice at once
TIME_LIMIT = 60  # seconds for the whole rush, on CI's two cores
RIGHT = {"q1": ["q1a"], "q2": ["q2a", "q2b"], "q3": ["false"]}


@pytest.fixture
def world(home):
    quiz = QuizFactory()
    course, lessons = course_with_lessons(home, lessons=2, final_quiz=quiz)
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, code="tinh")
    chapters = [ChapterFactory(parent=province, code=f"chi-{n}") for n in range(CHAPTERS)]
    users = [MemberFactory(chapter=chapters[n % CHAPTERS]).user for n in range(MEMBERS)]
    # Addresses worked out here, once: a lesson's URL reads the site's root paths, and a
    # thread reading them before it holds a slot would hold a connection the slots do not count.
    done = [done_url(lesson) for lesson in lessons]
    return {
        "course": course,
        "lessons": lessons,
        "done": done,
        "quiz": quiz,
        "users": users,
        "start": reverse("quizzes:start", args=[quiz.pk]),
    }


class Rush:
    """The shared state of one run: the start barrier, the connection slots, what went wrong."""

    def __init__(self, threads):
        self.start = threading.Barrier(threads)
        self.slots = threading.BoundedSemaphore(DB_SLOTS)
        self.lock = threading.Lock()
        self.failures = []
        self.statuses = Counter()

    def post(self, client, path, data=None):
        with self.slots:
            try:
                response = client.post(path, data or {})
            finally:
                connections.close_all()  # this thread's connection only
        with self.lock:
            self.statuses[response.status_code] += 1
        if response.status_code != 302:
            raise AssertionError(f"{path}: {response.status_code}")
        return response

    def run(self, target, *args):
        try:
            target(*args)
        except Exception as exc:  # noqa: BLE001 - collected and asserted by the test
            with self.lock:
                self.failures.append(repr(exc))
        finally:
            connections.close_all()


def twin_of(client):
    """A second client with the same session: her other tap, her other tab."""
    twin = Client(raise_request_exception=False)
    twin.cookies = client.cookies
    return twin


def member_path(rush, client, world, index):
    done_1, done_2 = world["done"]
    rush.start.wait(timeout=60)
    if index % DOUBLE_TAP_EVERY == 0:
        together = threading.Barrier(2)

        def tap():
            together.wait(timeout=30)
            rush.post(twin_of(client), done_1)

        twin = threading.Thread(target=rush.run, args=(tap,))
        twin.start()
        together.wait(timeout=30)
        rush.post(client, done_1)
        twin.join(timeout=60)
    else:
        rush.post(client, done_1)
    rush.post(client, done_2)
    started = rush.post(client, world["start"])
    take = started["Location"]
    answers = {field_name(qid): choices for qid, choices in RIGHT.items()}
    if index % DOUBLE_SUBMIT_EVERY == 1:
        together = threading.Barrier(2)

        def submit_again():
            together.wait(timeout=30)
            rush.post(twin_of(client), take, answers)

        twin = threading.Thread(target=rush.run, args=(submit_again,))
        twin.start()
        together.wait(timeout=30)
        rush.post(client, take, answers)
        twin.join(timeout=60)
    else:
        rush.post(client, take, answers)


def test_two_hundred_members_at_once_leave_every_count_exact(world):
    users = world["users"]
    clients = []
    for user in users:
        client = Client(raise_request_exception=False)
        client.force_login(user)
        clients.append(client)
    connections.close_all()

    rush = Rush(MEMBERS)
    threads = [
        threading.Thread(target=rush.run, args=(member_path, rush, client, world, index))
        for index, client in enumerate(clients)
    ]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIME_LIMIT * 2)
    elapsed = time.monotonic() - began

    assert not any(thread.is_alive() for thread in threads)
    assert rush.failures == []
    assert set(rush.statuses) == {302}  # every request redirected as it should: no 500
    expected_requests = MEMBERS * 4 + MEMBERS // DOUBLE_TAP_EVERY + MEMBERS // DOUBLE_SUBMIT_EVERY
    assert sum(rush.statuses.values()) == expected_requests
    assert elapsed < TIME_LIMIT, f"{expected_requests} requests took {elapsed:.1f} s"

    course = world["course"]
    # The facts: one completion per member and lesson, no more, no fewer.
    assert LessonCompletion.objects.count() == MEMBERS * 2
    assert LessonCompletion.objects.values("user", "lesson").distinct().count() == MEMBERS * 2
    # Her summary agrees with the facts.
    enrollments = Enrollment.objects.filter(course=course)
    assert enrollments.count() == MEMBERS
    assert set(enrollments.values_list("lessons_done", flat=True)) == {2}
    assert enrollments.filter(completed_at__isnull=False).count() == MEMBERS
    # One attempt per member, submitted once, passed.
    attempts = Attempt.objects.filter(quiz=world["quiz"])
    assert attempts.count() == MEMBERS
    assert attempts.values("user").distinct().count() == MEMBERS
    assert attempts.filter(submitted_at__isnull=False, passed=True).count() == MEMBERS
    # The chapter counters equal the recount from the facts, and the facts' own figures.
    stored = {
        (row.chapter_id, row.course_id): (row.started, row.completed)
        for row in ChapterCourseStats.objects.all()
    }
    per_chapter = MEMBERS // CHAPTERS
    assert stored == recompute.recount()
    assert sorted(stored.values()) == [(per_chapter, per_chapter)] * CHAPTERS
    assert recompute.recompute() == {}  # weekly counters and member counts agree too

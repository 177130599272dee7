"""Counters stay equal to a recount when completions, moves, deletions and lesson changes
happen at the same moment, each on its own connection (PostgreSQL row locks)."""

import pytest

from courses.models import LessonPage
from courses.services import lesson_complete
from lms.chapters import memberships
from lms.models import ChapterCourseStats, Member
from lms.stats import recompute
from tests.concurrency import run_concurrently
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_counters_agree_after_concurrent_completions_moves_and_lesson_changes(home):
    course, lessons = course_with_lessons(home, lessons=3)
    extra = LessonPage(title="Bài thêm", slug="bai-them", body=[], live=False)
    course.add_child(instance=extra)
    extra.save_revision()
    chapters = [ChapterFactory() for _ in range(3)]
    members = [MemberFactory(chapter=chapters[i % 3]) for i in range(12)]
    # Half of them have finished the course already: moves and the new lesson shift them.
    for member in members[:6]:
        for lesson in lessons:
            lesson_complete(user=member.user, lesson=lesson, course=course)

    def work(i):
        member = members[i % len(members)]
        if i == 0:
            LessonPage.objects.get(pk=extra.pk).get_latest_revision().publish()
        elif i == 1:
            LessonPage.objects.get(pk=lessons[0].pk).unpublish()
        elif i == 3:
            Member.objects.get(pk=members[11].pk).delete()
        elif i % 5 == 2:
            memberships.member_move(
                member=Member.objects.get(pk=member.pk), chapter=chapters[(i + 1) % 3]
            )
        else:
            for lesson in [*lessons, extra]:
                lesson_complete(user=member.user, lesson=lesson, course=course)

    results, errors = run_concurrently(work, 20)
    assert errors == []
    assert recompute.recompute() == {}
    assert ChapterCourseStats.objects.filter(course=course).exists()

import pytest

from courses.models import Enrollment, LessonCompletion
from courses.services import lesson_complete
from tests.concurrency import run_concurrently
from tests.courses.factories import course_with_lessons
from tests.lms.factories import MemberFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_concurrent_taps_on_every_lesson_complete_the_course_exactly_once(home):
    course, lessons = course_with_lessons(home, lessons=4)
    user = MemberFactory().user
    results, errors = run_concurrently(
        lambda i: lesson_complete(user=user, lesson=lessons[i % 4], course=course), 24
    )
    assert errors == []
    assert LessonCompletion.objects.filter(user=user).count() == 4
    assert sum(1 for r in results if r.changed) == 4
    assert sum(1 for r in results if r.course_newly_completed) == 1
    enrollment = Enrollment.objects.get(user=user, course=course)
    assert enrollment.lessons_done == 4 and enrollment.completed_at is not None

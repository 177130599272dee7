"""A lesson moved to another course (Wagtail admin "Move") takes her completions with it: she
is enrolled in the new course, both courses' rules are applied again, and the chapter
counters still equal a recount of the facts."""

import pytest
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from courses.services import lesson_complete
from lms.stats import recompute
from tests.courses.factories import course_with_lessons
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def move(client, lesson, course):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[lesson.pk, course.pk]))
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.get_parent().pk == course.pk


def enrollment(user, course):
    return Enrollment.objects.get(user=user, course=course)


def test_moving_a_lesson_takes_its_completions_to_the_new_course(client, home):
    old, old_lessons = course_with_lessons(home, lessons=3)
    new, _new_lessons = course_with_lessons(home, lessons=2)
    members = [MemberFactory().user for _ in range(3)]
    for user in members:
        lesson_complete(user=user, lesson=old_lessons[0])
    lesson_complete(user=members[0], lesson=old_lessons[1])

    move(client, old_lessons[0], new)

    assert set(
        LessonCompletion.objects.filter(lesson=old_lessons[0]).values_list("course_id", flat=True)
    ) == {new.pk}
    for user in members:
        assert enrollment(user, new).lessons_done == 1
        assert enrollment(user, new).completed_at is None
    assert enrollment(members[0], old).lessons_done == 1
    assert enrollment(members[1], old).lessons_done == 0
    assert recompute.recompute() == {}


def test_the_counters_count_the_members_enrolled_by_the_move(client, home):
    old, old_lessons = course_with_lessons(home, lessons=2)
    new, _ = course_with_lessons(home, lessons=2)
    member = MemberFactory()
    lesson_complete(user=member.user, lesson=old_lessons[0])

    move(client, old_lessons[0], new)

    assert recompute.recount()[(member.chapter_id, new.pk)] == (1, 0)
    assert recompute.recompute() == {}


def test_the_new_course_completes_for_a_member_who_had_done_everything_in_it(client, home):
    # A trainer splits a course: its last two lessons go to a new course.
    old, old_lessons = course_with_lessons(home, lessons=4)
    new, _ = course_with_lessons(home, lessons=0)
    done_both, done_one = MemberFactory().user, MemberFactory().user
    lesson_complete(user=done_both, lesson=old_lessons[2])
    lesson_complete(user=done_both, lesson=old_lessons[3])
    lesson_complete(user=done_one, lesson=old_lessons[3])

    move(client, old_lessons[3], new)
    move(client, old_lessons[2], new)

    assert enrollment(done_both, new).lessons_done == 2
    assert enrollment(done_both, new).completed_at is not None
    assert enrollment(done_one, new).lessons_done == 1
    assert enrollment(done_both, old).lessons_done == 0
    assert recompute.recompute() == {}


def test_the_course_a_lesson_leaves_completes_for_a_member_who_had_done_the_rest(client, home):
    old, old_lessons = course_with_lessons(home, lessons=3)
    new, _ = course_with_lessons(home, lessons=1)
    user = MemberFactory().user
    lesson_complete(user=user, lesson=old_lessons[0])
    lesson_complete(user=user, lesson=old_lessons[1])

    move(client, old_lessons[2], new)

    assert enrollment(user, old).completed_at is not None
    assert not Enrollment.objects.filter(user=user, course=new).exists()
    assert recompute.recompute() == {}


def test_the_old_course_counts_one_lesson_less_and_stays_completed(client, home):
    old, old_lessons = course_with_lessons(home, lessons=2)
    new, _ = course_with_lessons(home, lessons=1)
    user = MemberFactory().user
    for lesson in old_lessons:
        lesson_complete(user=user, lesson=lesson)
    completed_at = enrollment(user, old).completed_at
    assert completed_at is not None

    move(client, old_lessons[1], new)

    assert enrollment(user, old).lessons_done == 1
    assert enrollment(user, old).completed_at == completed_at
    assert enrollment(user, new).lessons_done == 1
    assert recompute.recompute() == {}


def test_reordering_lessons_within_a_course_changes_nothing(client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    user = MemberFactory().user
    lesson_complete(user=user, lesson=lessons[0])
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    lessons[1].refresh_from_db()
    lessons[1].move(lessons[0], pos="left")

    assert enrollment(user, course).lessons_done == 1
    assert recompute.recompute() == {}

import re

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from courses.services import lesson_complete
from courses.signals import course_completed
from tests.courses.factories import course_with_lessons, done_url
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return MemberFactory().user


def test_marking_a_lesson_done_records_it_once_and_goes_to_the_next(client, home, member):
    course, lessons = course_with_lessons(home, lessons=3)
    client.force_login(member)
    response = client.post(done_url(lessons[0]))
    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(user=member).count() == 1
    enrollment = Enrollment.objects.get(user=member, course=course)
    assert enrollment.lessons_done == 1 and enrollment.completed_at is None


def test_a_double_tap_is_harmless(client, home, member):
    course, lessons = course_with_lessons(home, lessons=3)
    client.force_login(member)
    url = done_url(lessons[0])
    client.post(url)
    client.post(url)
    assert LessonCompletion.objects.filter(user=member).count() == 1
    assert Enrollment.objects.get(user=member).lessons_done == 1


def test_the_database_refuses_a_second_completion_of_the_same_lesson(home, member):
    course, lessons = course_with_lessons(home, lessons=1)
    LessonCompletion.objects.create(user=member, lesson=lessons[0], course=course)
    with pytest.raises(IntegrityError), transaction.atomic():
        LessonCompletion.objects.create(user=member, lesson=lessons[0], course=course)


def test_finishing_every_live_lesson_completes_the_course_once(home, member):
    course, lessons = course_with_lessons(home, lessons=3)
    received = []
    course_completed.connect(
        lambda **kw: received.append(kw["enrollment"]), weak=False, dispatch_uid="test"
    )
    try:
        results = [lesson_complete(user=member, lesson=lesson) for lesson in lessons]
        lesson_complete(user=member, lesson=lessons[-1])
    finally:
        course_completed.disconnect(dispatch_uid="test")
    assert [r.course_newly_completed for r in results] == [False, False, True]
    enrollment = Enrollment.objects.get(user=member, course=course)
    assert enrollment.completed_at is not None and enrollment.lessons_done == 3
    assert len(received) == 1


def test_unpublished_lessons_are_not_required(home, member):
    course, lessons = course_with_lessons(home, lessons=3)
    lessons[2].unpublish()
    lesson_complete(user=member, lesson=lessons[0])
    result = lesson_complete(user=member, lesson=lessons[1])
    assert result.course_newly_completed


def test_last_lesson_done_leads_to_the_finish_line_with_congratulations(client, home, member):
    course, lessons = course_with_lessons(home, lessons=2)
    client.force_login(member)
    client.post(done_url(lessons[0]))
    response = client.post(done_url(lessons[1]), follow=True)
    assert response.redirect_chain[-1][0] == f"{course.url}completed/"
    assert "Chúc mừng" in response.content.decode()


def test_done_posts_need_sign_in_and_are_not_recorded_for_visitors(client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    response = client.post(done_url(lessons[0]))
    assert response.status_code == 302
    assert reverse("lms:signin") in response["Location"]
    assert not LessonCompletion.objects.exists()


def test_done_is_post_only(client, home, member):
    course, lessons = course_with_lessons(home, lessons=1)
    client.force_login(member)
    assert client.get(done_url(lessons[0])).status_code == 405


def test_unknown_or_draft_lesson_gives_404(client, home, member):
    course, lessons = course_with_lessons(home, lessons=1)
    lessons[0].unpublish()
    client.force_login(member)
    assert client.post(done_url(lessons[0])).status_code == 404
    assert client.post(reverse("courses:lesson_done", args=[999999])).status_code == 404


def test_done_without_csrf_token_is_refused(home, member):
    from django.test import Client

    course, lessons = course_with_lessons(home, lessons=1)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(done_url(lessons[0]))
    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()


def _outline_states(html):
    """The state line of each lesson in the course outline, tags dropped, spaces squeezed."""
    outline = html.split('<ol class="outline"')[1].split("</ol>")[0]
    states = re.findall(r'<span class="outline-state">(.*?)</span>', outline, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", state).split()) for state in states]


def test_the_outline_separates_each_lessons_state_from_its_reading_time(client, home, member):
    course, lessons = course_with_lessons(home, lessons=2)
    lesson_complete(user=member, lesson=lessons[0])
    client.force_login(member)

    html = client.get(course.url).content.decode()

    assert _outline_states(html) == ["Đã học · 5 phút", "Chưa học · 5 phút"]

"""An admin takes back a member's lesson completion (Union > member > Learning record >
Remove), through HTTP posts to the admin: her course is recounted, the chapter counters and
her certificate follow, an audit entry is left at her chapter.

The tree fixture (tests/lms/conftest.py) is counted by hand: in chapter A, course X (two
lessons) was started by 3 members and completed by 2 (``members["a"][0]`` and ``[1]``);
``members["a"][2]`` did its first lesson only.
"""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from courses.models import Enrollment, LessonCompletion, LessonPage
from lms.chapters import memberships
from lms.models import Certificate, ChapterCourseStats, ChapterWeekStats, Role
from lms.models.stats import week_of
from lms.progress.services import COMPLETION_REMOVED
from lms.stats import recompute
from tests.courses.factories import done_url
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db

AUDIT = "/admin/union/audit/"


def english(client, user):
    client.cookies["django_language"] = "en"
    client.force_login(user)
    return client


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def record_url(user):
    return reverse("lms_member_progress", args=[user.member.pk])


def remove_url(user, lesson):
    return reverse("lms_completion_remove", args=[user.member.pk, lesson.pk])


def counters(chapter, course):
    row = ChapterCourseStats.objects.filter(chapter=chapter, course=course).first()
    return (row.started, row.completed) if row else (0, 0)


def week_count(chapter, course, moment):
    row = ChapterWeekStats.objects.filter(chapter=chapter, course=course, week=week_of(moment))
    return row.first().completed if row.exists() else 0


@pytest.fixture
def trainer(tree):
    """A trainer of the province, appointed as the admin does (Trainers group included)."""
    user = UserFactory(is_staff=True)
    memberships.role_grant(user=user, node=tree["province"], kind=Role.Kind.TRAINER)
    return user


def test_an_official_removes_a_completion_and_the_course_counters_and_certificate_follow(
    client, tree, people
):
    her, course, chapter = tree["members"]["a"][0], tree["x"], tree["a"]
    last = lessons_of(course)[-1]
    enrollment = Enrollment.objects.get(user=her, course=course)
    completed_at = enrollment.completed_at
    certificate = Certificate.objects.get(user=her, course=course)
    assert counters(chapter, course) == (3, 2)
    assert week_count(chapter, course, completed_at) == 2
    english(client, people["official_d1"])

    record = client.get(record_url(her))
    assert record.status_code == 200
    text = record.content.decode()
    assert her.member.full_name in text
    assert all(lesson.title in text for lesson in lessons_of(course))
    assert remove_url(her, last) in text

    confirm = client.get(remove_url(her, last))
    assert confirm.status_code == 200
    text = confirm.content.decode()
    assert last.title in text and course.title in text and "her certificate is revoked" in text
    assert LessonCompletion.objects.filter(user=her, lesson=last).exists()  # a GET changes nothing

    response = client.post(remove_url(her, last))
    assert response.status_code == 302
    assert response["Location"] == record_url(her)
    message = client.get(record_url(her)).content.decode()
    assert f"“{course.title}” is no longer complete and her certificate is revoked" in message
    assert not LessonCompletion.objects.filter(user=her, lesson=last).exists()
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None
    assert enrollment.lessons_done == 1
    # Chapter A, course X: 3 started, now 1 completed; the week she had completed in, 1.
    assert counters(chapter, course) == (3, 1)
    assert week_count(chapter, course, completed_at) == 1
    assert recompute.recompute() == {}
    certificate.refresh_from_db()
    assert not certificate.is_valid
    verify = client.get(certificate.get_verify_url())
    assert "Certificate revoked" in verify.content.decode()

    entry = ModelLogEntry.objects.get(action=COMPLETION_REMOVED)
    assert entry.user_id == people["official_d1"].pk
    assert entry.object_id == str(her.member.pk)
    assert entry.data["chapter_id"] == chapter.pk
    assert entry.data["lesson"] == last.pk
    assert entry.data["course_uncompleted"] is True
    assert "Lesson completion removed by an administrator" in client.get(AUDIT).content.decode()
    english(client, people["official_d2"])
    assert "Lesson completion removed" not in client.get(AUDIT).content.decode()


def test_completing_the_lesson_again_restores_the_same_certificate(client, tree, people):
    her, course, chapter = tree["members"]["a"][0], tree["x"], tree["a"]
    last = lessons_of(course)[-1]
    code = Certificate.objects.get(user=her, course=course).code
    english(client, people["superuser"]).post(remove_url(her, last))
    assert counters(chapter, course) == (3, 1)

    english(client, her).post(done_url(last))

    certificate = Certificate.objects.get(user=her, course=course)
    assert certificate.is_valid
    assert certificate.code == code
    assert counters(chapter, course) == (3, 2)
    assert recompute.recompute() == {}


def test_removing_a_lesson_of_an_unfinished_course_leaves_counters_and_certificates(
    client, tree, people, trainer
):
    her, course, chapter = tree["members"]["a"][2], tree["x"], tree["a"]
    first = lessons_of(course)[0]
    response = english(client, trainer).post(remove_url(her, first))
    assert response.status_code == 302
    assert not LessonCompletion.objects.filter(user=her, course=course).exists()
    assert Enrollment.objects.get(user=her, course=course).lessons_done == 0
    assert counters(chapter, course) == (3, 2)  # she started it; nothing was completed
    assert not Certificate.objects.filter(user=her).exists()
    assert Certificate.objects.filter(course=course, revoked_at__isnull=True).count() == 3
    assert recompute.recompute() == {}
    assert ModelLogEntry.objects.get(action=COMPLETION_REMOVED).data["course_uncompleted"] is False


# Who may: superusers, and trainers and officials above her chapter. Leaders may not.
MAY_REMOVE = {"official_d1", "trainer", "superuser"}


@pytest.mark.parametrize(
    "who",
    ["anonymous", "member", "leader_a", "leader_b", "official_d1", "official_d2", "trainer"]
    + ["superuser"],
)
def test_only_trainers_officials_above_her_and_superusers_may_remove(
    client, tree, people, trainer, who
):
    viewer = trainer if who == "trainer" else people[who]
    her, last = tree["members"]["a"][0], lessons_of(tree["x"])[-1]
    if viewer is not None:
        english(client, viewer)
    record = client.get(record_url(her))
    confirm = client.get(remove_url(her, last))
    response = client.post(remove_url(her, last))
    removed = not LessonCompletion.objects.filter(user=her, lesson=last).exists()
    if who in MAY_REMOVE:
        assert (record.status_code, confirm.status_code, response.status_code) == (200, 200, 302)
        assert removed
    else:
        assert not removed
        for refused in (record, confirm, response):
            assert refused.status_code in (302, 403, 404)  # sign in, no admin, not hers
            assert her.member.full_name not in refused.content.decode()
            if refused.status_code == 302:
                assert "/login/" in refused["Location"]


def test_a_second_post_or_another_tab_changes_nothing_more(client, tree, people):
    her, course, chapter = tree["members"]["a"][0], tree["x"], tree["a"]
    last = lessons_of(course)[-1]
    english(client, people["official_d1"])
    client.post(remove_url(her, last))
    again = client.post(remove_url(her, last), follow=True)
    assert again.status_code == 200
    assert "already removed" in again.content.decode()
    assert counters(chapter, course) == (3, 1)
    assert ModelLogEntry.objects.filter(action=COMPLETION_REMOVED).count() == 1
    assert client.get(remove_url(her, last)).status_code == 404  # nothing left to confirm


def test_tampered_ids_answer_404_and_change_nothing(client, tree, people):
    her, other = tree["members"]["a"][0], tree["members"]["e"][0]
    x_last, y_lesson = lessons_of(tree["x"])[-1], lessons_of(tree["y"])[0]
    english(client, people["official_d1"])
    for url in (
        remove_url(her, tree["x"]),  # a course, not a lesson
        reverse("lms_completion_remove", args=[her.member.pk, 999999]),
        reverse("lms_completion_remove", args=[999999, x_last.pk]),
        remove_url(other, y_lesson),  # chapter E: another district's member
        record_url(other),
    ):
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code == 404, url
    assert LessonCompletion.objects.filter(user=other, lesson=y_lesson).exists()
    assert not ModelLogEntry.objects.filter(action=COMPLETION_REMOVED).exists()


def test_the_pages_speak_vietnamese(client, tree, people):
    her, last = tree["members"]["a"][0], lessons_of(tree["x"])[-1]
    client.force_login(people["superuser"])
    client.cookies["django_language"] = "vi"
    record = client.get(record_url(her)).content.decode()
    assert "Quá trình học" in record
    confirm = client.get(remove_url(her, last)).content.decode()
    assert "Có, gỡ bỏ" in confirm
    followed = client.post(remove_url(her, last), follow=True).content.decode()
    assert "không còn hoàn thành" in followed

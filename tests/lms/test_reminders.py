"""Reminders for Zalo: the messages (pure), the page at a chapter, the record of who was
reminded when, and who may use it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from courses.services import lesson_complete
from lms.dashboards import reminders
from lms.models import ReminderLog
from tests.courses.factories import course_with_lessons
from tests.lms.conftest import EVERYONE
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

NAMES = ["Lê Thị Ánh", "Trần Thị Bình", "Nguyễn Thị Cúc", "Phạm Thị Dung"]  # chapter A, in order


@pytest.mark.parametrize(
    ("full", "given"),
    [("Nguyễn Thị Lan", "Lan"), ("  Lê   Ánh ", "Ánh"), ("Mai", "Mai"), ("", ""), (None, "")],
)
def test_given_name_is_the_last_word(full, given):
    assert reminders.given_name(full) == given


@pytest.mark.parametrize(
    ("full_names", "called"),
    [
        (["Nguyễn Thị Lan", "Trần Thị Hoa"], ["Lan", "Hoa"]),
        # Two Nhung in the group: each called so that the group knows which one.
        (["Bùi Thu Nhung", "Hoàng Thị Nhung", "Lê Thị Mai"], ["Thu Nhung", "Thị Nhung", "Mai"]),
        (["Phạm Thị Nhung", "Hoàng Thị Nhung"], ["Phạm Thị Nhung", "Hoàng Thị Nhung"]),
        # The same full name twice cannot be told apart: she is named once.
        (["Võ Thị Vân", "Võ Thị Vân", "Lê Vân"], ["Thị Vân", "Lê Vân"]),
        ([], []),
    ],
)
def test_names_to_call_tell_namesakes_apart(full_names, called):
    assert reminders.names_to_call(full_names) == called


def test_group_message_names_given_names_and_the_link():
    with translation.override("vi"):
        text = reminders.group_message(
            course_title="An toàn tài khoản",
            course_url="https://sen.example/an-toan/",
            given_names=["Lan", "Hoa", "Mai"],
        )
        more = reminders.group_message(
            course_title="X", course_url="u", given_names=["Lan"], more=12
        )
        one = reminders.group_message(course_title="X", course_url="u", given_names=["Lan"])
    assert "chị Lan, chị Hoa và chị Mai" in text
    assert "“An toàn tài khoản”" in text and text.endswith("https://sen.example/an-toan/")
    assert "chị Lan và 12 chị khác" in more
    assert "chị Lan." in one
    assert reminders.group_message(course_title="X", course_url="u", given_names=[]) == ""


def test_private_message_speaks_to_her():
    with translation.override("vi"):
        text = reminders.private_message(given="Lan", course_title="X", course_url="https://u/")
    assert text.startswith("Chào chị Lan!") and "https://u/" in text


@pytest.fixture
def chapter_a(tree):
    for user, name in zip(tree["members"]["a"], NAMES, strict=True):
        user.member.full_name = name
        user.member.save()
    return tree


def _remind_url(code="a"):
    return reverse("lms:dashboard_remind", args=[code])


@pytest.mark.django_db
def test_the_group_message_names_who_has_not_finished_the_course(client, chapter_a, people):
    client.force_login(people["leader_a"])
    response = client.get(_remind_url(), {"course": chapter_a["x"].pk})
    assert response.status_code == 200
    message = response.context["group_message"]
    assert "chị Cúc và chị Dung" in message
    assert "Ánh" not in message and "Bình" not in message  # they finished X
    assert chapter_a["x"].url in message
    body = response.content.decode()
    assert 'readonly rows="7">' in body and "data-copy" in body
    # course Y: three have not finished it
    message = client.get(_remind_url(), {"course": chapter_a["y"].pk}).context["group_message"]
    assert "chị Cúc, chị Dung và chị Bình" in message  # by full name


@pytest.mark.django_db
def test_the_group_message_tells_two_members_of_the_same_name_apart(client, chapter_a, people):
    members = chapter_a["members"]["a"]
    for user, name in zip(members[2:], ["Bùi Thu Dung", "Phạm Thị Dung"], strict=True):
        user.member.full_name = name
        user.member.save()
    client.force_login(people["leader_a"])
    message = client.get(_remind_url(), {"course": chapter_a["x"].pk}).context["group_message"]
    assert "chị Thu Dung và chị Thị Dung" in message
    assert "chị Dung" not in message


@pytest.mark.django_db
def test_sending_to_the_group_records_each_member_and_shows_when(client, chapter_a, people):
    leader = people["leader_a"]
    client.force_login(leader)
    x = chapter_a["x"]
    response = client.post(_remind_url(), {"course": x.pk})
    assert response.status_code == 302
    got = sorted(
        ReminderLog.objects.filter(leader=leader, course=x).values_list(
            "member__full_name", flat=True
        )
    )
    assert got == ["Nguyễn Thị Cúc", "Phạm Thị Dung"]
    page = client.get(response["Location"])
    assert page.content.decode().count("Nhắc lần cuối") == 2


@pytest.mark.django_db
def test_a_private_reminder_records_only_her(client, chapter_a, people):
    client.force_login(people["leader_a"])
    dung = chapter_a["members"]["a"][3]
    response = client.post(_remind_url(), {"course": chapter_a["x"].pk, "member": dung.pk})
    assert response.status_code == 302
    assert list(ReminderLog.objects.values_list("member_id", flat=True)) == [dung.pk]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["finished", "other_chapter", "nobody"])
def test_reminding_someone_not_on_the_list_is_refused(client, chapter_a, people, who):
    client.force_login(people["leader_a"])
    member = {
        "finished": chapter_a["members"]["a"][0].pk,
        "other_chapter": chapter_a["members"]["b"][1].pk,
        "nobody": 999999,
    }[who]
    response = client.post(_remind_url(), {"course": chapter_a["x"].pk, "member": member})
    assert response.status_code == 404
    assert not ReminderLog.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("course", ["999999", "abc", "=1+1", ""])
def test_a_tampered_course_is_refused_kindly(client, chapter_a, people, course):
    client.force_login(people["leader_a"])
    response = client.post(_remind_url(), {"course": course})
    assert response.status_code == 302 and not ReminderLog.objects.exists()
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert client.get(_remind_url(), {"course": course}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("who", EVERYONE)
def test_only_the_leader_and_those_above_open_the_reminders(client, chapter_a, people, who):
    person = people[who]
    if person is not None:
        client.force_login(person)
    get = client.get(_remind_url())
    post = client.post(_remind_url(), {"course": chapter_a["x"].pk})
    if who == "anonymous":
        assert get.status_code == 302 and post.status_code == 302
        assert reverse("lms:signin") in get["Location"]
    elif who in {"leader_a", "official_d1", "superuser"}:
        assert get.status_code == 200 and post.status_code == 302
    else:
        assert get.status_code == 403 and post.status_code == 403
    if who not in {"leader_a", "official_d1", "superuser"}:
        assert not ReminderLog.objects.exists()


@pytest.mark.django_db
def test_reminders_exist_only_at_a_chapter(client, chapter_a, people):
    client.force_login(people["official_d1"])
    assert client.get(_remind_url("c1")).status_code == 404


@pytest.mark.django_db
def test_reminder_page_queries_stay_constant_in_members(client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    client.force_login(UserFactory(is_superuser=True))
    counts = []
    for size in (5, 60):
        chapter = ChapterFactory()
        for i in range(size):
            user = MemberFactory(chapter=chapter, full_name=f"Nguyễn Thị Hoa{i:02d}").user
            if i == 0:
                lesson_complete(user=user, lesson=lessons[0])
        url = _remind_url(chapter.code)
        client.post(url, {"course": course.pk})
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url, {"course": course.pk})
        assert response.status_code == 200
        assert "chị Hoa01" in response.context["group_message"]
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts

"""Scheduling a class on the organiser's phone: only within her units, lessons of the chosen
course, a sensible time; her list of classes with counts in constant queries."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from classes.models import TrainingSession
from courses.models import LessonPage
from tests.classes.factories import schedule

pytestmark = pytest.mark.django_db


def _form(tree, x_lessons, **changes):
    data = {
        "course": tree["x"].pk,
        "lessons": [lesson.pk for lesson in x_lessons],
        "date": "2031-03-08",
        "start": "08:00",
        "end": "10:30",
        "place": "Nhà văn hóa thôn Bình Yên",
        "trainer_name": "Chị Lê Thị Hoa",
        "host": tree["a"].pk,
        "invited": [tree["a"].pk],
        "capacity": "30",
        "note": "Mang điện thoại đã sạc pin.",
    }
    data.update(changes)
    return data


def test_a_leader_schedules_a_class_for_her_chapter(client, tree, people, x_lessons):
    client.force_login(people["leader_a"])
    assert client.get(reverse("classes:new")).status_code == 200

    response = client.post(reverse("classes:new"), _form(tree, x_lessons))

    session = TrainingSession.objects.get()
    assert response.status_code == 302 and response.url == f"/classes/{session.pk}/"
    assert (session.organiser, session.host, session.course_id) == (
        people["leader_a"],
        tree["a"],
        tree["x"].pk,
    )
    assert set(session.lessons.values_list("pk", flat=True)) == {x.pk for x in x_lessons}
    assert list(session.invited.all()) == [tree["a"]]
    assert session.starts_at.isoformat() == "2031-03-08T01:00:00+00:00"  # 08:00 in Hà Nội
    assert session.ends_at - session.starts_at == timedelta(minutes=150)
    assert session.capacity == 30 and len(session.code) >= 20


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"invited": ["B"]}, "invited"),
        ({"host": "B"}, "host"),
        ({"lessons": ["Y"]}, "lessons"),
        ({"end": "07:00"}, "end"),
        ({"place": ""}, "place"),
    ],
    ids=[
        "a chapter not hers",
        "held by a chapter not hers",
        "a lesson of another course",
        "ends before it starts",
        "no place",
    ],
)
def test_bad_choices_are_shown_next_to_the_field_and_nothing_is_saved(
    client, tree, people, x_lessons, changes, field
):
    resolved = {
        key: [tree["b"].pk]
        if value == ["B"]
        else tree["b"].pk
        if value == "B"
        else [tree["y"].get_children().first().pk]
        if value == ["Y"]
        else value
        for key, value in changes.items()
    }
    client.force_login(people["leader_a"])

    response = client.post(reverse("classes:new"), _form(tree, x_lessons, **resolved))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert 'class="invalid-feedback' in response.content.decode()
    assert not TrainingSession.objects.exists()


@pytest.mark.parametrize("who", ["member", "anonymous"])
def test_members_cannot_schedule(client, people, who, tree, x_lessons):
    if people[who]:
        client.force_login(people[who])

    response = client.post(reverse("classes:new"), _form(tree, x_lessons))

    assert response.status_code == (403 if people[who] else 302)
    assert not TrainingSession.objects.exists()


def test_an_official_may_invite_a_commune_and_a_trainer_any_unit_beneath_her(
    client, tree, people, x_lessons
):
    client.force_login(people["official_d1"])
    client.post(
        reverse("classes:new"),
        _form(tree, x_lessons, host=tree["c1"].pk, invited=[tree["c1"].pk]),
    )
    client.force_login(people["trainer"])
    client.post(
        reverse("classes:new"),
        _form(tree, x_lessons, host=tree["e"].pk, invited=[tree["e"].pk, tree["b"].pk]),
    )

    assert sorted(TrainingSession.objects.values_list("host__code", flat=True)) == ["c1", "e"]


def test_the_organiser_changes_a_class_not_yet_closed(client, tree, people, session, x_lessons):
    client.force_login(people["leader_a"])
    form = client.get(reverse("classes:edit", args=[session.pk])).context["form"]
    assert form.initial["place"] == session.place

    client.post(
        reverse("classes:edit", args=[session.pk]),
        _form(tree, x_lessons, place="Nhà chị Mai", lessons=[x_lessons[0].pk]),
    )

    session.refresh_from_db()
    assert session.place == "Nhà chị Mai"
    assert list(session.lessons.values_list("pk", flat=True)) == [x_lessons[0].pk]


def test_her_classes_list_costs_the_same_with_one_class_or_three(
    client, tree, people, session, x_lessons, django_assert_max_num_queries
):
    client.force_login(people["leader_a"])
    url = reverse("classes:mine")
    client.get(url)
    with django_assert_max_num_queries(20) as one:
        client.get(url)
    one = len(one.captured_queries)  # now: the connection's log is a bounded deque
    for _ in range(2):
        schedule(
            organiser=people["leader_a"],
            course=tree["x"],
            lessons=x_lessons,
            host=tree["a"],
            invited=[tree["a"]],
        )
    client.force_login(tree["members"]["a"][0])
    client.post(reverse("classes:reply", args=[session.pk]))
    client.post(reverse("classes:check_in", args=[session.code]))
    client.force_login(people["leader_a"])

    with django_assert_max_num_queries(one):
        html = client.get(url).content.decode()

    assert html.count('class="card-body"') == 3
    assert "1 người sẽ đến · 1 người đã đến" in html


def test_the_form_lists_each_courses_lessons_under_its_title(client, tree, people, x_lessons):
    y_lesson = LessonPage.objects.child_of(tree["y"]).get()
    client.force_login(people["leader_a"])

    html = client.get(reverse("classes:new")).content.decode()

    field = html.split('id="div_id_lessons"')[1].split("</fieldset>")[0]
    groups = {}
    for part in field.split("<strong>")[1:]:
        title, rest = part.split("</strong>", 1)
        labels = re.findall(r"<label[^>]*>(.*?)</label>", rest, re.S)
        groups[title.strip()] = [" ".join(label.split()) for label in labels]
    assert groups == {
        "Khóa X": [lesson.title for lesson in x_lessons],
        "Khóa Y": [y_lesson.title],
    }

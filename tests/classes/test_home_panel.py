"""On her home page: the classes she is invited to, "I will come" and "Add to calendar"."""

import datetime
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes.models import SessionReply, TrainingSession
from tests.classes.factories import schedule

pytestmark = pytest.mark.django_db


def _class(tree, people, x_lessons, *, invited, starts_in=timedelta(days=2), **fields):
    return schedule(
        organiser=people["official_d1"],
        course=tree["x"],
        lessons=x_lessons,
        host=tree["c1"],
        invited=invited,
        starts_in=starts_in,
        **fields,
    )


def test_she_sees_the_classes_her_chapter_is_invited_to_with_date_and_place(
    client, home, tree, people, x_lessons
):
    starts = timezone.make_aware(datetime.datetime(2031, 3, 8, 8, 0))  # Saturday, Hanoi time
    invited = _class(tree, people, x_lessons, invited=[tree["c1"]], place="Hội trường xã")
    TrainingSession.objects.filter(pk=invited.pk).update(
        starts_at=starts, ends_at=starts + timedelta(hours=2)
    )
    _class(tree, people, x_lessons, invited=[tree["b"]], place="Nhà chị Lan")  # not hers
    cancelled = _class(tree, people, x_lessons, invited=[tree["a"]], place="Nhà chị Hồng")
    TrainingSession.objects.filter(pk=cancelled.pk).update(cancelled_at=timezone.now())
    over = _class(
        tree, people, x_lessons, invited=[tree["a"]], place="Chợ cũ", starts_in=timedelta(days=-1)
    )
    client.force_login(tree["members"]["a"][3])

    html = client.get(home.url).content.decode()

    panel = html.split('class="class-panel"')[1].split("</section>")[0]
    assert "Hội trường xã" in panel and "08/03/2031 · 08:00–10:00" in panel
    assert "Nhà chị Lan" not in panel and "Nhà chị Hồng" not in panel
    assert over.place not in panel
    assert reverse("classes:calendar", args=[invited.pk]) in panel


def test_members_not_invited_and_visitors_see_no_panel(client, home, tree, people, x_lessons):
    _class(tree, people, x_lessons, invited=[tree["a"]])
    client.force_login(tree["members"]["e"][0])
    assert "class-panel" not in client.get(home.url).content.decode()
    client.logout()
    assert "class-panel" not in client.get(home.url).content.decode()


def test_i_will_come_is_recorded_once_and_the_organiser_sees_the_count(
    client, home, tree, people, x_lessons
):
    session = _class(tree, people, x_lessons, invited=[tree["a"]])
    member = tree["members"]["a"][3]
    client.force_login(member)
    url = reverse("classes:reply", args=[session.pk])

    first = client.post(url, {"next": home.url})
    client.post(url, {"next": home.url})

    assert first.status_code == 302 and first.url == home.url
    assert list(SessionReply.objects.values_list("user_id", flat=True)) == [member.pk]
    assert "Chị đã báo sẽ đến" in client.get(home.url).content.decode()
    assert client.get(url).status_code == 405  # a GET changes nothing
    client.force_login(people["official_d1"])
    mine = client.get(reverse("classes:mine")).content.decode()
    assert "1 người sẽ đến" in mine


def test_a_member_not_invited_cannot_say_she_will_come(client, tree, people, x_lessons):
    session = _class(tree, people, x_lessons, invited=[tree["a"]])
    client.force_login(tree["members"]["b"][0])

    assert client.post(reverse("classes:reply", args=[session.pk])).status_code == 404
    assert not SessionReply.objects.exists()


def _home_queries(client, home, django_assert_max_num_queries, limit=100):
    with django_assert_max_num_queries(limit) as counted:
        client.get(home.url)
    return len(counted.captured_queries)


def test_the_home_page_costs_the_same_with_one_class_or_three(
    client, home, tree, people, x_lessons, django_assert_max_num_queries
):
    client.force_login(tree["members"]["a"][3])
    _class(tree, people, x_lessons, invited=[tree["a"]])
    client.get(home.url)
    one = _home_queries(client, home, django_assert_max_num_queries)
    _class(tree, people, x_lessons, invited=[tree["c1"]])
    _class(tree, people, x_lessons, invited=[tree["d1"], tree["a"]])
    html = client.get(home.url).content.decode()
    panel = html.split('class="class-panel"')[1].split("</section>")[0]

    assert _home_queries(client, home, django_assert_max_num_queries, limit=one) == one
    assert panel.count('class="card-body"') == 3


def test_a_leader_finds_scheduling_on_her_chapters_dashboard(client, tree, people):
    client.force_login(people["leader_a"])

    html = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()

    assert f'href="/classes/new/?host={tree["a"].pk}"' in html
    assert 'href="/classes/"' in html
    form = client.get(reverse("classes:new"), {"host": tree["a"].pk}).context["form"]
    assert form.initial == {"host": str(tree["a"].pk), "invited": [str(tree["a"].pk)]}


def test_a_trainer_finds_her_classes_on_the_home_page(client, home, people):
    client.force_login(people["trainer"])

    html = client.get(home.url).content.decode()

    assert 'href="/classes/new/"' in html


def test_a_full_class_refuses_one_more_but_keeps_the_places_taken(
    client, home, tree, people, x_lessons
):
    session = _class(tree, people, x_lessons, invited=[tree["a"]], capacity=2)
    first, second, third = tree["members"]["a"][:3]
    url = reverse("classes:reply", args=[session.pk])
    for member in (first, second):
        client.force_login(member)
        assert client.post(url, {"next": home.url}).status_code == 302

    client.force_login(third)
    refused = client.post(url, {"next": home.url})
    client.force_login(second)
    again = client.post(url, {"next": home.url})  # she has a place: saying it again is fine

    assert refused.status_code == 409
    assert "Lớp đã đủ chỗ" in refused.content.decode()
    assert again.status_code == 302
    assert set(SessionReply.objects.values_list("user_id", flat=True)) == {first.pk, second.pk}

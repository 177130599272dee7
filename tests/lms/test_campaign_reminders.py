"""Text-message reminders before a campaign's due date, through ``manage.py run_schedule``
(the cron command) and the member's own switch on her account page. Expected recipients are
written out by hand for a small tree."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses.services import lesson_complete
from lms.messaging import sms
from lms.models import Campaign, CampaignReminder, Chapter, Role
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = date(2026, 12, 10)


def at(day, hour):
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=HANOI)


@pytest.fixture
def clock(monkeypatch):
    """Sets the time the schedule runs at."""

    def set_time(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return set_time


@pytest.fixture
def scene(home):
    district = ChapterFactory(kind=Chapter.Kind.DISTRICT, name="Huyện Quế Sơn", code="qs")
    a = ChapterFactory(parent=district, name="Chi hội Khu phố 30/4", code="a")
    b = ChapterFactory(parent=district, name="Chi hội Bình Yên", code="b")
    elsewhere = ChapterFactory(name="Chi hội xa", code="far")
    course, lessons = course_with_lessons(home, lessons=1, title="Giữ an toàn tài khoản")
    campaign = Campaign.objects.create(
        name="Tháng an toàn số",
        node=district,
        starts_on=DAY - timedelta(days=20),
        due_on=DAY + timedelta(days=7),
    )
    campaign.courses.set([course])
    campaign.save()  # a ParentalManyToManyField is written on save
    people = {
        "lan": MemberFactory(chapter=a, full_name="Nguyễn Thị Lan"),
        "hoa": MemberFactory(chapter=a, full_name="Trần Thị Hoa"),
        "mai": MemberFactory(chapter=b, full_name="Lê Thị Mai"),
        "thu": MemberFactory(chapter=b, full_name="Phạm Thị Thu"),
        "cuc": MemberFactory(chapter=elsewhere, full_name="Võ Thị Cúc"),
    }
    lesson_complete(user=people["lan"].user, lesson=lessons[0], course=course)
    # Thu was reminded three days ago (of this campaign).
    CampaignReminder.objects.create(
        member=people["thu"],
        campaign=campaign,
        planned_on=DAY - timedelta(days=3),
        sent_at=at(DAY - timedelta(days=3), 9),
    )
    return {"campaign": campaign, "a": a, "b": b, "district": district, **people}


def recipients():
    return sorted(message.to for message in sms.outbox)


@pytest.fixture(autouse=True)
def empty_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def opt_out(client, member):
    client.force_login(member.user)
    response = client.post(reverse("lms:account_reminders"), {})
    assert response.status_code == 302
    client.logout()


def test_only_unfinished_members_beneath_who_want_them_get_one_reminder(scene, clock, client):
    opt_out(client, scene["mai"])
    clock(at(DAY, 10))

    call_command("run_schedule", verbosity=0)

    assert recipients() == [scene["hoa"].user.phone]
    text = sms.outbox[0].text
    assert "Hoa" in text and "Thang an toan so" in text  # Vietnamese, accents dropped for SMS
    assert "17/12" in text and "/me/" in text


def test_running_the_schedule_again_the_same_day_sends_nothing_more(scene, clock):
    clock(at(DAY, 10))
    call_command("run_schedule", verbosity=0)
    clock(at(DAY, 15))
    call_command("run_schedule", verbosity=0)

    assert recipients() == sorted([scene["hoa"].user.phone, scene["mai"].user.phone])
    assert CampaignReminder.objects.filter(planned_on=DAY).count() == 2


def test_nothing_is_sent_in_quiet_hours(scene, clock):
    for hour in (20, 23, 6, 7):
        clock(at(DAY, hour))
        call_command("run_schedule", verbosity=0)
    assert sms.outbox == []
    assert not CampaignReminder.objects.filter(planned_on__gte=DAY - timedelta(days=1)).exists()


def test_a_week_later_she_is_reminded_again(scene, clock):
    clock(at(DAY, 10))
    call_command("run_schedule", verbosity=0)
    sms.outbox.clear()

    for later in range(1, 7):  # nobody twice within the week (Thu's week ends on day 4)
        clock(at(DAY + timedelta(days=later), 10))
        call_command("run_schedule", verbosity=0)
    assert recipients() == [scene["thu"].user.phone]
    sms.outbox.clear()

    clock(at(DAY + timedelta(days=7), 10))  # the due day
    call_command("run_schedule", verbosity=0)
    assert recipients() == sorted([scene["hoa"].user.phone, scene["mai"].user.phone])


def test_no_reminder_after_the_due_date_or_once_finished(scene, clock):
    clock(at(DAY + timedelta(days=8), 10))
    call_command("run_schedule", verbosity=0)
    assert sms.outbox == []


def test_she_turns_reminders_off_and_on_on_her_account_page(scene, client):
    mai = scene["mai"]
    client.force_login(mai.user)
    page = client.get(reverse("lms:account"))
    assert page.status_code == 200
    assert 'name="sms_reminders" checked' in page.content.decode()

    client.post(reverse("lms:account_reminders"), {})
    mai.refresh_from_db()
    assert mai.sms_reminders is False
    assert 'name="sms_reminders" checked' not in client.get(reverse("lms:account")).content.decode()

    client.post(reverse("lms:account_reminders"), {"sms_reminders": "on"})
    mai.refresh_from_db()
    assert mai.sms_reminders is True


def test_the_switch_needs_sign_in_and_a_post(client, scene):
    assert client.post(reverse("lms:account_reminders"), {}).status_code == 302
    client.force_login(scene["mai"].user)
    assert client.get(reverse("lms:account_reminders")).status_code == 405


def test_leaders_see_who_was_reminded_in_their_scope_only(
    scene, clock, client, django_assert_max_num_queries
):
    clock(at(DAY, 10))
    call_command("run_schedule", verbosity=0)
    leader_a = UserFactory()
    Role.objects.create(user=leader_a, node=scene["a"], kind=Role.Kind.LEADER)
    official = UserFactory()
    Role.objects.create(user=official, node=scene["district"], kind=Role.Kind.OFFICIAL)

    client.force_login(leader_a)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("lms:campaign_reminders", args=["a"]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Trần Thị Hoa" in text and "Tháng an toàn số" in text
    assert "Lê Thị Mai" not in text
    assert client.get(reverse("lms:campaign_reminders", args=["b"])).status_code == 403
    assert client.get(reverse("lms:campaign_reminders", args=["qs"])).status_code == 403

    client.force_login(official)
    dashboard = client.get(reverse("lms:dashboard_node", args=["qs"])).content.decode()
    assert reverse("lms:campaign_reminders", args=["qs"]) in dashboard
    text = client.get(reverse("lms:campaign_reminders", args=["qs"])).content.decode()
    assert "Trần Thị Hoa" in text and "Lê Thị Mai" in text and "Phạm Thị Thu" in text


def test_her_data_export_lists_the_reminders_she_was_sent(scene, client):
    client.force_login(scene["thu"].user)
    data = client.get(reverse("lms:account_data")).json()
    assert data["member"]["sms_reminders"] is True
    assert data["member"]["reminders_sent"] == [
        {"campaign": "Tháng an toàn số", "sent_at": "2026-12-07T02:00:00+00:00"}  # 09:00 in Hà Nội
    ]

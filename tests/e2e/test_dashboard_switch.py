"""The leader's course switch on a 360 px phone with JavaScript off: campaign courses, all
courses, one course, each page fitting the phone, the member list and downloads following."""

import datetime

import pytest
from django.utils import timezone

from courses.services import lesson_complete
from lms.models import Campaign, Role
from tests.courses.factories import course_with_lessons
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_leader_switches_between_campaign_all_and_one_course(new_phone, home, chapter, member):
    campaign_course, _ = course_with_lessons(home, lessons=1, title="An toàn tài khoản")
    other, other_lessons = course_with_lessons(home, lessons=1, title="Bán hàng online")
    lesson_complete(user=member, lesson=other_lessons[0])  # she finished the other course
    campaign = Campaign.objects.create(
        name="Tháng an toàn số",
        node=chapter.get_parent(),
        starts_on=timezone.localdate(),
        due_on=timezone.localdate() + datetime.timedelta(days=20),
    )
    campaign.courses.set([campaign_course])
    campaign.save()
    leader = UserFactory(phone="+84987000002")
    MemberFactory(chapter=chapter, user=leader, full_name="Lê Thị Chi Hội Trưởng")
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)

    phone = new_phone(java_script_enabled=False)
    sign_in(phone, "0987 000 002")
    phone.goto(f"/dashboard/{chapter.code}/")
    problems = layout_problems(phone, "every course")
    cards = phone.locator("#completion-cards .stat-title")
    assert cards.all_inner_texts()[:2] == ["An toàn tài khoản", "Bán hàng online"]
    mai = phone.locator(".member-list > li", has_text="Trần Thị Mai")
    assert mai.locator(".state-completed").inner_text().endswith("Bán hàng online")

    phone.locator(".switch-links a[href*='courses=campaign']").click()
    assert "courses=campaign" in phone.url
    problems += layout_problems(phone, "campaign courses")
    assert phone.locator("#completion-cards .stat-title").all_inner_texts() == ["An toàn tài khoản"]
    assert "courses=campaign" in phone.locator("a[href*='export.xlsx']").get_attribute("href")

    phone.locator(".course-pick summary").click()
    phone.locator(".switch-courses a", has_text="Bán hàng online").click()
    assert f"courses={other.pk}" in phone.url
    problems += layout_problems(phone, "one course")
    assert phone.locator("#completion-cards .stat-title").all_inner_texts() == ["Bán hàng online"]
    mai = phone.locator(".member-list > li", has_text="Trần Thị Mai")
    assert mai.locator(".member-courses li").all_inner_texts() == [
        "✓ Đã hoàn thành: Bán hàng online"
    ]
    assert f"courses={other.pk}" in phone.locator("a[href*='export.csv']").get_attribute("href")
    assert problems == []

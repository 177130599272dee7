"""Members' rights over their data: consent at sign-up, a copy of it all, and erasure."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry

from courses.models import Enrollment, LessonCompletion
from courses.services import lesson_complete
from lms.chapters.memberships import role_grant
from lms.dashboards import reports
from lms.models import Chapter, ChapterCourseStats, Member, Role
from lms.privacy.services import ERASE_ACTION, ERASED_NAME, member_export_data
from lms.stats import recompute
from quizzes.models import Attempt
from quizzes.services import attempt_start, attempt_submit
from tests.courses.factories import course_with_lessons
from tests.lms.factories import PASSWORD, ChapterFactory, MemberFactory, UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

HER_PHONE = "+84912345678"
OTHER_PHONE = "+84987654321"


@pytest.fixture
def place(home):
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh Quảng Nam")
    district = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện Quế Sơn")
    commune = ChapterFactory(parent=district, kind=Chapter.Kind.COMMUNE, name="Xã Quế Xuân")
    chapter = ChapterFactory(parent=commune, name="Chi hội thôn Bình Yên")
    course, lessons = course_with_lessons(home, lessons=2, title="An toàn tài khoản")
    return {"province": province, "chapter": chapter, "course": course, "lessons": lessons}


def learner(place, phone, name, *, lessons=2):
    member = MemberFactory(
        chapter=place["chapter"],
        user__phone=phone,
        full_name=name,
        birth_year=1985,
        occupation="trader",
    )
    for lesson in place["lessons"][:lessons]:
        lesson_complete(user=member.user, lesson=lesson)
    return member


def take_quiz(user, quiz):
    attempt = attempt_start(user=user, quiz=quiz)
    attempt_submit(
        attempt_id=attempt.pk,
        user=user,
        answers={"q1": frozenset({"q1a"}), "q3": frozenset({"true"})},
    )


@pytest.fixture
def her(place):
    return learner(place, HER_PHONE, "Nguyễn Thị Lan")


@pytest.fixture
def other(place):
    return learner(place, OTHER_PHONE, "Trần Thị Mai", lessons=1)


@pytest.fixture
def quiz():
    return QuizFactory(title="Kiểm tra mật khẩu")


def figures(place):
    dashboard = reports.node_dashboard(place["province"])
    return {
        "stats": sorted(
            ChapterCourseStats.objects.values_list(
                "chapter_id", "course_id", "started", "completed"
            )
        ),
        "members": dashboard.total.members,
        "cells": dashboard.cells(dashboard.total),
        "overall": dashboard.total.overall(dashboard.course_ids),
    }


# Consent at sign-up


def signup_data(**overrides):
    data = {
        "full_name": "Nguyễn Thị Lan",
        "phone": "0912 345 678",
        "password1": "hoa-sen-no-2026",
        "password2": "hoa-sen-no-2026",
        "consent": "on",
    }
    data.update(overrides)
    return data


def test_signup_without_ticking_consent_creates_no_account(client, place):
    client.cookies["django_language"] = "en"
    data = signup_data()
    del data["consent"]
    response = client.post(reverse("lms:join", args=[place["chapter"].invite_code]), data)
    assert response.status_code == 200
    assert "Please tick this box" in response.content.decode()
    assert not get_user_model().objects.exists()


def test_signup_records_when_she_consented(client, place):
    response = client.post(reverse("lms:join", args=[place["chapter"].invite_code]), signup_data())
    assert response.status_code == 200
    assert Member.objects.get(user__phone=HER_PHONE).consented_at is not None


def test_signup_form_and_footer_link_to_the_privacy_notice(client, place):
    body = client.get(reverse("lms:join", args=[place["chapter"].invite_code])).content.decode()
    assert body.count(f'href="{reverse("lms:privacy")}"') == 2  # next to the box, in the footer
    assert 'name="consent"' in body


def test_privacy_notice_is_public_and_plain(client, db):
    client.cookies["django_language"] = "en"
    response = client.get(reverse("lms:privacy"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "What we keep" in body and "delete your account" in body


# Her account page


def test_account_pages_ask_visitors_to_sign_in(client, db):
    for name in ("lms:account", "lms:account_data", "lms:account_delete"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("lms:signin"))


def test_account_page_shows_her_details_and_links(client, her):
    client.force_login(her.user)
    body = client.get(reverse("lms:account")).content.decode()
    assert "Nguyễn Thị Lan" in body and "0912 345 678" in body and "Chi hội thôn Bình Yên" in body
    for name in ("lms:account_data", "lms:account_delete", "lms:privacy"):
        assert reverse(name) in body


def test_the_menu_links_to_her_account_when_signed_in(client, her):
    link = f'href="{reverse("lms:account")}"'
    assert link not in client.get("/").content.decode()
    client.force_login(her.user)
    assert link in client.get("/").content.decode()


# Her data as a file


def test_export_has_all_her_data_and_nothing_of_another_member(
    client, her, other, quiz, django_assert_max_num_queries
):
    take_quiz(her.user, quiz)
    take_quiz(other.user, quiz)
    Role.objects.create(user=her.user, node=her.chapter, kind=Role.Kind.LEADER)
    client.force_login(her.user)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("lms:account_data"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    data = json.loads(text)
    assert data["account"]["phone"] == HER_PHONE
    assert data["member"]["full_name"] == "Nguyễn Thị Lan"
    assert data["member"]["chapter"] == "Chi hội thôn Bình Yên"
    assert data["member"]["birth_year"] == 1985
    assert [e["course"] for e in data["enrollments"]] == ["An toàn tài khoản"]
    assert data["enrollments"][0]["completed_at"] is not None
    assert len(data["lesson_completions"]) == 2
    assert data["roles"][0]["node"] == "Chi hội thôn Bình Yên"
    [attempt] = data["quiz_attempts"]
    assert attempt["quiz"] == "Kiểm tra mật khẩu"
    assert attempt["score"] is not None and attempt["passed"] is not None
    answers = {row["question"]: row for row in attempt["answers"]}
    assert answers["Ngân hàng có bao giờ hỏi mã OTP không?"]["answer"] == ["Không bao giờ"]
    assert answers["Ngân hàng có bao giờ hỏi mã OTP không?"]["right"] is True
    assert answers["Nên dùng một mật khẩu cho mọi tài khoản."]["right"] is False
    assert answers["Dấu hiệu link giả?"]["answer"] == []
    assert "Nguyễn Thị Lan" in text  # written as text, not \\u escapes
    for trace in ("Trần Thị Mai", OTHER_PHONE, "987654321", "0987 654 321"):
        assert trace not in text


def test_export_of_someone_without_a_member_profile(db):
    data = member_export_data(user=UserFactory(phone=HER_PHONE))
    assert data["member"] is None
    assert data["enrollments"] == data["quiz_attempts"] == []


# Deleting her account


def delete(client, password=PASSWORD):
    return client.post(reverse("lms:account_delete"), {"password": password})


def test_delete_page_asks_for_her_password(client, her):
    client.force_login(her.user)
    response = client.get(reverse("lms:account_delete"))
    assert response.status_code == 200
    assert 'type="password"' in response.content.decode()


def test_a_wrong_password_deletes_nothing(client, her):
    client.force_login(her.user)
    response = delete(client, password="sai-mat-khau")
    assert response.status_code == 200
    her.refresh_from_db()
    assert her.full_name == "Nguyễn Thị Lan"
    assert her.user.phone == HER_PHONE


def test_delete_erases_who_she_is_and_signs_her_out(client, her, quiz):
    client.cookies["django_language"] = "en"
    take_quiz(her.user, quiz)
    client.force_login(her.user)
    response = delete(client)

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert "Your account is deleted" in client.get(response["Location"]).content.decode()
    user = get_user_model().objects.get(pk=her.user.pk)
    member = Member.objects.get(pk=her.pk)
    assert user.phone == f"deleted-{user.pk}"
    assert not user.has_usable_password()
    assert not user.is_active and not user.is_staff
    assert user.first_name == user.last_name == user.email == ""
    assert member.full_name == ERASED_NAME == "Hội viên đã xóa tài khoản"
    assert member.birth_year is None and member.occupation == ""
    assert member.chapter_id == her.chapter_id  # still counted in her chapter
    # her learning stays
    assert Enrollment.objects.filter(user=user).count() == 1
    assert LessonCompletion.objects.filter(user=user).count() == 2
    assert Attempt.objects.filter(user=user).count() == 1
    entry = ModelLogEntry.objects.get(action=ERASE_ACTION)
    assert entry.object_id == str(member.pk) and entry.label == ERASED_NAME


def test_delete_changes_no_chapter_figures(client, place, her, other):
    before = figures(place)
    client.force_login(her.user)
    assert delete(client).status_code == 302
    assert figures(place) == before
    assert recompute.recompute() == {}  # the counters still agree with the facts


def test_she_cannot_sign_in_afterwards_but_can_sign_up_again_as_new(client, place, her):
    old_pk = her.user.pk
    client.force_login(her.user)
    delete(client)

    response = client.post(
        reverse("lms:signin"), {"username": "0912 345 678", "password": PASSWORD}
    )
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    response = client.post(reverse("lms:join", args=[place["chapter"].invite_code]), signup_data())
    assert response.status_code == 200
    again = Member.objects.get(user__phone=HER_PHONE)
    assert again.pk != old_pk
    assert not Enrollment.objects.filter(user=again.user).exists()  # a fresh start
    assert Member.objects.filter(full_name=ERASED_NAME).count() == 1


def test_delete_removes_her_roles_and_her_name_from_the_admin_history(client, her):
    role_grant(user=her.user, node=her.chapter, kind=Role.Kind.LEADER)
    assert ModelLogEntry.objects.filter(label__contains="Nguyễn Thị Lan").exists()
    client.force_login(her.user)
    delete(client)
    assert not Role.objects.filter(user=her.user).exists()
    assert not get_user_model().objects.get(pk=her.user.pk).groups.exists()
    assert not ModelLogEntry.objects.filter(label__contains="Nguyễn Thị Lan").exists()
    assert not ModelLogEntry.objects.filter(label__contains="0912").exists()


def test_delete_leaves_other_members_alone(client, her, other):
    client.force_login(her.user)
    delete(client)
    other.refresh_from_db()
    assert other.full_name == "Trần Thị Mai" and other.user.phone == OTHER_PHONE
    assert other.user.has_usable_password()


def test_a_superuser_cannot_delete_herself_here(client, db):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get(reverse("lms:account_delete")).status_code == 403
    assert delete(client).status_code == 403
    admin.refresh_from_db()
    assert admin.is_active

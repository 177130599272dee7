"""The pages of issue 12's fixes on a 360 px phone: the page after sign-up (the same for a
new or a taken number) and a result page that keeps the right answers back."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from quizzes.models import Attempt
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import PASSWORD
from tests.quizzes.factories import QuizFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = "/tmp/sen-e2e-guard"  # noqa: S108 - screenshots to look at, outside the repository


def test_the_page_after_sign_up_fits_a_phone_and_signs_her_in(phone, chapter, home):
    phone.goto(chapter.get_invite_url())
    phone.fill("#id_full_name", "Nguyễn Thị Lan")
    phone.fill("#id_phone", "0987 654 321")
    phone.fill("#id_password1", PASSWORD)
    phone.fill("#id_password2", PASSWORD)
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Tạo tài khoản").click()
    expect(phone.locator("h1")).to_have_text("Bây giờ hãy đăng nhập")
    phone.screenshot(path=f"{SHOTS}/signup-done.png", full_page=True)
    assert layout_problems(phone, "after sign-up") == []
    phone.fill("#id_password", PASSWORD)
    phone.locator("form").get_by_role("button", name="Đăng nhập").click()
    expect(phone.locator(".message-success")).to_contain_text("Nguyễn Thị Lan")
    assert get_user_model().objects.filter(phone="+84987654321").exists()


def test_a_result_that_keeps_the_answers_back_fits_a_phone(phone, member, home):
    quiz = QuizFactory(max_attempts=3)
    sign_in(phone, member.phone.replace("+84", "0"))
    phone.goto(f"/quizzes/{quiz.pk}/")
    phone.get_by_role("button", name="Bắt đầu làm bài").click()
    attempt = Attempt.objects.get(user=member, quiz=quiz)
    for question in attempt.snapshot["questions"]:
        wrong = next(c["id"] for c in question["choices"] if not c["correct"])
        phone.locator(f'input[name="q-{question["id"]}"][value="{wrong}"]').check()
    phone.get_by_role("button", name="Nộp bài").click()
    expect(phone.locator(".answers-later")).to_contain_text("Đáp án đúng sẽ hiện khi chị đạt")
    expect(phone.locator(".choice-correct")).to_have_count(0)
    phone.screenshot(path=f"{SHOTS}/result-answers-later.png", full_page=True)
    assert layout_problems(phone, "result, answers kept back") == []

"""A member takes a contest on a 360x740 phone: from the shared page to her score."""

import re

import pytest
from playwright.sync_api import expect

from contests.models import ContestEntry
from tests.contests.factories import contest_with_round
from tests.e2e.conftest import sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def no_sideways_scroll(page):
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


def test_member_takes_a_contest_and_sees_her_score(phone, home, chapter, member):
    contest, _round = contest_with_round(
        node=chapter.get_root(), title="Cuộc thi tìm hiểu an toàn trên mạng 2026"
    )
    sign_in(phone, member.phone)
    phone.goto(f"/contests/{contest.slug}/")
    expect(phone.locator("h1")).to_have_text("Cuộc thi tìm hiểu an toàn trên mạng 2026")
    assert no_sideways_scroll(phone)
    phone.get_by_role("link", name="Tham gia thi").click()

    expect(phone.get_by_label("Vòng này sẽ có bao nhiêu người")).to_be_visible()
    phone.get_by_label("Vòng này sẽ có bao nhiêu người").fill("120")
    start = phone.get_by_role("button", name="Bắt đầu thi")
    box = start.bounding_box()
    assert box["height"] >= 44
    start.click()

    clock = phone.locator(".contest-clock .countdown")
    expect(clock).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    first = clock.text_content()
    expect(clock).not_to_have_text(first, timeout=3000)  # the script ticks the server's count
    assert no_sideways_scroll(phone)
    entry = ContestEntry.objects.get(user=member)
    for question in entry.snapshot["questions"]:
        for choice in question["choices"]:
            if choice["correct"]:
                phone.locator(f'input[name="q-{question["id"]}"][value="{choice["id"]}"]').check()
    phone.get_by_role("button", name="Nộp bài").click()

    expect(phone.locator(".result-score")).to_have_text("3/3")
    expect(phone.get_by_text("Đúng 3/3 câu.")).to_be_visible()
    expect(phone.get_by_text(re.compile(r"^Thời gian: \d+ giây$"))).to_be_visible()
    expect(phone.get_by_text("Đáp án được công bố sau khi vòng thi đóng")).to_be_visible()
    assert no_sideways_scroll(phone)
    entry.refresh_from_db()
    assert (entry.correct, entry.prediction) == (3, 120)


def test_when_the_clock_reaches_zero_her_ticked_answers_are_sent(phone, home, chapter, member):
    contest, _round = contest_with_round(node=chapter.get_root(), time_limit=4)
    sign_in(phone, member.phone)
    phone.goto(f"/contests/{contest.slug}/start/")
    phone.get_by_label("Vòng này sẽ có bao nhiêu người").fill("7")
    phone.get_by_role("button", name="Bắt đầu thi").click()
    entry = ContestEntry.objects.get(user=member)
    question = entry.snapshot["questions"][0]
    right = next(c for c in question["choices"] if c["correct"])
    phone.locator(f'input[name="q-{question["id"]}"][value="{right["id"]}"]').check()
    # Nobody taps "Send": the script sends the form when the server's count runs out.
    expect(phone.locator(".result-score")).to_have_text("1/3", timeout=10_000)
    entry.refresh_from_db()
    assert entry.correct == 1 and entry.duration_ms <= 4000

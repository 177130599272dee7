"""axe-core (bundled by the axe-playwright-python package) on the member's and the leader's
pages, in Vietnamese and in Arabic (right to left): no serious or critical violation."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import LessonPage
from demo import people as demo
from tests.e2e.conftest import sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ("vi", "ar")
BLOCKING = {"serious", "critical"}


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:160]}")
            lines.append(f"      {node.get('failureSummary', '').strip()[:300]}")
    return "\n".join(lines)


def set_language(page, live_server, code):
    page.context.add_cookies([{"name": "django_language", "value": code, "url": live_server.url}])


def audit(page, live_server, name):
    """axe on the page as it is now, once per language; the problems found, one block each."""
    axe = Axe()
    problems = []
    for code in LANGUAGES:
        set_language(page, live_server, code)
        page.reload()
        page.wait_for_load_state()
        expect(page.locator("html")).to_have_attribute("lang", code)
        violations = [v for v in axe.run(page).response["violations"] if v["impact"] in BLOCKING]
        if violations:
            problems.append(f"{name} [{code}] {page.url}\n{describe(violations)}")
    set_language(page, live_server, "vi")
    return problems


def test_member_and_leader_pages_have_no_serious_accessibility_violations(new_phone, live_server):
    call_command("load_demo", stdout=io.StringIO())
    lesson = LessonPage.objects.filter(quiz__isnull=False).live().first()
    leader = new_phone()
    sign_in(leader, demo.demo_member_phone(demo.LEADER_MEMBER_NUMBER), demo.DEMO_PASSWORD)
    problems = []

    leader.goto("/")
    # axe really runs here (the page's Content-Security-Policy lets Playwright inject it):
    # a picture without a text alternative is found.
    leader.evaluate("document.querySelector('main').append(document.createElement('img'))")
    assert "image-alt" in {v["id"] for v in Axe().run(leader).response["violations"]}
    problems += audit(leader, live_server, "home")
    leader.goto(lesson.get_parent().url)
    problems += audit(leader, live_server, "course")
    leader.goto(lesson.url)
    problems += audit(leader, live_server, "lesson")

    leader.locator(".quiz-box a.button").click()
    problems += audit(leader, live_server, "quiz")
    leader.locator("main form button[type=submit]").click()
    expect(leader.locator(".quiz-form")).to_be_visible()
    problems += audit(leader, live_server, "quiz questions")
    for choices in leader.locator(".choices").all():
        choices.locator("input").first.check()
    leader.locator(".quiz-form button[type=submit]").click()
    expect(leader.locator(".result-score")).to_be_visible()
    problems += audit(leader, live_server, "quiz result")

    leader.goto("/my-learning/")
    problems += audit(leader, live_server, "my learning")
    leader.goto("/me/")
    problems += audit(leader, live_server, "my account")
    leader.goto("/dashboard/")
    problems += audit(leader, live_server, "dashboard (chapter leader)")

    visitor = new_phone()
    visitor.goto("/signin/")
    problems += audit(visitor, live_server, "sign in")
    visitor.goto("/signup/")
    problems += audit(visitor, live_server, "sign up")

    assert not problems, "Serious or critical accessibility violations:\n" + "\n".join(problems)

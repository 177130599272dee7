"""The admin's choosers offer only what the user may edit or anyone may see (issue 12, item 9):
as a leader, a trainer and a superuser, through the chooser addresses themselves."""

import json
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from courses.models import CourseIndexPage
from lms.chapters.groups import ensure_officials_group, ensure_trainers_group
from lms.models import Role
from tests.courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.lms.factories import ChapterFactory, UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

LIVE = {"Khóa đã đăng", "Bài đã đăng", "Kiểm tra đã đăng"}
DRAFTS_SHE_EDITS = {"Khóa nháp", "Bài nháp", "Kiểm tra nháp"}
DRAFT_ELSEWHERE = {"Kho khác: khóa chưa đăng"}
ALL = LIVE | DRAFTS_SHE_EDITS | DRAFT_ELSEWHERE

# Who sees which titles, written by hand: a leader edits no page and no quiz; a trainer
# edits the course list she was given and every quiz; a superuser everything.
EXPECTED = {
    "leader": LIVE,
    "trainer": LIVE | DRAFTS_SHE_EDITS,
    "superuser": ALL,
}


@pytest.fixture
def site(home):
    course = CoursePageFactory(parent=home, title="Khóa đã đăng")
    LessonPageFactory(parent=course, title="Bài đã đăng")
    LessonPageFactory(parent=course, title="Bài nháp", live=False)
    draft_course = CoursePageFactory(parent=home, title="Khóa nháp", live=False)
    QuizFactory(title="Kiểm tra đã đăng")
    QuizFactory(title="Kiểm tra nháp", live=False)
    ensure_trainers_group()  # page permissions on the course lists there are now
    ensure_officials_group()
    elsewhere = CourseIndexPageFactory(parent=home.get_parent(), title="Kho khác", slug="kho")
    CoursePageFactory(parent=elsewhere, title="Kho khác: khóa chưa đăng", live=False)
    return {"home": home, "course": course, "draft_course": draft_course, "elsewhere": elsewhere}


@pytest.fixture
def people(site):
    from django.contrib.auth.models import Group

    leader = UserFactory()
    Role.objects.create(user=leader, node=ChapterFactory(), kind=Role.Kind.LEADER)
    ensure_officials_group()
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name="Trainers"))
    return {
        "leader": leader,
        "trainer": trainer,
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }


def titles_in(response, candidates=ALL):
    assert response.status_code == 200, response.status_code
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        body = json.dumps(response.json(), ensure_ascii=False)
    return {title for title in candidates if title in body}


def page_chooser_titles(client, site):
    from wagtail.models import Page

    seen = set()
    for page in Page.objects.all():
        response = client.get(reverse("wagtailadmin_choose_page_child", args=[page.pk]))
        if response.status_code != 404:  # a page she may not choose is not browsed into
            seen |= titles_in(response)
    for word in ("Khóa", "Bài"):
        url = reverse("wagtailadmin_choose_page_search") + "?" + urlencode({"q": word})
        seen |= titles_in(client.get(url))
    ids = [page.pk for page in Page.objects.all()]
    url = (
        reverse("wagtailadmin_choose_page_chosen_multiple")
        + "?"
        + urlencode({"id": ids}, doseq=True)
    )
    seen |= titles_in(client.get(url))
    return seen


def quiz_chooser_titles(client):
    from quizzes.models import Quiz

    base = "/admin/snippets/choose/quizzes/quiz/"
    seen = titles_in(client.get(base))
    seen |= titles_in(client.get(base + "results/?" + urlencode({"q": "Kiểm tra"})))
    for quiz in Quiz.objects.all():
        response = client.get(f"{base}chosen/{quiz.pk}/")
        if response.status_code != 404:
            seen |= titles_in(response)
    ids = list(Quiz.objects.values_list("pk", flat=True))
    seen |= titles_in(client.get(base + "chosen-multiple/?" + urlencode({"id": ids}, doseq=True)))
    return seen


@pytest.mark.parametrize("who", ["leader", "trainer", "superuser"])
def test_choosers_offer_only_what_she_may_edit_or_anyone_may_see(client, site, people, who):
    client.force_login(people[who])
    seen = page_chooser_titles(client, site) | quiz_chooser_titles(client)
    assert seen == EXPECTED[who]


def test_a_draft_page_is_not_browsed_into_by_a_leader(client, site, people):
    client.force_login(people["leader"])
    url = reverse("wagtailadmin_choose_page_child", args=[site["draft_course"].pk])
    assert client.get(url).status_code == 404
    url = reverse("wagtailadmin_choose_page_child", args=[site["course"].pk])
    assert client.get(url).status_code == 200


def test_a_draft_quiz_chosen_by_id_is_not_found_for_a_leader(client, site, people):
    from quizzes.models import Quiz

    client.force_login(people["leader"])
    draft = Quiz.objects.get(title="Kiểm tra nháp")
    response = client.get(f"/admin/snippets/choose/quizzes/quiz/chosen/{draft.pk}/")
    assert response.status_code == 404


def test_the_chosen_page_answer_still_needs_admin_access(client, site):
    member = UserFactory()
    client.force_login(member)
    url = reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={site['course'].pk}"
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "Khóa đã đăng" not in response.content.decode()


def test_a_trainer_can_still_choose_her_draft_course_in_the_editor(client, site, people):
    client.force_login(people["trainer"])
    url = reverse("wagtailadmin_choose_page_child", args=[site["home"].pk])
    url += "?" + urlencode({"page_type": "courses.coursepage"})
    assert {"Khóa đã đăng", "Khóa nháp"} <= titles_in(client.get(url))
    assert CourseIndexPage.objects.count() == 2

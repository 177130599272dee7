"""Course insights: a funnel per lesson and quiz figures, checked against a hand-written table
for a small scenario built through the member's own requests; scope, bad input, the Excel
file and a query count that does not grow with lessons or members."""

import datetime
from decimal import Decimal
from io import BytesIO
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from openpyxl import load_workbook

from courses.models import LessonOpen
from lms.chapters.groups import TRAINERS_GROUP, ensure_officials_group, ensure_trainers_group
from lms.insights.figures import median_from_counts, stopped_before_any
from lms.models import Chapter, Role
from quizzes.services import attempt_start, attempt_submit
from tests.courses.factories import course_with_lessons, done_url
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

RIGHT = {"q1": frozenset({"q1a"}), "q2": frozenset({"q2a", "q2b"}), "q3": frozenset({"false"})}
WRONG = {"q1": frozenset({"q1b"}), "q2": frozenset({"q2c"}), "q3": frozenset({"true"})}


# --- pure rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "median"),
    [
        ({}, None),
        ({1: 1}, Decimal(1)),
        ({1: 3, 2: 1}, Decimal("1.0")),  # 1 1 1 2
        ({1: 1, 2: 1, 3: 1}, Decimal(2)),
        ({1: 1, 4: 1}, Decimal("2.5")),
        ({3: 2, 1: 2, 2: 1}, Decimal(2)),  # 1 1 2 3 3, given out of order
    ],
)
def test_median_from_counts(counts, median):
    assert median_from_counts(counts) == median


def test_stopped_before_any_lesson_is_what_no_lesson_counts():
    assert stopped_before_any(5, [1, 2, 1]) == 1
    assert stopped_before_any(0, []) == 0


# --- the scenario ---------------------------------------------------------------------------


def _member(client_factory, chapter):
    user = MemberFactory(chapter=chapter).user
    client = client_factory()
    client.force_login(user)
    return user, client


def _read(client, lesson):
    assert client.get(lesson.url).status_code == 200


def _done(client, lesson):
    assert client.post(done_url(lesson)).status_code == 302


def _quiz(user, quiz, answers):
    attempt = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt_id=attempt.pk, user=user, answers=answers)


@pytest.fixture
def scenario(home):
    """Province P > district D1 (commune C1: chapters A, B), district D2 (commune C2: E).

    Course of three lessons; lesson 2 is done by passing its quiz. What each member did:

    | member | chapter | L1 read/done | L2 read | quiz tries   | L3 read/done | note          |
    | a1     | A       | yes / yes    | yes     | fail, pass   | yes / yes    | finished      |
    | a2     | A       | yes / no     |         |              |              | stops at once |
    | a3     | A       | yes / yes    | yes     | fail x2, pass|              | stops at L2   |
    | b1     | B       | yes / yes    | yes     | pass         |              | stops at L2   |
    | e1     | E       | yes / yes    |         |              |              | stops at L1   |
    | e2     | E       | read L1 100 days ago, L2 today (outside a 90-day period)    |
    """
    from django.test import Client

    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh P", code="p")
    d1 = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện 1", code="d1")
    d2 = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện 2", code="d2")
    c1 = ChapterFactory(parent=d1, kind=Chapter.Kind.COMMUNE, name="Xã 1", code="c1")
    c2 = ChapterFactory(parent=d2, kind=Chapter.Kind.COMMUNE, name="Xã 2", code="c2")
    a = ChapterFactory(parent=c1, name="Chi hội A", code="a")
    b = ChapterFactory(parent=c1, name="Chi hội B", code="b")
    e = ChapterFactory(parent=c2, name="Chi hội E", code="e")
    quiz = QuizFactory(title="Kiểm tra bài 2")
    course, (l1, l2, l3) = course_with_lessons(home, lessons=3, title="An toàn trên mạng")
    l2.quiz = quiz
    l2.save_revision().publish()
    l2.refresh_from_db()

    people = {}
    for name, chapter in (("a1", a), ("a2", a), ("a3", a), ("b1", b), ("e1", e), ("e2", e)):
        people[name] = _member(Client, chapter)
    earlier = timezone.now() - datetime.timedelta(days=100)
    with freeze_time(earlier):
        user, client = people["e2"]
        _read(client, l1)
        _done(client, l1)
    user, client = people["e2"]
    _read(client, l2)

    user, client = people["a1"]
    _read(client, l1), _done(client, l1), _read(client, l2)
    _quiz(user, quiz, WRONG), _quiz(user, quiz, RIGHT)
    _read(client, l3), _done(client, l3)
    _read(people["a2"][1], l1)
    user, client = people["a3"]
    _read(client, l1), _done(client, l1), _read(client, l2)
    _quiz(user, quiz, WRONG), _quiz(user, quiz, WRONG), _quiz(user, quiz, RIGHT)
    user, client = people["b1"]
    _read(client, l1), _done(client, l1), _read(client, l2), _quiz(user, quiz, RIGHT)
    user, client = people["e1"]
    _read(client, l1), _done(client, l1)

    ensure_officials_group()
    ensure_trainers_group()
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    official_d1 = UserFactory()
    Role.objects.create(user=official_d1, node=d1, kind=Role.Kind.OFFICIAL)
    leader_a = UserFactory()
    Role.objects.create(user=leader_a, node=a, kind=Role.Kind.LEADER)
    ensure_officials_group()
    return {
        "course": course,
        "quiz": quiz,
        "nodes": {"p": province, "d1": d1, "d2": d2, "a": a, "b": b, "e": e},
        "trainer": trainer,
        "official_d1": official_d1,
        "leader_a": leader_a,
        "member": people["a1"][0],
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }


# The oracle, by hand from the table above. Lessons: (opened, completed, stopped here).
WHOLE = {
    "started": 5,
    "none": 1,
    "finished": 1,
    "lessons": [(5, 4, 1), (3, 3, 2), (1, 1, 1)],
    # quiz: (took, passed at first try, first-try rate, passed, median attempts to pass)
    "quiz": (3, 1, "33,3%", 3, "2,0"),
}
D1 = {
    "started": 4,
    "none": 1,
    "finished": 1,
    "lessons": [(4, 3, 0), (3, 3, 2), (1, 1, 1)],
    "quiz": (3, 1, "33,3%", 3, "2,0"),
}
CHAPTER_B = {
    "started": 1,
    "none": 0,
    "finished": 0,
    "lessons": [(1, 1, 0), (1, 1, 1), (0, 0, 0)],
    "quiz": (1, 1, "100,0%", 1, "1,0"),
}
CHAPTER_A = {
    "started": 3,
    "none": 1,
    "finished": 1,
    "lessons": [(3, 2, 0), (2, 2, 1), (1, 1, 1)],
    "quiz": (2, 0, "0,0%", 2, "2,5"),
}


def _url(course, **params):
    from urllib.parse import urlencode

    url = reverse("lms_course_insights", args=[course.pk])
    return f"{url}?{urlencode(params)}" if params else url


def _figures(response):
    """What the page shows, read back from its three tables."""
    summary, lessons, quizzes = response.context["tables"]
    lesson_rows = [(int(r[2][0]), int(r[4][0]), int(r[6][0])) for r in lessons.shown_rows]
    quiz_rows = [
        (int(r[2][0]), int(r[3][0]), r[4][0], int(r[5][0]), r[6][0]) for r in quizzes.shown_rows
    ]
    return {
        "started": int(summary.shown_rows[0][1][0]),
        "none": int(summary.shown_rows[1][1][0]),
        "finished": int(summary.shown_rows[2][1][0]),
        "lessons": lesson_rows,
        "quiz": quiz_rows[0] if quiz_rows else None,
    }


def _expect(response, oracle):
    assert response.status_code == 200
    assert _figures(response) == oracle
    body = response.content.decode()
    assert "<svg" in body


def test_trainer_sees_the_whole_course_funnel(client, scenario):
    client.force_login(scenario["trainer"])
    response = client.get(_url(scenario["course"]))
    _expect(response, WHOLE)
    body = response.content.decode()
    assert "Kiểm tra bài 2" in body and "33,3%" in body and "80,0%" in body


def test_official_sees_only_members_beneath_her_node(client, scenario):
    client.force_login(scenario["official_d1"])
    _expect(client.get(_url(scenario["course"])), D1)
    response = client.get(_url(scenario["course"], node=scenario["nodes"]["b"].pk, **_dates()))
    _expect(response, CHAPTER_B)


def test_leader_sees_her_chapter(client, scenario):
    client.force_login(scenario["leader_a"])
    _expect(client.get(_url(scenario["course"])), CHAPTER_A)


def test_trainer_may_pick_any_unit(client, scenario):
    client.force_login(scenario["trainer"])
    response = client.get(_url(scenario["course"], node=scenario["nodes"]["d1"].pk, **_dates()))
    _expect(response, D1)


def test_superuser_sees_everything(client, scenario):
    client.force_login(scenario["superuser"])
    _expect(client.get(_url(scenario["course"])), WHOLE)


def _dates(days=90):
    today = timezone.localdate()
    return {"start": (today - datetime.timedelta(days=days)).isoformat(), "end": today.isoformat()}


def test_a_longer_period_takes_in_who_started_earlier(client, scenario):
    client.force_login(scenario["trainer"])
    response = client.get(_url(scenario["course"], **_dates(days=200)))
    figures = _figures(response)
    # e2 read lesson 1 and did it 100 days ago, and read lesson 2 today.
    assert figures["started"] == 6
    assert figures["lessons"][0] == (6, 5, 2)  # e1 and e2 stop after lesson 1
    assert figures["lessons"][1] == (4, 3, 2)


def test_a_period_before_anyone_started_shows_zeros(client, scenario):
    client.force_login(scenario["trainer"])
    today = timezone.localdate()
    response = client.get(
        _url(
            scenario["course"],
            start=(today - datetime.timedelta(days=20)).isoformat(),
            end=(today - datetime.timedelta(days=10)).isoformat(),
        )
    )
    figures = _figures(response)
    assert figures["started"] == 0
    assert figures["lessons"] == [(0, 0, 0)] * 3
    assert figures["quiz"] == (0, 0, "—", 0, "—")


def test_official_may_not_pick_a_unit_outside_her_reach(client, scenario):
    client.force_login(scenario["official_d1"])
    response = client.get(_url(scenario["course"], node=scenario["nodes"]["e"].pk, **_dates()))
    assert response.status_code == 200
    assert response.context["insights"] is None
    assert "Chi hội E" not in response.content.decode()
    assert response.context["form"].errors["node"]
    xlsx = reverse("lms_course_insights_xlsx", args=[scenario["course"].pk])
    response = client.get(xlsx, {"node": scenario["nodes"]["e"].pk, **_dates()})
    assert response.status_code in {302, 403}


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        (
            {"start": "2026-05-10", "end": "2026-05-01"},
            "end",
            "Ngày kết thúc ở trước ngày bắt đầu.",
        ),
        ({"start": "=1+1", "end": "2026-05-01"}, "start", "Nhập một ngày hợp lệ."),
        ({"start": "2026-05-01\x00", "end": "2026-05-01"}, None, None),
        (
            {"start": "1900-01-01", "end": "2026-05-01"},
            "start",
            "Chọn một ngày từ năm 2020 trở đi.",
        ),
        ({"start": "2026-01-01", "end": "2026-01-02", "node": "x' or 1=1"}, "node", None),
        ({"start": "2026-01-01", "end": "2026-01-02", "node": "999999"}, "node", None),
    ],
)
def test_bad_choices_give_a_message_never_a_crash(client, scenario, params, field, message):
    client.force_login(scenario["official_d1"])
    response = client.get(_url(scenario["course"]), params)
    if field is None:  # NUL: refused before any view, with the site's own 400 page
        assert response.status_code == 400
        return
    assert response.status_code == 200
    assert response.context["insights"] is None
    assert field in response.context["form"].errors
    if message:
        assert message in response.content.decode()


@pytest.mark.parametrize("who", ["member", "anonymous"])
def test_others_may_not_see_insights(client, scenario, who):
    if who == "member":
        client.force_login(scenario["member"])
    for url in (
        _url(scenario["course"]),
        reverse("lms_course_insights_xlsx", args=[scenario["course"].pk]),
        reverse("lms_course_insights_index"),
    ):
        response = client.get(url)
        assert response.status_code == 302  # Wagtail: to its sign-in, or home with a message
        assert "insights" not in urlparse(response["Location"]).path


def test_unknown_course_is_404(client, scenario):
    client.force_login(scenario["trainer"])
    assert client.get(reverse("lms_course_insights", args=[987654])).status_code == 404


def test_course_page_and_menu_lead_to_insights(client, scenario):
    client.force_login(scenario["trainer"])
    course = scenario["course"]
    url = _url(course)
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()
    index = client.get(reverse("lms_course_insights_index"))
    assert index.status_code == 200 and url in index.content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[course.get_parent().pk]))
    assert url in listing.content.decode()
    assert (
        reverse("lms_course_insights_index")
        in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_excel_file_equals_the_page(client, scenario):
    client.force_login(scenario["official_d1"])
    params = {"node": scenario["nodes"]["d1"].pk, **_dates()}
    page = client.get(_url(scenario["course"]), params)
    response = client.get(reverse("lms_course_insights_xlsx", args=[scenario["course"].pk]), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows()]
    values = [[cell.value for cell in row] for row in rows]
    assert values[0][0] == "An toàn trên mạng"
    assert "Huyện 1" in values[1][0]
    # Lesson table: find its header, then compare each row with the page's numbers.
    header_at = next(i for i, row in enumerate(values) if row[0] == "STT")
    lessons = rows[header_at + 1 : header_at + 4]
    page_lessons = page.context["tables"][1].rows
    for cells, page_row in zip(lessons, page_lessons, strict=True):
        assert cells[2].value == page_row[2][0] and cells[2].data_type == "n"
        assert cells[3].value == pytest.approx(float(page_row[3][0]) / 100)
        assert cells[3].number_format == "0.0%"
        assert cells[4].value == page_row[4][0]
        assert cells[6].value == page_row[6][0]
    assert [c.value for c in lessons[0]][2:7] == [4, 1.0, 3, 0.75, 0]
    quiz_title = max(i for i, row in enumerate(values) if row[0] == "Bài kiểm tra" and not row[1])
    quiz = rows[quiz_title + 2]  # the title, the header, then the quiz
    assert [c.value for c in quiz][2:7] == [3, 1, pytest.approx(1 / 3, abs=0.001), 3, 2.0]
    assert quiz[4].number_format == "0.0%"


# --- openings -------------------------------------------------------------------------------


def test_opening_a_lesson_is_recorded_once(client, home):
    course, (lesson, _other) = course_with_lessons(home, lessons=2)
    user = MemberFactory(chapter=ChapterFactory()).user
    client.get(lesson.url)  # anonymous: nothing
    assert not LessonOpen.objects.exists()
    client.force_login(user)
    for _ in range(3):
        assert client.get(lesson.url).status_code == 200
    assert list(LessonOpen.objects.values_list("user_id", "lesson_id", "course_id")) == [
        (user.pk, lesson.pk, course.pk)
    ]


def test_a_preview_records_no_opening(client, home):
    course, (lesson,) = course_with_lessons(home, lessons=1)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert preview.status_code == 200
    assert not LessonOpen.objects.exists()
    assert client.get(lesson.url).status_code == 200  # the same person reading it: recorded
    assert LessonOpen.objects.count() == 1


def test_a_completion_counts_as_an_opening(client, home):
    from courses.services import lesson_complete

    course, (lesson,) = course_with_lessons(home, lessons=1)
    user = MemberFactory(chapter=ChapterFactory()).user
    lesson_complete(user=user, lesson=lesson)
    assert LessonOpen.objects.filter(user=user, lesson=lesson, course=course).count() == 1


# --- query budget ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [3, 30])
def test_queries_do_not_grow_with_lessons_or_members(
    client, home, size, django_assert_max_num_queries
):
    from django.test import Client

    chapter = ChapterFactory(parent=ChapterFactory(kind=Chapter.Kind.COMMUNE))
    quizzes = [QuizFactory() for _ in range(2)]
    course, lessons = course_with_lessons(home, lessons=size)
    for lesson, quiz in zip(lessons, quizzes, strict=False):
        lesson.quiz = quiz
        lesson.save_revision().publish()
    for n in range(size // 3):
        user, member_client = _member(Client, chapter)
        for lesson in lessons[: n + 1]:
            _read(member_client, lesson)
        _quiz(user, quizzes[0], RIGHT if n % 2 else WRONG)
    trainer = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(trainer)
    client.get(_url(course))  # warm the admin's caches (menus, site)
    with django_assert_max_num_queries(19):
        response = client.get(_url(course, node=chapter.get_parent().pk, **_dates()))
    assert response.status_code == 200
    figures = _figures(response)
    assert figures["started"] == size // 3
    assert figures["lessons"][0][0] == size // 3
    assert len(figures["lessons"]) == size

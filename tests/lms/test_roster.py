"""A chapter's member list: paged, searched and filtered in the database, through the page."""

import gzip

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import lesson_complete
from lms.dashboards import roster
from lms.members.phones import format_phone
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def names_on_page(client, code, **params):
    response = client.get(reverse("lms:dashboard_node", args=[code]), params)
    assert response.status_code == 200
    return [row.member.full_name for row in response.context["roster"].rows]


def test_unfinished_members_come_first_then_by_name(client, chapter_a, people):
    client.force_login(people["leader_a"])
    assert names_on_page(client, "a") == [
        "Nguyễn Thị Cúc",
        "Phạm Thị Dung",
        "Trần Thị Bình",
        "Lê Thị Ánh",
    ]


@pytest.mark.parametrize(
    ("course", "status", "expected"),
    [
        ("x", "completed", ["Lê Thị Ánh", "Trần Thị Bình"]),
        ("x", "started", ["Nguyễn Thị Cúc"]),
        ("x", "not_started", ["Phạm Thị Dung"]),
        ("y", "completed", ["Lê Thị Ánh"]),
        ("y", "not_started", ["Nguyễn Thị Cúc", "Phạm Thị Dung", "Trần Thị Bình"]),
        ("y", "", ["Nguyễn Thị Cúc", "Phạm Thị Dung", "Trần Thị Bình", "Lê Thị Ánh"]),
        ("x", "", ["Nguyễn Thị Cúc", "Phạm Thị Dung", "Lê Thị Ánh", "Trần Thị Bình"]),
        # without a course: every course of the dashboard
        ("", "completed", ["Lê Thị Ánh"]),
        ("", "started", ["Nguyễn Thị Cúc", "Trần Thị Bình"]),
        ("", "not_started", ["Phạm Thị Dung"]),
    ],
)
def test_filters_by_course_and_status(client, chapter_a, people, course, status, expected):
    client.force_login(people["leader_a"])
    course_id = chapter_a[course].pk if course else ""
    assert names_on_page(client, "a", course=course_id, status=status) == expected


def test_search_by_part_of_a_name(client, chapter_a, people):
    client.force_login(people["leader_a"])
    assert names_on_page(client, "a", q="  Thị Bình ") == ["Trần Thị Bình"]
    assert names_on_page(client, "a", q="Cúc") == ["Nguyễn Thị Cúc"]


def test_search_by_phone_typed_any_usual_way(client, chapter_a, people):
    client.force_login(people["leader_a"])
    phone = chapter_a["members"]["a"][1].phone  # +8491xxxxxxx
    local = format_phone(phone)  # 0912 345 678
    for typed in (phone, local, local.replace(" ", "."), "+84 " + phone[3:], phone[-4:]):
        assert names_on_page(client, "a", q=typed) == ["Trần Thị Bình"], typed
    # the start of a number, with its 0: everyone in A shares the factory's prefix
    assert len(names_on_page(client, "a", q=local[:7])) == 4
    assert names_on_page(client, "a", q="0389") == []


def test_search_finds_nobody_in_another_chapter(client, chapter_a, people):
    client.force_login(people["leader_a"])
    other = chapter_a["members"]["b"][0]
    assert names_on_page(client, "a", q=other.phone) == []
    assert names_on_page(client, "a", q=other.member.full_name) == []


@pytest.mark.parametrize(
    "params",
    [
        {"course": "999999"},
        {"course": "x'; DROP TABLE"},
        {"status": "finished"},
        {"q": "x" * 5000},
        {"page": "-1"},
        {"page": "abc"},
        {"q": "=HYPERLINK(1)"},
    ],
)
def test_tampered_filters_are_refused_kindly(client, chapter_a, people, params):
    client.force_login(people["leader_a"])
    response = client.get(reverse("lms:dashboard_node", args=["a"]), params)
    assert response.status_code == 200
    form = response.context["roster"].form
    if "course" in params or "status" in params or len(params.get("q", "")) > 100:
        assert form.errors
        assert 'class="invalid-feedback"' in response.content.decode()
        assert len(response.context["roster"].rows) == 4  # the bad filter is left out


def test_a_nul_in_the_search_answers_400(client, chapter_a, people):
    client.force_login(people["leader_a"])
    response = client.get(reverse("lms:dashboard_node", args=["a"]), {"q": "Lê\x00"})
    assert response.status_code == 400


def test_pages_keep_the_filters(client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    chapter = ChapterFactory()
    for i in range(roster.PAGE_SIZE + 7):
        MemberFactory(chapter=chapter, full_name=f"Hội viên {i:03d}")
    done = MemberFactory(chapter=chapter, full_name="Hội viên đã xong").user
    lesson_complete(user=done, lesson=lessons[0])
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("lms:dashboard_node", args=[chapter.code])

    response = client.get(url, {"status": "not_started", "course": course.pk})
    body = response.content.decode()
    first = response.context["roster"]
    assert first.count == roster.PAGE_SIZE + 7 and len(first.rows) == roster.PAGE_SIZE
    assert f"?status=not_started&amp;course={course.pk}&amp;page=2#members" in body

    second = client.get(url, {"status": "not_started", "course": course.pk, "page": 2})
    names = [row.member.full_name for row in second.context["roster"].rows]
    assert names == [f"Hội viên {i:03d}" for i in range(roster.PAGE_SIZE, roster.PAGE_SIZE + 7)]
    assert "Hội viên đã xong" not in second.content.decode()
    # past the end: the last page
    last = client.get(url, {"status": "not_started", "course": course.pk, "page": 99})
    assert last.context["roster"].page.number == 2


def test_the_list_works_without_javascript_links_only(client, chapter_a, people):
    client.force_login(people["leader_a"])
    body = client.get(reverse("lms:dashboard_node", args=["a"])).content.decode()
    assert '<form method="get" action="#members"' in body
    assert 'name="q"' in body and 'name="course"' in body and 'name="status"' in body


def _chapter_with(size, lessons):
    chapter = ChapterFactory()
    for i in range(size):
        user = MemberFactory(chapter=chapter, full_name=f"Thành viên {i:03d}").user
        if i % 2:
            lesson_complete(user=user, lesson=lessons[0])
    return chapter


def test_chapter_page_queries_stay_constant_in_members(client, home, django_assert_max_num_queries):
    course, lessons = course_with_lessons(home, lessons=2)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    counts = []
    for size in (5, 60):
        chapter = _chapter_with(size, lessons)
        url = reverse("lms:dashboard_node", args=[chapter.code])
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url, {"q": "Thành", "course": course.pk})
        assert response.status_code == 200
        assert "Thành viên 000" in response.content.decode()
        counts.append(len(ctx.captured_queries))
        # the page's panels (courses, contests, classes, the chart) and a superuser's userbar
        with django_assert_max_num_queries(19):
            response = client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert "Thành viên 000" in body and "Thành viên 001" in body
    assert counts[0] == counts[1], counts


def test_html_goes_out_gzipped_when_the_phone_accepts_it(client, chapter_a, people):
    client.force_login(people["leader_a"])
    url = reverse("lms:dashboard_node", args=["a"])
    response = client.get(url, headers={"accept-encoding": "gzip, deflate, br"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert "Nguyễn Thị Cúc" in gzip.decompress(response.content).decode()
    plain = client.get(url)
    assert not plain.has_header("Content-Encoding")


def test_statuses_of_members_read_in_one_query(tree, django_assert_num_queries):
    users = [user.pk for user in tree["members"]["a"]]
    with django_assert_num_queries(1):
        found = roster.statuses(users, [tree["x"], tree["y"]])
    x, y = tree["x"].pk, tree["y"].pk
    assert [found[u] for u in users] == [
        {x: "completed", y: "completed"},
        {x: "completed"},
        {x: "started"},
        {},
    ]


def test_the_list_keeps_the_pages_course_switch(client, chapter_a, people):
    client.force_login(people["leader_a"])
    y = chapter_a["y"].pk
    response = client.get(reverse("lms:dashboard_node", args=["a"]), {"courses": str(y)})
    body = response.content.decode()
    assert f'<input type="hidden" name="courses" value="{y}">' in body
    assert [course.pk for course in response.context["dashboard"].courses] == [y]
    # the member list's course filter offers the courses the page shows
    assert [c for c, _label in response.context["roster"].form.fields["course"].choices] == [
        "",
        y,
    ]

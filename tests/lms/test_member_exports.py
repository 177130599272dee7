"""Member-level exports of a node: every member beneath it, scoped like the page, checked
against a table written by hand for the shared tree (tests/lms/conftest.py). The file is
asked for with a POST and made by the background task (run at once in tests), then
downloaded from the job's page (tests/lms/test_export_jobs.py tests the jobs themselves)."""

import csv
import datetime
import io
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.services import lesson_complete
from lms.models import ExportJob, Role
from quizzes.models import Attempt
from tests.courses.factories import course_with_lessons
from tests.lms.conftest import ALLOWED_ON_A, EVERYONE
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db

EXPORTS = ["lms:dashboard_members_csv", "lms:dashboard_members_xlsx"]
NAMES = {
    ("a", 0): "Lê Thị Ánh",
    ("a", 1): "Trần Thị Bình",
    ("a", 2): "Nguyễn Thị Cúc",
    ("a", 3): "Phạm Thị Dung",
    ("b", 0): "Hoàng Thị Hoa",
    ("b", 1): "Vũ Thị Vân",
    ("e", 0): "Bùi Thị Bé",
    ("e", 1): "Cao Thị Cam",
}
HEADER = [
    "Họ và tên",
    "Số điện thoại",
    "Chi hội",
    "Khóa X: trạng thái",
    "Khóa X: ngày hoàn thành",
    "Khóa X: điểm kiểm tra cao nhất (%)",
    "Khóa Y: trạng thái",
    "Khóa Y: ngày hoàn thành",
    "Khóa Y: điểm kiểm tra cao nhất (%)",
]
DONE, DOING, NOT = "Đã hoàn thành", "Đang học", "Chưa bắt đầu"
T = "today"  # her completion date: the tree's lessons were all done today
# name, chapter, then course X (status, date, best score), course Y (status, date, best score)
EXPECTED = [
    ["Lê Thị Ánh", "Chi hội A", DONE, T, 90.0, DONE, T, 100.0],
    ["Nguyễn Thị Cúc", "Chi hội A", DOING, "", 40.0, NOT, "", ""],
    ["Phạm Thị Dung", "Chi hội A", NOT, "", "", NOT, "", ""],
    ["Trần Thị Bình", "Chi hội A", DONE, T, 75.5, NOT, "", ""],
    ["Hoàng Thị Hoa", "Chi hội B", DONE, T, "", NOT, "", ""],
    ["Vũ Thị Vân", "Chi hội B", NOT, "", "", NOT, "", ""],
    ["Bùi Thị Bé", "Chi hội E", NOT, "", "", DONE, T, ""],
    ["Cao Thị Cam", "Chi hội E", NOT, "", "", DONE, T, ""],
]


def _attempt(user, quiz, number, score, submitted=True):
    return Attempt.objects.create(
        quiz=quiz,
        user=user,
        number=number,
        snapshot={"questions": []},
        submitted_at=timezone.now() if submitted else None,
        score=Decimal(score) if score is not None else None,
        passed=None if score is None else Decimal(score) >= 70,
    )


@pytest.fixture
def scored(tree):
    """Names by hand; a quiz on course X's 2nd lesson and a final quiz on course Y, with
    stored scores (the snapshot is empty: re-scoring would give nothing like them)."""
    for (chapter, i), name in NAMES.items():
        member = tree["members"][chapter][i].member
        member.full_name = name
        member.save()
    x_quiz, y_final, elsewhere = QuizFactory(), QuizFactory(), QuizFactory()
    lesson = tree["x"].get_children().specific().last()
    lesson.quiz = x_quiz
    lesson.save()
    tree["y"].final_quiz = y_final
    tree["y"].save()
    a = tree["members"]["a"]
    _attempt(a[0], x_quiz, 1, "60.00")
    _attempt(a[0], x_quiz, 2, "90.00")
    _attempt(a[0], x_quiz, 3, None, submitted=False)  # open: no score yet
    _attempt(a[0], y_final, 1, "100.00")
    _attempt(a[0], elsewhere, 1, "10.00")  # a quiz of no course: not in the file
    _attempt(a[1], x_quiz, 1, "75.50")
    _attempt(a[2], x_quiz, 1, "40.00")
    return tree


def _phone(user, full):
    p = user.phone  # +8491xxxxxxx -> 0912 345 678 / 0912 *** 678, by hand
    return f"0{p[3:6]} {p[6:9]} {p[9:]}" if full else f"0{p[3:6]} *** {p[9:]}"


def _expected(tree, *, full_phones, chapters=("a", "b", "e")):
    users = {name: tree["members"][c][i] for (c, i), name in NAMES.items()}
    today = timezone.localdate()
    rows = []
    for name, chapter, *progress in EXPECTED:
        if chapter[-1].lower() not in chapters:
            continue
        user = users[name]
        full = full_phones if isinstance(full_phones, bool) else chapter in full_phones
        rows.append(
            [name, _phone(user, full), chapter, *[today if v == T else v for v in progress]]
        )
    return rows


def _made(client, name, code, query=""):
    """Ask for the file as the dashboard's button does, follow to the job's page, download."""
    response = client.post(reverse(name, args=[code]) + query)
    assert response.status_code == 302, response.status_code
    page = client.get(response["Location"])
    assert page.status_code == 200
    [download] = re.findall(r'href="(/dashboard/exports/[0-9a-f-]+/download/)"', page.text)
    return client.get(download)


def _csv_rows(response):
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    return rows[0], rows[1:]


def _from_csv(row):
    """CSV text back to values: dates are YYYY-MM-DD, scores have a decimal point."""
    out = row[:3]
    for i in range(3, len(row), 3):
        status, day, score = row[i : i + 3]
        out += [
            status,
            datetime.date.fromisoformat(day) if day else "",
            float(score) if score else "",
        ]
    return out


def _xlsx_rows(response):
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows())
    header = [cell.value for cell in rows[0]]
    values = []
    for row in rows[1:]:
        line = []
        for cell in row:
            value = cell.value
            if isinstance(value, datetime.datetime):
                assert cell.number_format == "DD/MM/YYYY"
                value = value.date()
            elif isinstance(value, float | int) and not isinstance(value, bool):
                assert cell.data_type == "n"
            line.append("" if value is None else value)
        values.append(line + [""] * (len(header) - len(line)))
    return header, values


def test_province_csv_matches_the_table_written_by_hand(client, scored, people):
    client.force_login(people["superuser"])
    header, rows = _csv_rows(_made(client, "lms:dashboard_members_csv", "p"))
    assert header == HEADER
    assert [_from_csv(row) for row in rows] == _expected(scored, full_phones=True)


def test_province_excel_has_typed_cells_matching_the_table(client, scored, people):
    client.force_login(people["superuser"])
    response = _made(client, "lms:dashboard_members_xlsx", "p")
    assert response["Content-Disposition"].endswith('filename="hoi-vien-p.xlsx"')
    header, rows = _xlsx_rows(response)
    assert header == HEADER
    assert rows == _expected(scored, full_phones=True)


def test_district_official_gets_her_districts_members_with_masked_phones(client, scored, people):
    client.force_login(people["official_d1"])
    _header, rows = _csv_rows(_made(client, "lms:dashboard_members_csv", "d1"))
    assert [_from_csv(r) for r in rows] == _expected(scored, full_phones=False, chapters=("a", "b"))


def test_a_leader_who_is_also_an_official_sees_full_phones_only_in_her_chapter(
    client, scored, people
):
    official = people["official_d1"]
    Role.objects.create(user=official, node=scored["a"], kind=Role.Kind.LEADER)
    client.force_login(official)
    _header, rows = _csv_rows(_made(client, "lms:dashboard_members_csv", "c1"))
    assert [_from_csv(r) for r in rows] == _expected(
        scored, full_phones={"Chi hội A"}, chapters=("a", "b")
    )


def test_leader_exports_her_chapter_with_full_phones(client, scored, people):
    client.force_login(people["leader_a"])
    _header, rows = _csv_rows(_made(client, "lms:dashboard_members_csv", "a"))
    assert [_from_csv(r) for r in rows] == _expected(scored, full_phones=True, chapters=("a",))


@pytest.mark.parametrize("page", EXPORTS)
@pytest.mark.parametrize("who", EVERYONE)
def test_member_exports_of_chapter_a_are_open_only_to_its_leader_and_those_above(
    client, scored, people, who, page
):
    person = people[who]
    if person is not None:
        client.force_login(person)
    url = reverse(page, args=["a"])
    shown, asked = client.get(url), client.post(url)
    if who == "anonymous":
        for response in (shown, asked):
            assert response.status_code == 302 and reverse("lms:signin") in response["Location"]
    elif who in ALLOWED_ON_A:
        assert shown.status_code == 200
        assert asked.status_code == 302
        assert ExportJob.objects.get().requester == person
    else:
        assert (shown.status_code, asked.status_code) == (403, 403)
    if who not in ALLOWED_ON_A:
        assert not ExportJob.objects.exists()


@pytest.mark.parametrize("page", EXPORTS)
@pytest.mark.parametrize("code", ["b", "c1", "d1", "p", "e"])
def test_a_leader_cannot_export_any_other_node(client, scored, people, page, code):
    client.force_login(people["leader_a"])
    assert client.get(reverse(page, args=[code])).status_code == 403
    assert client.post(reverse(page, args=[code])).status_code == 403
    assert not ExportJob.objects.exists()


@pytest.mark.parametrize("page", EXPORTS)
def test_an_official_elsewhere_cannot_export_above_her_district(client, scored, people, page):
    client.force_login(people["official_d2"])
    assert client.post(reverse(page, args=["p"])).status_code == 403
    assert client.post(reverse(page, args=["d1"])).status_code == 403
    assert client.post(reverse(page, args=["d2"])).status_code == 302
    assert [job.node.code for job in ExportJob.objects.all()] == ["d2"]


def test_formulas_in_names_stay_text(client, scored, people):
    member = scored["members"]["a"][3].member
    member.full_name = '=HYPERLINK("http://evil","Bấm")'
    member.save()
    scored["a"].name = "+Chi hội A"
    scored["a"].save()
    client.force_login(people["leader_a"])
    _h, rows = _csv_rows(_made(client, "lms:dashboard_members_csv", "a"))
    assert ['\'=HYPERLINK("http://evil","Bấm")', "'+Chi hội A"] in [[r[0], r[2]] for r in rows]
    response = _made(client, "lms:dashboard_members_xlsx", "a")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value]
    evil = next(cell for cell in cells if "HYPERLINK" in str(cell.value))
    assert (evil.data_type, evil.value) == ("s", '=HYPERLINK("http://evil","Bấm")')


def test_export_queries_do_not_grow_with_members(client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    client.force_login(UserFactory(is_superuser=True))
    counts = []
    for size in (5, 60):
        chapter = ChapterFactory()
        for i in range(size):
            user = MemberFactory(chapter=chapter).user
            if i % 2:
                lesson_complete(user=user, lesson=lessons[0])
        for name in EXPORTS:
            with CaptureQueriesContext(connection) as ctx:  # the request and the task
                response = _made(client, name, chapter.code)
                body = b"".join(response.streaming_content)
            assert response.status_code == 200 and body
            counts.append(len(ctx.captured_queries))
    assert counts[:2] == counts[2:], counts


def test_export_reads_members_in_batches_of_bounded_size(scored):
    from lms.dashboards import member_exports

    rows = list(
        member_exports.member_rows(
            scored["province"],
            [scored["x"], scored["y"]],
            show_phone=lambda chapter_id, phone: phone,
            batch_size=3,
        )
    )
    assert [row[0] for row in rows] == [row[0] for row in EXPECTED]

"""Importing contest questions from the Excel template in the admin: every problem of every
row shown before anything is saved, then all questions created at once, never twice."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from contests.groups import ensure_trainers_author_questions
from contests.models import ContestQuestion
from tests.contests.bank_factories import ContestQuestionFactory, single_choice
from tests.lms.factories import UserFactory, trainer_user

pytestmark = pytest.mark.django_db

BASE = "/admin/contests/questions/import/"
HEADER = [
    "Loại câu hỏi",
    "Chủ đề",
    "Mức độ",
    "Câu hỏi",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "Đáp án đúng",
    "Giải thích",
]


def workbook(rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def upload(client, data, name="cau-hoi.xlsx"):
    return client.post(BASE, {"file": SimpleUploadedFile(name, data)})


def row(kind, topic, level, prompt, choices, right, explanation=""):
    choices = list(choices) + [""] * (6 - len(choices))
    return [kind, topic, level, prompt, *choices, right, explanation]


GOOD_ROWS = [
    row(
        "Một đáp án",
        "An toàn tài khoản",
        "Dễ",
        "Mã OTP nên đưa cho ai?",
        ["Không ai", "Shipper"],
        "A",
    ),
    row(
        "Nhiều đáp án",
        "Bán hàng online",
        "Khó",
        "Bài đăng bán hàng nên có gì?",
        ["Giá", "Phí giao", "Mật khẩu"],
        "A, B",
        "Giá và phí giao rõ ràng.",
    ),
    row("Đúng/Sai", "Mạng xã hội", "", "Nên bấm link lạ trong nhóm Zalo.", [], "Sai"),
]


@pytest.fixture
def trainer(client):
    user = trainer_user()
    ensure_trainers_author_questions()
    client.force_login(user)
    return user


def test_template_downloads_with_the_header_row_and_passes_its_own_check(client, trainer):
    response = client.get(BASE + "template.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [cell.value for cell in sheet[1]] == HEADER
    # Its example rows are flagged, so they are never imported by mistake.
    upload(client, response.content)
    page = client.get(BASE + "preview/").content.decode()
    assert page.count("Đây là câu ví dụ của tệp mẫu") == 3


def test_broken_workbook_reports_each_problem_by_row_and_saves_nothing(client, trainer):
    ContestQuestionFactory(question=single_choice("Câu đã có trong ngân hàng?"))
    rows = [
        GOOD_ROWS[0],  # row 2: fine
        row("Một đáp án", "An toàn tài khoản", "Dễ", "Chọn một?", ["X", "Y"], "C"),  # 3
        row("Một đáp án", "Nấu ăn", "Dễ", "Chủ đề lạ?", ["X", "Y"], "A"),  # 4
        row("Nhiều đáp án", "Bán hàng online", "Khó", "Tất cả đúng?", ["X", "Y"], "A, B"),  # 5
        row("Đúng/Sai", "Mạng xã hội", "Dễ", "Đúng hay sai?", [], "Có lẽ"),  # 6
        row("Một đáp án", "An toàn tài khoản", "Rất khó", "", ["X"], ""),  # 7
        row(
            "Một đáp án", "An toàn tài khoản", "Dễ", "Mã OTP nên đưa cho ai?", ["A", "B"], "A"
        ),  # 8
        row("Một đáp án", "Mạng xã hội", "Dễ", "Câu đã có trong ngân hàng?", ["X", "Y"], "B"),  # 9
        row("Một đáp án", "Mạng xã hội", "Dễ", "Hai đáp án?", ["X", "Y", "Z"], "A, C"),  # 10
    ]
    response = upload(client, workbook(rows))
    assert response.status_code == 302
    response = client.get(BASE + "preview/")
    page = response.content.decode()
    problems = {item.number: item.problems for item in response.context["problem_rows"]}
    expected = {
        3: ["Đáp án đúng C không có trong các lựa chọn."],
        4: [
            "Chủ đề “Nấu ăn” không có trong danh sách: Bán hàng online, An toàn tài khoản, "
            "Mạng xã hội, Khác."
        ],
        5: ["Hãy để lại ít nhất một lựa chọn không đúng."],
        6: ["Câu Đúng/Sai chỉ có đáp án “Đúng” hoặc “Sai”."],
        7: [
            "Mức độ “Rất khó” không có trong danh sách: Dễ, Trung bình, Khó.",
            "Câu hỏi đang để trống.",
            "Cần ít nhất hai lựa chọn (cột A và B).",
            "Hãy ghi đáp án đúng (một chữ cái như B, hoặc nhiều chữ cái như A, C).",
        ],
        8: ["Trùng với câu hỏi ở dòng 2."],
        9: ["Câu hỏi này đã có trong ngân hàng."],
        10: [
            "Câu một đáp án chỉ có đúng một đáp án đúng; dòng này ghi 2. Dùng “Nhiều đáp án” "
            "nếu có nhiều đáp án đúng."
        ],
    }
    assert problems == expected
    assert "Dòng 3: Đáp án đúng C không có trong các lựa chọn." in page
    assert "Nhập 9 câu hỏi" not in page  # no import button while a row has a problem
    assert ContestQuestion.objects.count() == 1


def test_import_creates_live_questions_once_even_when_confirmed_twice(client, trainer):
    upload(client, workbook(GOOD_ROWS))
    preview = client.get(BASE + "preview/")
    assert "Nhập 3 câu hỏi" in preview.content.decode()
    token = preview.context["token"]
    response = client.post(BASE + "confirm/", {"token": token})
    assert response.status_code == 302
    questions = ContestQuestion.objects.order_by("pk")
    assert [(q.text, q.topic, q.difficulty, q.live) for q in questions] == [
        ("Mã OTP nên đưa cho ai?", "safety", "easy", True),
        ("Bài đăng bán hàng nên có gì?", "selling", "hard", True),
        ("Nên bấm link lạ trong nhóm Zalo.", "social", "medium", True),
    ]
    assert all(q.live_revision and q.live_revision.user == trainer for q in questions)
    multiple = questions[1].question[0]
    assert [c["correct"] for c in multiple.value["choices"]] == [True, True, False]
    assert multiple.value["explanation"] == "Giá và phí giao rõ ràng."
    assert questions[2].question[0].value["answer"] == "false"
    # The double tap: the same token again changes nothing.
    again = client.post(BASE + "confirm/", {"token": token}, follow=True)
    assert ContestQuestion.objects.count() == 3
    assert "không còn chờ" in again.content.decode()
    # The same file uploaded again is refused row by row (already in the bank).
    upload(client, workbook(GOOD_ROWS))
    problem_rows = client.get(BASE + "preview/").context["problem_rows"]
    assert [item.number for item in problem_rows] == [2, 3, 4]


def test_a_wrong_token_imports_nothing(client, trainer):
    upload(client, workbook(GOOD_ROWS))
    client.post(BASE + "confirm/", {"token": "made-up"})
    assert not ContestQuestion.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("cau-hoi.csv", b"a,b\n1,2\n", "Hãy chọn tệp Excel (.xlsx)"),
        ("cau-hoi.xlsx", b"not a zip at all", "Tệp này không phải tệp Excel (.xlsx)."),
        ("cau-hoi.xlsx", b"PK" + b"0" * (2 * 1024 * 1024), "giới hạn là 2,0"),
    ],
)
def test_wrong_or_oversized_files_get_a_clear_error(client, trainer, name, data, message):
    response = upload(client, data, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_missing_columns_are_named(client, trainer):
    response = upload(client, workbook([["x"]], header=["Câu hỏi", "A", "B"]))
    assert response.status_code == 400
    assert "“Loại câu hỏi”, “Chủ đề”, “Đáp án đúng”" in response.content.decode()


def test_only_those_who_may_publish_questions_may_import(client):
    user = UserFactory(is_staff=True, is_superuser=False)
    client.force_login(user)
    assert client.get(BASE).status_code in (302, 403)
    assert client.get(BASE + "template.xlsx").status_code in (302, 403)


def test_the_levels_the_editor_offers_are_the_ones_the_import_takes(client, trainer):
    editor = client.get("/admin/contests/questions/add/").content.decode()
    select = re.search(r'<select name="difficulty".*?</select>', editor, re.S).group(0)
    levels = [label.strip() for label in re.findall(r"<option [^>]*>([^<]+)</option>", select)]
    assert levels == ["Dễ", "Trung bình", "Khó"]  # as the template's guide names them
    rows = [
        row("Một đáp án", "An toàn tài khoản", level, f"Câu mức {level}?", ["Có", "Không"], "A")
        for level in levels
    ]
    upload(client, workbook(rows))
    page = client.get(BASE + "preview/").content.decode()
    assert "0 dòng có lỗi" in page and "Nhập 3 câu hỏi" in page


def test_she_may_import_only_the_rows_without_problems(client, trainer):
    rows = [
        GOOD_ROWS[0],  # row 2
        row("Một đáp án", "An toàn tài khoản", "Dễ", "Chọn một?", ["X", "Y"], "C"),  # 3: no C
        GOOD_ROWS[1],  # row 4
        row("Một đáp án", "Nấu ăn", "Dễ", "Chủ đề lạ?", ["X", "Y"], "A"),  # 5: unknown topic
    ]
    upload(client, workbook(rows))
    preview = client.get(BASE + "preview/")
    page = preview.content.decode()
    assert "Nhập 2 câu hỏi không có lỗi" in page and "Bỏ qua 2 dòng có lỗi." in page
    token = preview.context["token"]
    # The plain confirm still takes all the rows or none.
    assert client.post(BASE + "confirm/", {"token": token}).status_code == 409
    assert not ContestQuestion.objects.exists()
    response = client.post(BASE + "confirm/", {"token": token, "only_good": "1"})
    assert response.status_code == 302
    assert sorted((q.text, q.live) for q in ContestQuestion.objects.all()) == [
        ("Bài đăng bán hàng nên có gì?", True),
        ("Mã OTP nên đưa cho ai?", True),
    ]
    again = client.post(BASE + "confirm/", {"token": token, "only_good": "1"})
    assert again.status_code == 302 and ContestQuestion.objects.count() == 2

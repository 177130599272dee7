"""The trainer's statistics for one quiz: per-question rules, the figures of a small data set,
the admin page, its Excel download, and a query count that does not grow with attempts."""

from decimal import Decimal
from io import BytesIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext
from openpyxl import load_workbook

from quizzes.admin_views import XLSX_CONTENT_TYPE
from quizzes.models import Attempt
from quizzes.reports import QuestionTally, choice_label, percent, quiz_statistics
from quizzes.services import attempt_submit
from quizzes.snapshots import build_snapshot
from tests.lms.factories import UserFactory
from tests.quizzes.factories import QuizFactory, multiple, picture, single, true_false

STATISTICS = "wagtailsnippets_quizzes_quiz:statistics"
STATISTICS_XLSX = "wagtailsnippets_quizzes_quiz:statistics_xlsx"


def submit(quiz, user, answers):
    """One submitted attempt, served the quiz as it is now (in authored order)."""
    number = Attempt.objects.filter(user=user, quiz=quiz).count() + 1
    attempt = Attempt.objects.create(
        user=user, quiz=quiz, number=number, snapshot=build_snapshot(quiz, shuffle=False)
    )
    attempt, _ = attempt_submit(attempt_id=attempt.pk, user=user, answers=answers)
    return attempt


# --- pure rules -----------------------------------------------------------------------------

SINGLE = {
    "id": "s",
    "kind": "single_choice",
    "prompt": "Mật khẩu nào mạnh nhất?",
    "partial_credit": False,
    "choices": [
        {"id": "a", "text": "Tr0ng-Dai", "alt": "", "correct": True},
        {"id": "b", "text": "123456", "alt": "", "correct": False},
        {"id": "c", "text": "Ngày sinh", "alt": "", "correct": False},
    ],
}
MULTIPLE = {
    "id": "m",
    "kind": "multiple_choice",
    "prompt": "Dấu hiệu link giả?",
    "partial_credit": True,
    "choices": [
        {"id": "a", "text": "Tên miền lạ", "alt": "", "correct": True},
        {"id": "b", "text": "Đuôi .top", "alt": "", "correct": True},
        {"id": "c", "text": "Có chữ https", "alt": "", "correct": False},
    ],
}
TRUE_FALSE = {
    "id": "t",
    "kind": "true_false",
    "prompt": "Nên dùng một mật khẩu cho mọi tài khoản.",
    "partial_credit": False,
    "choices": [
        {"id": "true", "text": "", "alt": "", "correct": False},
        {"id": "false", "text": "", "alt": "", "correct": True},
    ],
}
PICTURE = {
    "id": "p",
    "kind": "image_choice",
    "prompt": "Trang nào an toàn?",
    "partial_credit": False,
    "choices": [
        {"id": "a", "text": "", "alt": "Ổ khóa đóng", "correct": True},
        {"id": "b", "text": "", "alt": "Ổ khóa mở", "correct": False},
    ],
}


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(1, 3, Decimal("33.3")), (2, 3, Decimal("66.7")), (4, 4, Decimal("100.0")), (0, 5, 0)],
)
def test_percent_has_one_decimal_rounded_half_up(part, whole, expected):
    assert percent(part, whole) == expected


def test_percent_of_nothing_is_none_not_zero():
    assert percent(0, 0) is None


def test_choice_label_is_text_picture_description_or_true_false():
    assert choice_label(SINGLE, SINGLE["choices"][1]) == "123456"
    assert choice_label(PICTURE, PICTURE["choices"][1]) == "Ổ khóa mở"
    assert choice_label(TRUE_FALSE, TRUE_FALSE["choices"][0]) == gettext("True")
    assert choice_label(TRUE_FALSE, TRUE_FALSE["choices"][1]) == gettext("False")


def test_tally_counts_answered_right_and_wrong_picks():
    tally = QuestionTally(id="s")
    for selected in (["a"], ["b"], ["c"], ["b"], None):
        tally.add(SINGLE, selected)
    result = tally.result(number=1)
    assert (result.answered, result.right, result.right_share) == (5, 1, Decimal("20.0"))
    assert (result.top_wrong_answer, result.top_wrong_count) == ("123456", 2)


def test_partial_credit_is_not_counted_as_right():
    tally = QuestionTally(id="m")
    tally.add(MULTIPLE, ["a"])  # half a point
    tally.add(MULTIPLE, ["a", "b", "c"])  # half a point, and one wrong pick
    tally.add(MULTIPLE, ["a", "b"])  # full point
    result = tally.result(number=1)
    assert (result.answered, result.right) == (3, 1)
    assert (result.top_wrong_answer, result.top_wrong_count) == ("Có chữ https", 1)


def test_right_picks_are_never_the_most_chosen_wrong_answer():
    tally = QuestionTally(id="s")
    for _ in range(3):
        tally.add(SINGLE, ["a"])
    assert tally.top_wrong() == ("", 0)
    assert tally.result(number=1).right_share == Decimal("100.0")


def test_true_false_wrong_answer_is_labelled_true_or_false():
    tally = QuestionTally(id="t")
    tally.add(TRUE_FALSE, ["true"])
    tally.add(TRUE_FALSE, ["false"])
    assert tally.top_wrong() == (gettext("True"), 1)


def test_tie_goes_to_the_wrong_choice_met_first():
    tally = QuestionTally(id="s")
    tally.add(SINGLE, ["c"])
    tally.add(SINGLE, ["b"])
    assert tally.top_wrong() == ("Ngày sinh", 1)


def test_tally_keeps_the_first_prompt_it_sees():
    tally = QuestionTally(id="p")
    tally.add({**PICTURE, "prompt": "Mới"}, ["b"])
    tally.add({**PICTURE, "prompt": "Cũ"}, ["a"])
    assert tally.prompt == "Mới"
    assert tally.top_wrong() == ("Ổ khóa mở", 1)


def test_question_nobody_was_asked_has_no_share():
    result = QuestionTally(id="x", prompt="Mới thêm?").result(number=4)
    assert (result.number, result.prompt, result.answered) == (4, "Mới thêm?", 0)
    assert result.right_share is None
    assert (result.top_wrong_answer, result.top_wrong_count) == ("", 0)


# --- a small data set, computed by hand -----------------------------------------------------

Q1 = single(
    "q1", "Mật khẩu nào mạnh nhất?", (("Tr0ng-Dai", True), ("123456", False), ("Ngày sinh", False))
)
Q2 = true_false("q2", "Nên dùng một mật khẩu cho mọi tài khoản.", answer="false")
Q3 = multiple(
    "q3",
    "Dấu hiệu link giả?",
    (("Tên miền lạ", True), ("Đuôi .top", True), ("Có chữ https", False), ("Logo", False)),
)
Q5 = single("q5", "Câu hỏi mới thêm?")


@pytest.fixture
def quiz(db):
    """3 members, 4 attempts; then the trainer reorders, drops q4 and adds q5.

    Scores: 12.5 (A), 100 (A, passed), 62.5 (B), 0 (C)."""
    Q4_OLD = picture("q4", "Ổ khóa nào?", (("Ổ khóa đóng", True), ("Ổ khóa mở", False)))
    Q4 = picture(
        "q4",
        "Biểu tượng nào cho thấy trang an toàn?",
        (("Ổ khóa đóng", True), ("Ổ khóa mở", False)),
    )
    quiz = QuizFactory(title="An toàn mật khẩu", questions=[Q1, Q2, Q3, Q4_OLD])
    a, b, c = UserFactory(), UserFactory(), UserFactory()
    submit(quiz, a, {"q1": ["q1b"], "q2": ["true"], "q3": ["q3a"], "q4": ["q4b"]})
    quiz.questions = [Q1, Q2, Q3, Q4]  # q4 reworded
    quiz.save()
    submit(quiz, a, {"q1": ["q1a"], "q2": ["false"], "q3": ["q3a", "q3b"], "q4": ["q4a"]})
    submit(quiz, b, {"q1": ["q1b"], "q2": ["false"], "q3": ["q3a", "q3b", "q3c"], "q4": ["q4a"]})
    submit(quiz, c, {"q1": ["q1c"], "q2": ["true"], "q3": ["q3c"]})
    Attempt.objects.create(user=c, quiz=quiz, number=2, snapshot=build_snapshot(quiz))  # open
    quiz.questions = [Q3, Q1, Q2, Q5]
    quiz.save()
    return quiz


def test_summary_counts_submitted_attempts_and_members(quiz):
    statistics = quiz_statistics(quiz)
    assert statistics.attempts == 4
    assert statistics.members == 3
    assert statistics.attempts_passed == 1
    assert statistics.members_passed == 1
    assert statistics.pass_rate == Decimal("25.0")
    assert statistics.average_score == Decimal("43.8")  # (12.5 + 100 + 62.5 + 0) / 4


def test_questions_follow_the_quiz_then_removed_ones_under_their_newest_prompt(quiz):
    rows = [
        (q.number, q.id, q.prompt, q.answered, q.right, q.right_share)
        for q in quiz_statistics(quiz).questions
    ]
    assert rows == [
        (1, "q3", "Dấu hiệu link giả?", 4, 1, Decimal("25.0")),
        (2, "q1", "Mật khẩu nào mạnh nhất?", 4, 1, Decimal("25.0")),
        (3, "q2", "Nên dùng một mật khẩu cho mọi tài khoản.", 4, 2, Decimal("50.0")),
        (4, "q5", "Câu hỏi mới thêm?", 0, 0, None),
        (5, "q4", "Biểu tượng nào cho thấy trang an toàn?", 4, 2, Decimal("50.0")),
    ]


def test_most_chosen_wrong_answer_per_question(quiz):
    wrong = {q.id: (q.top_wrong_answer, q.top_wrong_count) for q in quiz_statistics(quiz).questions}
    assert wrong == {
        "q3": ("Có chữ https", 2),
        "q1": ("123456", 2),
        "q2": (gettext("True"), 2),
        "q5": ("", 0),
        "q4": ("Ổ khóa mở", 1),
    }


def test_quiz_without_attempts_has_empty_figures(db):
    statistics = quiz_statistics(QuizFactory())
    assert (statistics.attempts, statistics.members) == (0, 0)
    assert statistics.pass_rate is None
    assert statistics.average_score is None
    assert [q.answered for q in statistics.questions] == [0, 0, 0]


# --- the admin page and its download --------------------------------------------------------


@pytest.fixture
def trainer_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_statistics_page_shows_summary_and_question_table(trainer_client, quiz):
    response = trainer_client.get(reverse(STATISTICS, args=[quiz.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "An toàn mật khẩu" in html
    assert "43,8" in html  # average score, in Vietnamese number format
    assert "Biểu tượng nào cho thấy trang an toàn?" in html
    assert "Có chữ https" in html
    assert reverse(STATISTICS_XLSX, args=[quiz.pk]) in html
    assert response.context["statistics"] == quiz_statistics(quiz)


def test_quiz_listing_and_editor_link_to_statistics(trainer_client, quiz):
    url = reverse(STATISTICS, args=[quiz.pk])
    listing = trainer_client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    editor = trainer_client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]))
    assert url in listing.content.decode()
    assert url in editor.content.decode()


def test_member_without_admin_access_is_refused(client, quiz):
    client.force_login(UserFactory())
    for name in (STATISTICS, STATISTICS_XLSX):
        response = client.get(reverse(name, args=[quiz.pk]))
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]
        assert b"43,8" not in response.content


def test_editor_who_may_not_change_quizzes_is_refused(client, quiz):
    editors = Group.objects.create(name="Biên tập viên")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    editor = UserFactory()
    editor.groups.add(editors)
    client.force_login(editor)
    for name in (STATISTICS, STATISTICS_XLSX):
        response = client.get(reverse(name, args=[quiz.pk]))
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert reverse(STATISTICS, args=[quiz.pk]) not in listing.content.decode()


def test_unknown_quiz_is_not_found(trainer_client, db):
    assert trainer_client.get(reverse(STATISTICS, args=[999])).status_code == 404


def _cells(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _number(value):
    return None if value is None else Decimal(str(value))


def test_excel_download_holds_the_same_figures_as_the_page(trainer_client, quiz):
    page = trainer_client.get(reverse(STATISTICS, args=[quiz.pk]))
    response = trainer_client.get(reverse(STATISTICS_XLSX, args=[quiz.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_CONTENT_TYPE
    assert f'filename="thong-ke-{quiz.pk}.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(BytesIO(b"".join(response.streaming_content)), read_only=True)
    assert workbook.sheetnames == [gettext("Overview"), gettext("Questions")]

    overview = _cells(workbook[gettext("Overview")])
    assert overview[0] == [gettext("Quiz"), "An toàn mật khẩu"]
    assert [(label, _number(value)) for label, value in overview[1:]] == [
        (str(label), value) for label, value in page.context["summary"]
    ]

    header, *rows = _cells(workbook[gettext("Questions")])
    assert header == [
        gettext("No."),
        gettext("Question"),
        gettext("Answered"),
        gettext("% right"),
        gettext("Most chosen wrong answer"),
        gettext("Times chosen"),
    ]
    assert [
        (int(n), prompt, int(answered), _number(share), wrong or "", int(times))
        for n, prompt, answered, share, wrong, times in rows
    ] == [
        (q.number, q.prompt, q.answered, q.right_share, q.top_wrong_answer, q.top_wrong_count)
        for q in page.context["statistics"].questions
    ]


def test_text_that_looks_like_a_formula_stays_text(trainer_client, db):
    quiz = QuizFactory(questions=[single("q1", '=HYPERLINK("http://x")')])
    response = trainer_client.get(reverse(STATISTICS_XLSX, args=[quiz.pk]))
    workbook = load_workbook(BytesIO(b"".join(response.streaming_content)))
    cell = workbook[gettext("Questions")]["B2"]
    assert cell.value == '=HYPERLINK("http://x")'
    assert cell.data_type == "s"


# --- query budget ---------------------------------------------------------------------------


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("name", [STATISTICS, STATISTICS_XLSX])
def test_query_count_does_not_grow_with_attempts(trainer_client, name):
    counts = []
    for size in (2, 20):
        quiz = QuizFactory()
        for _ in range(size):
            submit(quiz, UserFactory(), {"q1": ["q1b"], "q2": ["q2a"], "q3": ["false"]})
        url = reverse(name, args=[quiz.pk])
        _count_queries(trainer_client, url)  # warm per-process caches (permissions, site)
        counts.append(_count_queries(trainer_client, url))
    assert counts[0] == counts[1], counts

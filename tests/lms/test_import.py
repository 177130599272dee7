import csv
import datetime
import io
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook, load_workbook
from wagtail.models import ModelLogEntry

from lms.imports.forms import MAX_UPLOAD_SIZE
from lms.imports.rows import ImportFileError, Row, plan_import, read_file
from lms.imports.services import ImportRefused, members_import
from lms.models import Chapter, ChapterCourseStats, Member, Role
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
VI_HEADER = ["Họ và tên", "Số điện thoại", "Mã chi hội", "Năm sinh", "Nghề nghiệp"]
EN_HEADER = ["full_name", "phone", "chapter_code", "birth_year", "occupation"]


# Helpers ------------------------------------------------------------------------------------


def xlsx_file(rows, header=VI_HEADER, name="hoi-vien.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row) if row is not None else [])
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile(name, output.getvalue())


def csv_file(rows, header=VI_HEADER, name="hoi-vien.csv", bom=False, delimiter=","):
    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    data = output.getvalue().encode()
    return SimpleUploadedFile(name, (b"\xef\xbb\xbf" if bom else b"") + data)


def rows_of(*values, start=2):
    return [Row(number, *map(str, row)) for number, row in enumerate(values, start=start)]


def codes(plan):
    return {(row.number, problem.code) for row in plan.rows for problem in row.problems}


@pytest.fixture
def tree():
    """Province > district D (communes > chapters A, B) and district E (chapter X)."""
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE, name="Tỉnh", code="tinh")
    district = ChapterFactory(
        parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện D", code="huyen-d"
    )
    commune = ChapterFactory(parent=district, kind=Chapter.Kind.COMMUNE, name="Xã D", code="xa-d")
    a = ChapterFactory(parent=commune, name="Chi hội A", code="chi-a")
    b = ChapterFactory(parent=commune, name="Chi hội B", code="chi-b")
    other = ChapterFactory(
        parent=province, kind=Chapter.Kind.DISTRICT, name="Huyện E", code="huyen-e"
    )
    other_commune = ChapterFactory(
        parent=other, kind=Chapter.Kind.COMMUNE, name="Xã E", code="xa-e"
    )
    x = ChapterFactory(parent=other_commune, name="Chi hội X", code="chi-x")
    return {"district": district, "commune": commune, "a": a, "b": b, "x": x, "e": other_commune}


def person_with_role(node, kind):
    user = UserFactory()
    Role.objects.create(user=user, node=node, kind=kind)
    return user


@pytest.fixture
def leader(tree):
    return person_with_role(tree["a"], Role.Kind.LEADER)


@pytest.fixture
def official(tree):
    return person_with_role(tree["district"], Role.Kind.OFFICIAL)


def signed_in(user, english=True):
    client = Client()
    client.force_login(user)
    if english:
        client.cookies["django_language"] = "en"
    return client


def upload(client, file):
    return client.post(reverse("lms:member_import"), {"file": file})


def preview_and_confirm(client, file):
    response = upload(client, file)
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.get(reverse("lms:member_import_preview"))
    token = response.context["token"]
    return client.post(reverse("lms:member_import_confirm"), {"token": token})


# Reading files ------------------------------------------------------------------------------


def test_excel_numbers_dates_and_blank_rows_do_not_break_the_reading():
    file = xlsx_file(
        [
            ["Nguyễn Thị Lan", 912345678, "chi-a", 1985.0, "Nông dân"],
            None,  # blank row: skipped, numbering kept
            ["Trần Thị Hoa", 84912345679.0, "chi-a", None, None],
            [None, None, None, None, None],
            ["Lê Thị Mai", "0912 345 680", "chi-a", datetime.datetime(1985, 3, 12), 3.5],
        ]
    )
    rows = read_file(file)
    assert [(row.number, row.phone, row.birth_year) for row in rows[:2]] == [
        (2, "912345678", "1985"),
        (4, "84912345679", ""),
    ]
    assert rows[2].number == 6
    assert rows[2].occupation == "3.5"


def test_excel_file_without_the_required_headers_is_refused():
    with pytest.raises(ImportFileError):
        read_file(xlsx_file([["Lan", "0912345678"]], header=["Tên", "Điện thoại"]))


def test_damaged_excel_file_is_refused_not_crashing():
    with pytest.raises(ImportFileError):
        read_file(SimpleUploadedFile("hong.xlsx", b"PK\x03\x04 not really a zip"))


@pytest.mark.parametrize("bom", [False, True])
def test_utf8_csv_with_vietnamese_letters_is_read_with_or_without_bom(bom):
    rows = read_file(
        csv_file([["Nguyễn Thị Ánh Tuyết", "0912345678", "chi-a", "", "Khác"]], bom=bom)
    )
    assert rows == [Row(2, "Nguyễn Thị Ánh Tuyết", "0912345678", "chi-a", "", "Khác")]


def test_csv_with_english_headers_and_semicolons_is_read():
    file = csv_file(
        [["Phạm Thị Hạnh", "0912345678", "chi-a", "1990", "trader"]],
        header=EN_HEADER,
        delimiter=";",
    )
    assert read_file(file)[0].occupation == "trader"


def test_csv_that_is_not_utf8_is_refused_with_advice():
    text = "Họ và tên,Số điện thoại,Mã chi hội\nLan,0912345678,chi-a\n"
    # Excel's plain "CSV" on Windows writes the ANSI code page, not UTF-8.
    data = unicodedata.normalize("NFD", text).encode("cp1258", errors="replace")
    with pytest.raises(ImportFileError, match="UTF-8"):
        read_file(SimpleUploadedFile("cu.csv", data))


# Checking rows ------------------------------------------------------------------------------


def test_every_kind_of_problem_is_found_on_its_spreadsheet_row(tree, leader):
    MemberFactory(chapter=tree["x"], user__phone="+84987000001")
    UserFactory(phone="+84987000002")  # an account that is not a member
    rows = rows_of(
        ["Nguyễn Thị Một", "0912 000 001", "chi-a", "1985", "Công nhân"],  # 2: fine
        ["Nguyễn Thị Hai", "12345", "chi-a", "", ""],  # 3: bad phone
        ["", "0912 000 003", "chi-a", "", ""],  # 4: missing name
        ["Nguyễn Thị Bốn", "0912 000 004", "khong-co", "", ""],  # 5: unknown chapter
        ["Nguyễn Thị Năm", "0912 000 005", "xa-d", "", ""],  # 6: a commune
        ["Nguyễn Thị Sáu", "0912 000 001", "chi-a", "", ""],  # 7: same phone as row 2
        ["Nguyễn Thị Bảy", "0987 000 001", "chi-a", "", ""],  # 8: member of another chapter
        ["Nguyễn Thị Tám", "0912 000 008", "chi-b", "", ""],  # 9: not her chapter
        ["Nguyễn Thị Chín", "0912 000 009", "chi-a", "1900", ""],  # 10: birth year
        ["Nguyễn Thị Mười", "0912 000 010", "chi-a", "", "bác sĩ"],  # 11: occupation
        ["Nguyễn Thị Mười Một", "0987 000 002", "chi-a", "", ""],  # 12: not a member
        ["Nguyễn Thị Mẫu", "0912 345 678", "chi-a", "1985", "Nông dân"],  # 13: the example
        ["Nguyễn Thị Mười Ba", "", "", "19 85", ""],  # 14: three problems
    )
    plan = plan_import(rows, user=leader)
    assert codes(plan) == {
        (3, "bad_phone"),
        (4, "missing_name"),
        (5, "unknown_chapter"),
        (6, "not_a_chapter"),
        (7, "duplicate_phone"),
        (8, "phone_in_other_chapter"),
        (9, "out_of_scope"),
        (10, "bad_birth_year"),
        (11, "unknown_occupation"),
        (12, "phone_not_member"),
        (13, "example_row"),
        (14, "bad_phone"),
        (14, "missing_chapter"),
        (14, "bad_birth_year"),
    }
    assert plan.new_count == 1
    assert plan.problem_count == 12
    assert not plan.ok


def test_occupations_accept_keys_and_vietnamese_labels_in_any_case(tree, leader):
    rows = rows_of(
        ["Lan", "0912000001", "chi-a", "", "CÔNG NHÂN"],
        ["Hoa", "0912000002", "chi-a", "", "buôn bán/bán hàng online"],
        ["Mai", "0912000003", "chi-a", "", "Office_Worker"],
        ["Cúc", "0912000004", "CHI-A", "", "nhân viên  văn phòng"],
    )
    plan = plan_import(rows, user=leader)
    assert plan.ok
    assert [row.occupation for row in plan.rows] == [
        "factory_worker",
        "trader",
        "office_worker",
        "office_worker",
    ]


def test_phone_of_a_member_of_the_same_chapter_is_an_update(tree, leader):
    MemberFactory(chapter=tree["a"], user__phone="+84912000001")
    plan = plan_import(rows_of(["Lan", "0912000001", "chi-a", "", ""]), user=leader)
    assert plan.ok
    assert (plan.new_count, plan.update_count) == (0, 1)


def test_preview_lists_each_problem_with_its_row_number(tree, leader):
    client = signed_in(leader)
    upload(client, xlsx_file([["Lan", "0912000001", "chi-a"], ["", "123", "chi-b"]]))
    response = client.get(reverse("lms:member_import_preview"))
    page = response.content.decode()
    assert "Row 3: The full name is missing." in page
    assert "Row 3: “123” is not a Vietnamese phone number" in page
    assert "Row 3: You cannot add members to chapter “chi-b”" in page
    assert "Import 2 members" not in page
    assert response.context["plan"].new_count == 1


# Writing ------------------------------------------------------------------------------------


def test_import_creates_accounts_without_usable_passwords_and_members(tree, leader):
    client = signed_in(leader)
    response = preview_and_confirm(
        client,
        xlsx_file(
            [
                ["Nguyễn Thị Lan", "0912000001", "chi-a", 1985, "Nông dân"],
                ["Trần Thị Hoa", 912000002, "chi-a", None, "trader"],
            ]
        ),
    )
    assert response.status_code == 302
    lan = Member.objects.select_related("user").get(user__phone="+84912000001")
    assert (lan.full_name, lan.chapter, lan.birth_year, lan.occupation) == (
        "Nguyễn Thị Lan",
        tree["a"],
        1985,
        "farmer",
    )
    assert not lan.user.has_usable_password()
    assert Member.objects.get(user__phone="+84912000002").occupation == "trader"
    entries = ModelLogEntry.objects.filter(action="wagtail.create", user=leader)
    assert entries.count() == 2
    assert len({entry.uuid for entry in entries}) == 1
    assert "lms_member_import" not in client.session


def test_one_bad_row_means_nothing_is_written(tree, leader):
    rows = rows_of(
        ["Lan", "0912000001", "chi-a", "", ""],
        ["Hoa", "0912000002", "chi-a", "1800", ""],
    )
    with pytest.raises(ImportRefused) as refused:
        members_import(user=leader, rows=rows)
    assert codes(refused.value.plan) == {(3, "bad_birth_year")}
    assert not User.objects.filter(phone__startswith="+8491200").exists()
    assert not Member.objects.exists()


def test_importing_the_same_file_twice_updates_instead_of_duplicating(tree, leader):
    client = signed_in(leader)
    rows = [["Nguyễn Thị Lan", "0912000001", "chi-a", 1985, "Nông dân"]]
    preview_and_confirm(client, xlsx_file(rows))
    rows[0][0] = "Nguyễn Thị Lan Anh"
    rows[0][3] = None  # an empty optional cell keeps what we know
    preview_and_confirm(client, xlsx_file(rows))
    assert User.objects.filter(phone="+84912000001").count() == 1
    member = Member.objects.get()
    assert (member.full_name, member.birth_year, member.occupation) == (
        "Nguyễn Thị Lan Anh",
        1985,
        "farmer",
    )
    assert ModelLogEntry.objects.filter(action="wagtail.edit").count() == 1


def test_official_moves_a_member_between_her_chapters_with_the_course_counters(
    tree, official, home
):
    from courses.models import Enrollment

    member = MemberFactory(chapter=tree["a"], user__phone="+84912000001")
    course, _lessons = course_with_lessons(home, lessons=1)
    Enrollment.objects.create(user=member.user, course=course, completed_at=timezone.now())
    ChapterCourseStats.objects.create(chapter=tree["a"], course=course, started=1, completed=1)
    rows = rows_of(["Lan", "0912000001", "chi-b", "", ""])
    assert plan_import(rows, user=official).move_count == 1
    result = members_import(user=official, rows=rows)
    assert (result.created, result.updated, result.moved) == (0, 1, 1)
    member.refresh_from_db()
    assert member.chapter == tree["b"]
    stats = {s.chapter_id: (s.started, s.completed) for s in ChapterCourseStats.objects.all()}
    assert stats == {tree["a"].pk: (0, 0), tree["b"].pk: (1, 1)}


def test_ten_thousand_rows_import_in_bulk(tree, official):
    header = ",".join(EN_HEADER)
    lines = [header] + [
        f"Hội viên {n},09{n:08d},{'chi-a' if n % 2 else 'chi-b'},{1950 + n % 60},farmer"
        for n in range(10_000)
    ]
    file = SimpleUploadedFile("lon.csv", "\n".join(lines).encode())
    client = signed_in(official)
    response = preview_and_confirm(client, file)
    assert response.status_code == 302
    assert Member.objects.filter(chapter=tree["a"]).count() == 5_000
    assert Member.objects.filter(chapter=tree["b"]).count() == 5_000
    assert User.objects.filter(member__isnull=False).count() == 10_000
    again = members_import(user=official, rows=read_file(file))
    assert (again.created, again.updated) == (0, 10_000)
    assert Member.objects.count() == 10_000


def test_preview_queries_do_not_grow_with_rows(tree, leader, django_assert_max_num_queries):
    client = signed_in(leader)
    upload(client, xlsx_file([[f"Lan {n}", f"0912{n:06d}", "chi-a"] for n in range(300)]))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("lms:member_import_preview"))
    assert response.context["plan"].new_count == 300


# Tampering ----------------------------------------------------------------------------------


def test_confirm_without_a_preview_is_refused(tree, leader):
    client = signed_in(leader)
    response = client.post(reverse("lms:member_import_confirm"), {"token": "made-up"})
    assert response.status_code == 302
    assert not Member.objects.exists()


def test_confirm_with_a_wrong_token_is_refused(tree, leader):
    client = signed_in(leader)
    upload(client, xlsx_file([["Lan", "0912000001", "chi-a"]]))
    response = client.post(reverse("lms:member_import_confirm"), {"token": "guess"})
    assert response.status_code == 302
    assert not Member.objects.exists()


def test_confirm_after_the_chapter_left_her_scope_is_refused(tree, official):
    client = signed_in(official)
    upload(client, xlsx_file([["Lan", "0912000001", "chi-a"]]))
    token = client.get(reverse("lms:member_import_preview")).context["token"]
    tree["a"].move(tree["e"], pos="sorted-child")  # chapter A now belongs to district E
    response = client.post(reverse("lms:member_import_confirm"), {"token": token})
    assert response.status_code == 409
    assert codes(response.context["plan"]) == {(2, "out_of_scope")}
    assert not Member.objects.exists()


def test_posts_need_the_csrf_token(tree, leader):
    client = Client(enforce_csrf_checks=True)
    client.force_login(leader)
    response = client.post(reverse("lms:member_import"), {"file": xlsx_file([])})
    assert response.status_code == 403
    response = client.post(reverse("lms:member_import_confirm"), {"token": "x"})
    assert response.status_code == 403


# Upload form --------------------------------------------------------------------------------


def test_oversized_upload_is_refused_with_a_message(tree, leader):
    client = signed_in(leader)
    big = SimpleUploadedFile("lon.csv", b"a" * (MAX_UPLOAD_SIZE + 1))
    response = upload(client, big)
    assert response.status_code == 200
    assert "the limit is 5.0\xa0MB" in response.content.decode()
    assert "lms_member_import" not in client.session


@pytest.mark.parametrize(
    ("name", "data"),
    [("hoi-vien.xls", b"\xd0\xcf\x11\xe0"), ("hoi-vien.txt", b"Lan"), ("anh.xlsx", b"\x89PNG")],
)
def test_wrong_file_type_is_refused_with_a_message(tree, leader, name, data):
    client = signed_in(leader)
    response = upload(client, SimpleUploadedFile(name, data))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose an Excel file (.xlsx) or a CSV file (.csv)." in page or (
        "not an Excel (.xlsx) file" in page
    )


def test_upload_errors_are_in_vietnamese_by_default(tree, leader):
    client = signed_in(leader, english=False)
    response = upload(client, SimpleUploadedFile("hoi-vien.txt", b"Lan"))
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


# Templates ----------------------------------------------------------------------------------


def test_excel_template_opens_and_reads_back_with_the_example_flagged(tree, leader):
    response = signed_in(leader).get(reverse("lms:member_import_template_xlsx"))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.worksheets[0]
    assert [cell.value for cell in sheet[1]] == VI_HEADER
    assert sheet["C2"].value == "chi-a"
    assert [row[0] for row in workbook["Mã chi hội"].iter_rows(min_row=2, values_only=True)] == [
        "chi-a"
    ]
    rows = read_file(SimpleUploadedFile("mau.xlsx", response.content))
    assert codes(plan_import(rows, user=leader)) == {(2, "example_row")}


def test_csv_template_opens_with_a_bom_and_vietnamese_headers(tree, leader):
    response = signed_in(leader).get(reverse("lms:member_import_template_csv"))
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert response.content.decode("utf-8-sig").splitlines()[0] == ",".join(VI_HEADER)
    assert read_file(SimpleUploadedFile("mau.csv", response.content))[0].chapter_code == "chi-a"


def test_chapter_names_in_the_excel_template_never_run_as_formulas(tree, official):
    tree["b"].name = '=HYPERLINK("http://evil.example","Bấm vào đây")'
    tree["b"].save()
    response = signed_in(official).get(reverse("lms:member_import_template_xlsx"))
    sheet = load_workbook(io.BytesIO(response.content))["Mã chi hội"]
    cells = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    assert cells["chi-b"].value == '=HYPERLINK("http://evil.example","Bấm vào đây")'
    assert cells["chi-b"].data_type == "s"  # text, not a formula ("f")


# Permissions --------------------------------------------------------------------------------

URL_NAMES = [
    "lms:member_import",
    "lms:member_import_preview",
    "lms:member_import_template_xlsx",
    "lms:member_import_template_csv",
]


@pytest.mark.parametrize("name", URL_NAMES)
def test_anonymous_visitors_are_sent_to_sign_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("lms:signin"))


def test_anonymous_confirm_is_sent_to_sign_in(client):
    response = client.post(reverse("lms:member_import_confirm"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("lms:signin"))


@pytest.mark.parametrize("name", URL_NAMES)
def test_members_without_roles_are_forbidden(tree, client, name):
    client.force_login(MemberFactory(chapter=tree["a"]).user)
    assert client.get(reverse(name)).status_code == 403


def test_trainers_without_a_node_scope_are_forbidden(tree, client):
    client.force_login(person_with_role(tree["a"], Role.Kind.TRAINER))
    assert client.post(reverse("lms:member_import_confirm")).status_code == 403


def test_leader_of_a_cannot_import_into_b(tree, leader):
    client = signed_in(leader)
    upload(client, xlsx_file([["Lan", "0912000001", "chi-b"]]))
    response = client.get(reverse("lms:member_import_preview"))
    assert codes(response.context["plan"]) == {(2, "out_of_scope")}
    token = response.context["token"]
    response = client.post(reverse("lms:member_import_confirm"), {"token": token})
    assert response.status_code == 409
    assert not Member.objects.exists()


def test_official_of_the_district_imports_into_its_chapters_only(tree, official):
    client = signed_in(official)
    preview_and_confirm(
        client,
        xlsx_file([["Lan", "0912000001", "chi-a"], ["Hoa", "0912000002", "chi-b"]]),
    )
    assert Member.objects.count() == 2
    upload(client, xlsx_file([["Mai", "0912000003", "chi-x"]]))
    plan = client.get(reverse("lms:member_import_preview")).context["plan"]
    assert codes(plan) == {(2, "out_of_scope")}


def test_official_cannot_pull_a_member_out_of_another_district(tree, official):
    MemberFactory(chapter=tree["x"], user__phone="+84912000001", full_name="Lan")
    plan = plan_import(rows_of(["Lan mới", "0912000001", "chi-a", "", ""]), user=official)
    assert codes(plan) == {(2, "phone_in_other_chapter")}


def test_superuser_imports_anywhere(tree):
    admin = User.objects.create_superuser(phone="0900000001", password="mat-khau-quan-tri")
    client = signed_in(admin)
    response = preview_and_confirm(
        client,
        xlsx_file([["Lan", "0912000001", "chi-x"], ["Hoa", "0912000002", "chi-a"]]),
    )
    assert response.status_code == 302
    assert Member.objects.count() == 2

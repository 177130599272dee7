"""Course packages: a round trip through export and import gives the same course, quizzes
and pictures; every bad package is refused with its message and nothing created."""

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.models import CoursePage
from courses.packages import PackageError, SlugTaken, export_course, import_course, read_package
from quizzes.models import Quiz
from tests.courses.package_fixtures import build_course, counts, png, site_course, site_images

pytestmark = pytest.mark.django_db


def media_files():
    return sorted(p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file())


def unzip(data):
    archive = zipfile.ZipFile(io.BytesIO(data))
    files = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(files.pop("manifest.json")), files


def make_zip(manifest, files, *, extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for name, data in files.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return buffer.getvalue()


@pytest.fixture
def exported(home):
    """The package of the full course, then the site emptied of it (pages, quizzes, images)."""
    course = build_course(home)
    before = site_course(course)
    images = site_images()
    data = export_course(course)
    course.delete()
    Quiz.objects.all().delete()
    for image in get_image_model().objects.all():
        image.file.delete(save=False)
        image.delete()
    assert not CoursePage.objects.exists() and not Quiz.objects.exists()
    return data, before, images


def test_round_trip_gives_identical_pages_quizzes_and_pictures(exported, home):
    data, before, images = exported
    course = import_course(data, parent=home, publish=True)
    assert course.get_parent().pk == home.pk and course.live
    assert site_course(course) == before
    assert site_images() == images
    assert len(images) == 5  # each picture once, however often it is used


def test_exporting_twice_gives_the_same_bytes(home):
    course = build_course(home)
    assert export_course(course) == export_course(course)


def test_manifest_names_pictures_by_file_and_keeps_rich_text(home):
    course = build_course(home)
    manifest, files = unzip(export_course(course))
    assert manifest["format"] == "sen-course-package" and manifest["version"] == 1
    assert manifest["course"]["cover"] == "images/bia.png"
    assert sorted(files) == sorted(manifest["images"])
    assert all(name.startswith("images/") for name in files)
    figure = manifest["lessons"][0]["body"][1]["value"]["image"]
    assert figure == {"image": "images/zalo.png", "alt_text": "Màn hình Zalo", "decorative": False}
    assert manifest["lessons"][0]["body"][0]["value"] == "<h3>Chào</h3><ul><li>Một</li></ul>"
    assert [lesson["quiz"] for lesson in manifest["lessons"]] == ["quiz-1", "quiz-2"]
    assert manifest["course"]["final_quiz"] == "quiz-3"


def test_import_as_draft_creates_unpublished_pages(exported, home, client):
    data, before, _ = exported
    course = import_course(data, parent=home, publish=False)
    assert not course.live and course.has_unpublished_changes
    assert not any(lesson.live for lesson in course.get_children())
    assert client.get("/an-toan/").status_code == 404


def test_import_from_a_folder(exported, home, tmp_path):
    data, before, _ = exported
    zipfile.ZipFile(io.BytesIO(data)).extractall(tmp_path / "pkg")
    course = import_course(tmp_path / "pkg", parent=home, publish=True)
    assert site_course(course) == before


def test_internal_page_links_become_plain_links(home):
    course = build_course(home)
    course.intro = f'<p>Xem <a linktype="page" id="{home.pk}">trang chủ</a>.</p>'
    course.save()
    manifest, _ = unzip(export_course(course))
    assert manifest["course"]["intro"] == f'<p>Xem <a href="{home.full_url}">trang chủ</a>.</p>'


def test_a_used_address_is_refused_with_a_free_one_offered(home):
    course = build_course(home)
    data = export_course(course)
    before = counts()
    with pytest.raises(SlugTaken) as error:
        import_course(data, parent=home)
    assert error.value.suggestion == "an-toan-2"
    assert str(error.value) == (
        "Đã có một trang với địa chỉ “an-toan” ở đây. Hãy nhập khóa học với địa chỉ khác, "
        "ví dụ “an-toan-2”."
    )
    assert counts() == before
    copy = import_course(data, parent=home, slug="an-toan-2")
    assert copy.slug == "an-toan-2" and copy.title == course.title


# --- bad packages ---------------------------------------------------------------------------


@pytest.fixture
def package(home):
    """(manifest, files) of a good package; the site keeps the course (other slug below)."""
    course = build_course(home)
    manifest, files = unzip(export_course(course))
    manifest["course"]["slug"] = "khoa-moi"
    return manifest, files


def refused(home, data, message):
    before, files = counts(), media_files()
    with pytest.raises(PackageError) as error:
        import_course(data, parent=home, publish=True)
    assert str(error.value) == message
    assert counts() == before
    assert media_files() == files


def test_the_good_package_fixture_imports(home, package):
    manifest, files = package
    course = import_course(make_zip(manifest, files), parent=home)
    assert course.slug == "khoa-moi"


def test_missing_manifest(home, package):
    refused(home, make_zip(None, package[1]), "Gói không có tệp manifest.json.")


def test_missing_picture_file(home, package):
    manifest, files = package
    del files["images/zalo.png"]
    refused(home, make_zip(manifest, files), "Gói không có tệp images/zalo.png.")


def test_picture_not_listed(home, package):
    manifest, files = package
    manifest["lessons"][0]["body"][1]["value"]["image"]["image"] = "images/khac.png"
    refused(
        home,
        make_zip(manifest, files),
        "Bài học “Bài 1” dùng một hình không có trong gói (images/khac.png).",
    )


def test_unknown_block_type(home, package):
    manifest, files = package
    manifest["lessons"][1]["body"].append({"type": "carousel", "value": {}, "id": "x"})
    refused(home, make_zip(manifest, files), "Loại khối “carousel” lạ trong bài học “Bài 2”.")


def test_malformed_block_value(home, package):
    manifest, files = package
    manifest["lessons"][0]["body"][2]["value"]["minutes"] = 900
    refused(
        home,
        make_zip(manifest, files),
        "Bài học “Bài 1”: Đảm bảo giá trị này là nhỏ hơn hoặc bằng với 180 .",
    )


def test_a_question_without_correct_choice(home, package):
    manifest, files = package
    choices = manifest["quizzes"][0]["questions"][0]["value"]["choices"]
    choices[0]["value"]["correct"] = False
    refused(
        home,
        make_zip(manifest, files),
        "Bài kiểm tra “Kiểm tra bài 1”: Hãy đánh dấu đúng một lựa chọn là đáp án đúng.",
    )


def test_unsupported_format_version(home, package):
    manifest, files = package
    manifest["version"] = 2
    refused(
        home,
        make_zip(manifest, files),
        "Gói này có định dạng phiên bản 2; Sen này đọc được phiên bản 1.",
    )


def test_oversized_package(home, package, settings):
    settings.SEN_COURSE_PACKAGE_MAX_BYTES = 1000
    refused(home, make_zip(*package), "Gói quá lớn: tối đa 1000\xa0byte.")


def test_too_many_files(home, package, settings):
    settings.SEN_COURSE_PACKAGE_MAX_FILES = 3
    refused(home, make_zip(*package), "Gói có quá nhiều tệp: tối đa 3.")


def test_zip_bomb(home, package):
    manifest, files = package
    files["images/bom.png"] = b"\0" * (5 * 1024 * 1024)  # compresses a thousandfold
    refused(home, make_zip(manifest, files), "Gói quá lớn: tối đa 200,0\xa0MB khi giải nén.")


@pytest.mark.parametrize("name", ["../ngoai.png", "/etc/passwd", "images/../../x", "C:/x.png"])
def test_path_traversal(home, package, name):
    manifest, files = package
    files[name] = png("red")
    refused(home, make_zip(manifest, files), f"Gói có một tệp nằm ngoài thư mục của gói ({name}).")


def test_symlink_in_zip(home, package):
    manifest, files = package
    link = zipfile.ZipInfo("images/link.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    refused(
        home,
        make_zip(manifest, files, extra=[(link, "/etc/passwd")]),
        "Gói có một liên kết thay cho tệp (images/link.png).",
    )


def test_symlink_in_folder(home, package, tmp_path):
    manifest, files = package
    folder = tmp_path / "pkg"
    zipfile.ZipFile(io.BytesIO(make_zip(manifest, files))).extractall(folder)
    (folder / "images" / "link.png").symlink_to("/etc/passwd")
    refused(home, folder, "Gói có một liên kết thay cho tệp (images/link.png).")


def test_a_non_picture_named_as_picture(home, package):
    manifest, files = package
    files["images/zalo.png"] = b"#!/bin/sh\necho hello\n"
    refused(
        home, make_zip(manifest, files), "images/zalo.png không phải là hình Sen hiển thị được."
    )


def test_a_scripted_svg(home, package):
    manifest, files = package
    files["images/tin-nhan.svg"] = (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    )
    refused(
        home,
        make_zip(manifest, files),
        "images/tin-nhan.svg chứa mã lệnh; Sen không nhập những hình như vậy.",
    )


def test_not_a_zip(home):
    refused(home, b"hello", "Tệp này không phải là gói khóa học dạng zip.")


def test_a_failure_after_pictures_are_stored_removes_them(home, package):
    """The block check runs once pictures exist (ImageBlock needs their ids): the
    transaction is rolled back and the stored files deleted."""
    manifest, files = package
    manifest["quizzes"][-1]["questions"] = []
    before_files = media_files()
    refused(
        home,
        make_zip(manifest, files),
        "Bài kiểm tra “Cuối khóa”: Bài kiểm tra cần ít nhất một câu hỏi.",
    )
    assert media_files() == before_files


def test_read_package_creates_nothing_and_describes_the_course(home, package):
    before = counts()
    found = read_package(make_zip(*package))
    assert (found.title, found.slug, len(found.lessons), len(found.quizzes)) == (
        "An toàn tài khoản",
        "khoa-moi",
        2,
        3,
    )
    assert found.question_count == 7 and len(found.images) == 5
    assert counts() == before
    assert Page.objects.filter(slug="khoa-moi").count() == 0


# --- when right answers are shown (quizzes' show_answers) -----------------------------------


def test_the_manifest_says_when_each_quiz_shows_its_right_answers(home):
    manifest, _ = unzip(export_course(build_course(home)))
    shown = {quiz["title"]: quiz["show_answers"] for quiz in manifest["quizzes"]}
    assert shown == {
        "Kiểm tra bài 1": "each_attempt",
        "Kiểm tra bài 2": "last_attempt",
        "Cuối khóa": "passed_or_last",
    }


def test_a_package_made_before_the_setting_imports_with_the_default(home, package):
    manifest, files = package
    for quiz in manifest["quizzes"]:
        del quiz["show_answers"]
    course = import_course(make_zip(manifest, files), parent=home, publish=True)
    assert course.final_quiz.show_answers == "passed_or_last"
    lesson_quizzes = [lesson.specific.quiz for lesson in course.get_children()]
    assert [quiz.show_answers for quiz in lesson_quizzes] == ["passed_or_last"] * 2


def test_an_unknown_show_answers_value_is_refused(home, package):
    manifest, files = package
    manifest["quizzes"][0]["show_answers"] = "sometimes"
    before = counts()
    with pytest.raises(PackageError) as error:
        import_course(make_zip(manifest, files), parent=home, publish=True)
    assert "show_answers" in str(error.value) and "sometimes" in str(error.value)
    assert counts() == before

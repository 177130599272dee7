"""A district official asks for her member list on a 360 px phone with JavaScript off: the
button posts, the progress page waits for the worker and reloads itself, then offers the
download; every page fits the phone."""

import io

import pytest
from openpyxl import load_workbook

from lms.dashboards.export_jobs import export_job_run
from lms.models import Chapter, ExportJob, Role
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_official_waits_for_her_member_list_then_downloads_it(new_phone, home, chapter, settings):
    district = chapter.get_parent().get_parent()
    assert district.kind == Chapter.Kind.DISTRICT
    for name in ("Trần Thị Mai", "Lê Thị Lan", "Phạm Thị Hồng"):
        MemberFactory(chapter=chapter, full_name=name)
    official = UserFactory(phone="+84987000003")
    MemberFactory(chapter=ChapterFactory(name="Chi hội cơ quan"), user=official)  # elsewhere
    Role.objects.create(user=official, node=district, kind=Role.Kind.OFFICIAL)

    phone = new_phone(java_script_enabled=False)
    sign_in(phone, "0987 000 003")
    settings.TASKS = {  # the file waits for a worker, as on the real site
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    phone.goto(f"/dashboard/{district.code}/")
    problems = layout_problems(phone, "dashboard")
    phone.locator("form[action*='members.xlsx'] button").click()
    phone.get_by_text("Đang chờ bắt đầu…").wait_for()
    problems += layout_problems(phone, "waiting")
    assert phone.locator("meta[http-equiv=refresh]").count() == 1

    export_job_run(ExportJob.objects.get().pk)  # the worker; the page finds out by itself
    download_button = phone.get_by_role("link", name="Tải tệp về")
    download_button.wait_for(timeout=8_000)
    assert phone.get_by_text("Tệp đã sẵn sàng: 3 hội viên.").is_visible()
    problems += layout_problems(phone, "ready")
    with phone.expect_download() as download:
        download_button.click()
    assert download.value.suggested_filename == f"hoi-vien-{district.code}.xlsx"
    sheet = load_workbook(io.BytesIO(open(download.value.path(), "rb").read())).active
    names = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert names == ["Lê Thị Lan", "Phạm Thị Hồng", "Trần Thị Mai"]

    phone.goto("/dashboard/exports/mine/")
    problems += layout_problems(phone, "my files")
    assert phone.locator(".export-list li").count() == 1
    assert problems == []

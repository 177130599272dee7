"""A leader imports a member list on her phone, JavaScript off: upload, check, import, then the
job's page follows the background write by itself (a meta refresh) until the summary.

Selectors are ids, URLs and classes, not Vietnamese text."""

import pytest

from lms.imports import jobs
from lms.models import Member, MemberImportJob, Role
from tests.e2e.conftest import sign_in
from tests.e2e.test_layout import layout_problems
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_leader_imports_a_list_and_her_page_follows_the_background_write(
    new_phone, home, chapter, tmp_path, settings
):
    settings.SEN_TASKS = "database"  # the write waits for a worker: the test plays it
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    leader = UserFactory(phone="+84987000002")
    MemberFactory(chapter=chapter, user=leader, full_name="Lê Thị Chi Hội Trưởng")
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    lines = ["Họ và tên,Số điện thoại,Mã chi hội"] + [
        f"Nguyễn Thị Hội Viên Số {n},0916{n:06d},{chapter.code}" for n in range(30)
    ]
    listing = tmp_path / "danh-sach-hoi-vien-thon-binh-yen.csv"
    listing.write_text("\n".join(lines), encoding="utf-8")

    page = new_phone(java_script_enabled=False)
    sign_in(page, "0987 000 002")
    page.goto("/members/import/")
    page.set_input_files('input[type="file"]', str(listing))
    page.locator('form[enctype="multipart/form-data"] [type="submit"]').click()
    page.wait_for_url("**/members/import/preview/")
    page.locator('form[action="/members/import/confirm/"] button').click()
    page.wait_for_url("**/members/import/jobs/*/")
    problems = layout_problems(page, "import under way")
    assert page.locator('meta[http-equiv="refresh"]').count() == 1
    assert page.locator(".progress-bar").count() == 1
    assert not Member.objects.filter(chapter=chapter, user__phone__startswith="+84916").exists()

    job = MemberImportJob.objects.get()
    jobs.member_import_run(job_id=job.pk)  # the worker

    page.locator(".import-counts").wait_for(timeout=10_000)  # the page reloaded itself
    problems += layout_problems(page, "import summary")
    assert page.locator('meta[http-equiv="refresh"]').count() == 0
    assert "30" in page.locator(".import-counts li").first.inner_text()
    page.locator('a.button[href="/members/import/"]').click()  # "Import another list"
    page.locator(f'a[href="/members/import/jobs/{job.pk}/"]').wait_for()  # her recent imports
    problems += layout_problems(page, "upload page with her recent imports")
    assert problems == []
    assert Member.objects.filter(chapter=chapter, user__phone__startswith="+84916").count() == 30

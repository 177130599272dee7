import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from courses.blocks import LessonBodyBlock
from courses.models import CourseIndexPage, CoursePage, Enrollment, LessonCompletion, LessonPage
from demo.loader import manifests
from lms.models import Chapter, Member

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "path", "title", "live")),
        "revisions": Revision.objects.count(),
        "chapters": sorted(Chapter.objects.values_list("code", "path", "invite_code")),
        "members": sorted(Member.objects.values_list("user__phone", "full_name", "chapter_id")),
        "completions": sorted(
            LessonCompletion.objects.values_list("user_id", "lesson_id", "completed_at")
        ),
        "enrollments": sorted(
            Enrollment.objects.values_list("user_id", "course_id", "lessons_done", "completed_at")
        ),
    }


def test_load_demo_twice_changes_nothing(capsys):
    call_command("load_demo")
    first = _snapshot()
    call_command("load_demo")
    assert _snapshot() == first
    out = capsys.readouterr().out
    assert "0900 000 001" in out and "/join/" in out


def test_demo_has_three_courses_on_the_home_page_and_the_union_tree():
    call_command("load_demo")
    index = CourseIndexPage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == index.pk
    titles = list(CoursePage.objects.child_of(index).live().values_list("title", flat=True))
    assert titles == ["Bán hàng online", "An toàn tài khoản", "Sử dụng mạng xã hội"]
    for course in CoursePage.objects.all():
        assert LessonPage.objects.child_of(course).live().count() >= 4
    kinds = {kind: Chapter.objects.filter(kind=kind).count() for kind in Chapter.Kind.values}
    assert kinds == {"province": 1, "district": 2, "commune": 4, "chapter": 8}
    assert 35 <= Member.objects.count() <= 45
    # varied progress: some finished a course, some part-way, some nothing at all
    assert Enrollment.objects.exclude(completed_at=None).exists()
    assert Enrollment.objects.filter(completed_at=None).exists()
    assert Member.objects.exclude(user__enrollments__isnull=False).exists()


@pytest.mark.parametrize("manifest", manifests(), ids=lambda m: m["course"]["slug"])
def test_demo_lessons_are_valid_for_the_admin_editor(manifest):
    """Each lesson body of the demo packages passes the same validation as a trainer's edit
    in the admin (they hold no pictures, so the package data is the stored data)."""
    block = LessonBodyBlock()
    for lesson in manifest["lessons"]:
        block.clean(block.to_python(lesson["body"]))
        assert 3 <= lesson["minutes"] <= 10


def test_demo_home_page_serves_in_vietnamese(client):
    call_command("load_demo")
    body = client.get("/").content.decode()
    assert "Bán hàng online" in body and "An toàn tài khoản" in body
    assert 'lang="vi"' in body

import pytest
from django.urls import reverse

from courses.models import CourseIndexPage, CoursePage, LessonPage
from courses.services import lesson_complete
from tests.courses.factories import course_with_lessons, done_url
from tests.lms.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]
    assert LessonPage.allowed_parent_page_models() == [CoursePage]
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [LessonPage]
    assert LessonPage.allowed_subpage_models() == []


def test_a_lesson_cannot_be_created_under_the_course_index(home):
    assert not LessonPage.can_create_at(home)
    assert CoursePage.can_create_at(home)


def test_home_lists_courses_with_lesson_count_and_her_progress(client, home):
    course, lessons = course_with_lessons(home, lessons=4, title="An toàn tài khoản")
    member = MemberFactory().user
    lesson_complete(user=member, lesson=lessons[0])
    client.force_login(member)
    body = client.get("/").content.decode()
    assert "An toàn tài khoản" in body
    assert "4 bài học" in body
    assert "Đã học 1/4 bài" in body
    assert 'aria-valuenow="25"' in body


def test_course_page_offers_continue_to_the_next_undone_lesson(client, home):
    course, lessons = course_with_lessons(home, lessons=4)
    member = MemberFactory().user
    lesson_complete(user=member, lesson=lessons[0])
    lesson_complete(user=member, lesson=lessons[2])
    client.force_login(member)
    response = client.get(course.url)
    assert response.context["progress"].next_item.lesson.pk == lessons[1].pk
    body = response.content.decode()
    assert f'href="{lessons[1].url}">Học tiếp' in body
    assert body.count("✓</span>") == 2


def test_anonymous_visitor_reads_a_lesson_and_is_invited_to_sign_in(client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    response = client.get(lessons[0].url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Không bao giờ đọc mã OTP cho người khác." in body
    assert "Đăng nhập để lưu tiến độ" in body
    assert done_url(lessons[0]) not in body


def test_lesson_page_shows_done_state_and_next_lesson(client, home):
    course, lessons = course_with_lessons(home, lessons=2)
    member = MemberFactory().user
    lesson_complete(user=member, lesson=lessons[0])
    client.force_login(member)
    body = client.get(lessons[0].url).content.decode()
    assert "Chị đã học xong bài này" in body
    assert lessons[1].url in body


def test_my_learning_splits_in_progress_and_completed(client, home):
    first, first_lessons = course_with_lessons(home, lessons=2, title="Khóa A")
    second, second_lessons = course_with_lessons(home, lessons=2, title="Khóa B")
    member = MemberFactory().user
    for lesson in first_lessons:
        lesson_complete(user=member, lesson=lesson)
    lesson_complete(user=member, lesson=second_lessons[0])
    client.force_login(member)
    response = client.get(reverse("courses:my_learning"))
    assert [card.course.title for card, _ in response.context["in_progress"]] == ["Khóa B"]
    assert [card.course.title for card, _ in response.context["completed"]] == ["Khóa A"]


def test_my_learning_needs_sign_in(client, db):
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302


def test_lesson_body_blocks_render(client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    lesson = lessons[0]
    lesson.body = [
        {
            "type": "steps",
            "value": {
                "title": "Bật xác thực 2 bước",
                "steps": [{"text": "<p>Mở Cài đặt.</p>", "screenshot": None}],
            },
        },
        {"type": "do_dont", "value": {"do": ["Kiểm tra tên miền"], "dont": ["Bấm link lạ"]}},
        {
            "type": "video",
            "value": {
                "url": "https://video.example/otp",
                "title": "Lừa OTP",
                "minutes": 3,
                "size_mb": "12.5",
            },
        },
    ]
    lesson.save_revision().publish()
    body = client.get(lesson.url).content.decode()
    assert "Bật xác thực 2 bước" in body and "Mở Cài đặt." in body
    assert "Kiểm tra tên miền" in body and "Bấm link lạ" in body
    assert "12.5 MB" in body or "12,5 MB" in body


def _with_picture(lesson):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Ảnh", file=get_test_image_file())
    lesson.body = [
        {"type": "text", "value": "<p>Bản cũ.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "Màn hình Zalo", "decorative": False},
                "caption": "",
            },
        },
    ]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def test_rendered_lesson_body_is_reused_until_a_new_revision_is_published(client, home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    course, lessons = course_with_lessons(home, lessons=1)
    lesson = _with_picture(lessons[0])
    with CaptureQueriesContext(connection) as first:
        body = client.get(lesson.url).content.decode()
    assert 'alt="Màn hình Zalo"' in body and ".webp" in body
    with CaptureQueriesContext(connection) as second:
        client.get(lesson.url)
    assert len(second.captured_queries) < len(first.captured_queries)

    lesson.body = [{"type": "text", "value": "<p>Bản mới.</p>"}]
    lesson.save_revision().publish()
    body = client.get(lesson.url).content.decode()
    assert "Bản mới." in body and "Bản cũ." not in body

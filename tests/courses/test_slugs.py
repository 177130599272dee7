"""Page slugs are short ASCII from Vietnamese titles, in code and in the admin."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CoursePage, LessonPage
from courses.slugs import slugify_vi
from lms.chapters.groups import TRAINERS_GROUP, ensure_trainers_group
from tests.courses.factories import CoursePageFactory, LessonPageFactory
from tests.lms.factories import UserFactory

# Written by hand, letter by letter: the oracle for every Vietnamese vowel, tone and đ.
TITLES = [
    ("Bảo vệ con khỏi lừa đảo trên mạng", "bao-ve-con-khoi-lua-dao-tren-mang"),
    ("Đăng ký tài khoản Zalo", "dang-ky-tai-khoan-zalo"),
    ("ĐỪNG ĐỌC MÃ OTP CHO AI", "dung-doc-ma-otp-cho-ai"),
    ("Mật khẩu mạnh: 3 bước", "mat-khau-manh-3-buoc"),
    ("Bán hàng online - Phần 2", "ban-hang-online-phan-2"),
    ("Ăn ở, uống nước: ơn, ưng", "an-o-uong-nuoc-on-ung"),
    ("Thủy, thuỷ, quỹ, kỹ, lý", "thuy-thuy-quy-ky-ly"),
    ("  Khoảng   trắng  thừa  ", "khoang-trang-thua"),
    ("Chuyển khoản 100.000đ?", "chuyen-khoan-100000d"),
    # Decomposed accents (a base letter followed by combining marks), as some keyboards type.
    ("Lu\u031b\u0300a đa\u0309o", "lua-dao"),
    ("Video: xem & làm theo!", "video-xem-lam-theo"),
    ("???", ""),
]


@pytest.mark.parametrize(("title", "slug"), TITLES)
def test_slugify_vi_makes_ascii_words(title, slug):
    assert slugify_vi(title) == slug


@pytest.mark.django_db
def test_a_page_created_in_code_without_a_slug_gets_the_ascii_one(home):
    course = CoursePageFactory.build(title="Bảo vệ con khỏi lừa đảo trên mạng", slug="")
    home.add_child(instance=course)
    assert CoursePage.objects.get(pk=course.pk).slug == "bao-ve-con-khoi-lua-dao-tren-mang"
    twin = CoursePageFactory.build(title="Bảo vệ con khỏi lừa đảo trên mạng", slug="")
    home.add_child(instance=twin)
    assert twin.slug == "bao-ve-con-khoi-lua-dao-tren-mang-2"


@pytest.mark.django_db
def test_existing_slugs_are_kept(home):
    course = CoursePageFactory(parent=home, title="An toàn", slug="an-toan-cu")
    course.title = "Đổi tên khóa học"
    course.save_revision().publish()
    assert CoursePage.objects.get(pk=course.pk).slug == "an-toan-cu"


@pytest.fixture
def trainer_client(client, home):
    ensure_trainers_group()
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    client.force_login(trainer)
    return client


def new_lesson_form(title, slug):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "minutes": "5",
            "body": streamfield([("text", rich_text("<p>Nội dung.</p>"))]),
            "quiz": "",
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


@pytest.mark.django_db
def test_admin_publishes_the_ascii_slug_the_title_gave(trainer_client, home):
    course = CoursePageFactory(parent=home)
    url = f"/admin/pages/add/courses/lessonpage/{course.pk}/"
    form = new_lesson_form("Lừa đảo qua mạng xã hội", "lua-dao-qua-mang-xa-hoi")
    assert trainer_client.post(url, form).status_code == 302
    assert LessonPage.objects.get().url_path.endswith("/lua-dao-qua-mang-xa-hoi/")


@pytest.mark.django_db
def test_slug_field_carries_the_vietnamese_rules_for_the_title_script(trainer_client, home):
    lesson = LessonPageFactory(parent=CoursePageFactory(parent=home))
    html = trainer_client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert "data-w-slug-formatters-value=" in html
    assert "data-w-slug-allow-unicode-value" not in html  # false: ASCII only

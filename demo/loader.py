"""The demo courses: course packages (``demo/courses/<slug>/``) loaded through the same
importer a trainer uses in the admin. Idempotent: a course already under the home page is
left alone (a trainer may have edited it)."""

import json
from pathlib import Path

from django.db import transaction
from wagtail.models import Page, Site

from courses.models import CourseIndexPage, CoursePage
from courses.packages import import_course

PACKAGES = Path(__file__).resolve().parent / "courses"
# In the order of the home page.
COURSE_SLUGS = ["ban-hang-online", "an-toan-tai-khoan", "su-dung-mang-xa-hoi"]
INDEX_TITLE = "Học kỹ năng số cùng Hội"
INDEX_INTRO = (
    "<p>Những bài học ngắn, dễ hiểu trên điện thoại: bán hàng online, giữ an toàn tài khoản "
    "và dùng mạng xã hội cho chi hội. Mỗi bài chỉ 5–8 phút, học lúc nào cũng được.</p>"
)


def package_folders():
    return [PACKAGES / slug for slug in COURSE_SLUGS]


def manifests():
    """The demo packages' manifests, in home-page order."""
    return [
        json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for folder in package_folders()
    ]


def lesson_contents():
    """``(title, summary, minutes, body stream data)`` of every demo lesson (the scale-data
    generator fills its courses with them; they hold no pictures)."""
    return [
        (lesson["title"], lesson["summary"], lesson["minutes"], lesson["body"])
        for manifest in manifests()
        for lesson in manifest["lessons"]
    ]


def _publish(page):
    page.save_revision().publish()


def ensure_course_index():
    """The home page: a course index at the root of the default site."""
    index = CourseIndexPage.objects.first()
    root = Page.get_first_root_node()
    if index is None:
        index = CourseIndexPage(title=INDEX_TITLE, slug="hoc", intro=INDEX_INTRO)
        root.add_child(instance=index)
        _publish(index)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=index,
            is_default_site=True,
            site_name="Sen",
        )
    elif site.root_page_id != index.pk:
        old_root = site.root_page
        site.root_page = index
        site.site_name = "Sen"
        site.save()
        # Wagtail's "Welcome" placeholder is not ours to keep.
        if old_root.specific_class is Page and old_root.depth == 2 and not old_root.get_children():
            old_root.delete()
    return index


@transaction.atomic
def load_courses():
    """Import each demo course missing from the home page, published. Returns
    ``(courses in home-page order, how many were created)``."""
    index = ensure_course_index()
    courses, created = [], 0
    for folder in package_folders():
        course = CoursePage.objects.child_of(index).filter(slug=folder.name).first()
        if course is None:
            course = import_course(folder, parent=index, publish=True)
            created += 1
        courses.append(course)
    return courses, created

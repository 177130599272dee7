"""Create the demo course pages from the content modules beside this file. Idempotent."""

import importlib
import io
import random

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from courses.demo.quizzes import load_quizzes
from courses.models import CourseIndexPage, CoursePage, LessonPage

COURSE_MODULES = ["course_selling", "course_safety", "course_social"]
INDEX_TITLE = "Học kỹ năng số cùng Hội"
INDEX_INTRO = (
    "<p>Những bài học ngắn, dễ hiểu trên điện thoại: bán hàng online, giữ an toàn tài khoản "
    "và dùng mạng xã hội cho chi hội. Mỗi bài chỉ 5–8 phút, học lúc nào cũng được.</p>"
)


def demo_courses():
    """The course dicts, in the order they appear on the home page."""
    return [importlib.import_module(f"courses.demo.{name}").COURSE for name in COURSE_MODULES]


def _cover_image(course):
    """A simple generated cover (no text, so no font is needed), made once per course."""
    image_model = get_image_model()
    title = f"Ảnh bìa: {course['title']}"
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(course["slug"])  # noqa: S311 - decoration, not security
    colour = course["color"]
    canvas = PILImage.new("RGB", (720, 280), colour)
    draw = ImageDraw.Draw(canvas)
    for _ in range(9):
        x, y, r = rng.randint(0, 720), rng.randint(0, 280), rng.randint(30, 110)
        draw.ellipse((x - r, y - r, x + r, y + r), outline=(255, 255, 255), width=4)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return image_model.objects.create(
        title=title, file=ImageFile(buffer, name=f"cover-{course['slug']}.png")
    )


NO_IMAGE = {"image": None, "alt_text": "", "decorative": False}


def lesson_stream_data(blocks):
    body = []
    for block_type, value in blocks:
        if block_type == "steps":
            value = {
                "title": value["title"],
                "steps": [
                    {"text": step["text"], "screenshot": NO_IMAGE} for step in value["steps"]
                ],
            }
        body.append({"type": block_type, "value": value})
    return body


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
    """Create any missing demo course or lesson; never touch one that exists (trainers' edits)."""
    index = ensure_course_index()
    created = 0
    courses = []
    for data in demo_courses():
        course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if course is None:
            course = CoursePage(
                title=data["title"],
                slug=data["slug"],
                topic=data["topic"],
                summary=data["summary"],
                color=data["color"],
                intro=data["intro"],
                outcomes=[{"type": "outcome", "value": text} for text in data["outcomes"]],
                cover=_cover_image(data),
            )
            index.add_child(instance=course)
            _publish(course)
            created += 1
        existing = set(LessonPage.objects.child_of(course).values_list("slug", flat=True))
        for lesson_data in data["lessons"]:
            if lesson_data["slug"] in existing:
                continue
            lesson = LessonPage(
                title=lesson_data["title"],
                slug=lesson_data["slug"],
                summary=lesson_data["summary"],
                minutes=lesson_data["minutes"],
                body=lesson_stream_data(lesson_data["body"]),
            )
            course.add_child(instance=lesson)
            _publish(lesson)
            created += 1
        courses.append(course)
    load_quizzes(courses, demo_courses())
    return courses, created

"""A course, its lessons, quizzes and pictures as a zip package (see docs/course-packages.md)."""

import io
import json
import posixpath
import zipfile

from django.utils.text import slugify
from wagtail.models import Page

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import LessonPage
from courses.packages.manifest import (
    COURSE_FIELDS,
    FORMAT,
    FORMAT_VERSION,
    LESSON_FIELDS,
    QUIZ_FIELDS,
)
from courses.packages.source import IMAGES_DIR, MANIFEST
from courses.packages.streams import map_stream, portable_html
from quizzes.models import Quiz

# Fixed zip entry times, so exporting the same course twice gives the same bytes.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


class _Images:
    """The pictures a course uses, each once, under ``images/`` with a readable name."""

    def __init__(self):
        self.by_id = {}
        self._names = set()

    def ref(self, image):
        image_id = image if isinstance(image, int) else image.pk
        if image_id not in self.by_id:
            self.by_id[image_id] = None  # resolved in one query by ``load``
        return image_id

    def load(self, model):
        images = model.objects.in_bulk(list(self.by_id))
        for image_id in list(self.by_id):
            image = images.get(image_id)
            if image is None:
                del self.by_id[image_id]
                continue
            stem, ext = posixpath.splitext(posixpath.basename(image.file.name))
            name = f"{IMAGES_DIR}/{slugify(stem) or 'image'}{ext.lower()}"
            number = 2
            while name in self._names:
                name = f"{IMAGES_DIR}/{slugify(stem) or 'image'}-{number}{ext.lower()}"
                number += 1
            self._names.add(name)
            self.by_id[image_id] = (name, image)

    def name(self, image_id):
        found = self.by_id.get(image_id)
        return found[0] if found else None


def _page_url(page_id):
    page = Page.objects.filter(pk=page_id).first()
    return page.full_url if page is not None else None


def _html(html, features=None):
    return portable_html(html, page_url=_page_url)


def _stream_ids(field_value, images):
    """Raw stream data with image ids collected (first pass: ids, before names exist)."""
    block = field_value.stream_block
    raw = block.get_prep_value(field_value)
    return map_stream(block, raw, image=images.ref, richtext=_html, where="")


def _named(block, raw, images):
    return map_stream(block, raw, image=images.name, where="")


def export_course(course):
    """The zip package of ``course`` (a CoursePage) as bytes."""
    from wagtail.images import get_image_model

    course = course.specific
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    quizzes = {}  # pk -> key, in order of first use
    for quiz_id in [lesson.quiz_id for lesson in lessons] + [course.final_quiz_id]:
        if quiz_id is not None and quiz_id not in quizzes:
            quizzes[quiz_id] = f"quiz-{len(quizzes) + 1}"
    quiz_objects = Quiz.objects.in_bulk(list(quizzes))

    images = _Images()
    if course.cover_id:
        images.ref(course.cover_id)
    bodies = [(lesson, _stream_ids(lesson.body, images)) for lesson in lessons]
    questions = {
        pk: _stream_ids(quiz_objects[pk].questions, images) for pk in quizzes if pk in quiz_objects
    }
    images.load(get_image_model())

    body_block = LessonPage._meta.get_field("body").stream_block
    question_block = Quiz._meta.get_field("questions").stream_block
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "course": {
            **{field: getattr(course, field) for field in COURSE_FIELDS},
            "intro": _html(course.intro, RICH_TEXT_FEATURES),
            "outcomes": [block.value for block in course.outcomes],
            "cover": images.name(course.cover_id) if course.cover_id else None,
            "final_quiz": quizzes.get(course.final_quiz_id),
        },
        "lessons": [
            {
                **{field: getattr(lesson, field) for field in LESSON_FIELDS},
                "body": _named(body_block, raw, images),
                "quiz": quizzes.get(lesson.quiz_id),
            }
            for lesson, raw in bodies
        ],
        "quizzes": [
            {
                "key": key,
                **{field: getattr(quiz_objects[pk], field) for field in QUIZ_FIELDS},
                "questions": _named(question_block, questions[pk], images),
            }
            for pk, key in quizzes.items()
            if pk in quiz_objects
        ],
        "images": {
            name: {"title": image.title, "description": image.description}
            for name, image in images.by_id.values()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False)
        archive.writestr(zipfile.ZipInfo(MANIFEST, ZIP_TIME), text + "\n", zipfile.ZIP_DEFLATED)
        for name, image in images.by_id.values():
            with image.open_file() as stream:
                data = stream.read()
            archive.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def manifest_and_files(course):
    """``(manifest dict, {name: bytes})`` of ``course``: the package unzipped (the demo's
    package folders are written with it)."""
    archive = zipfile.ZipFile(io.BytesIO(export_course(course)))
    files = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(files.pop(MANIFEST)), files

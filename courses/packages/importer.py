"""Reading and importing a course package: everything is checked first (``read_package``),
then created in one transaction (``import_course``); pictures written to storage are removed
again if the transaction fails. See docs/course-packages.md for the format."""

import io
import json
import posixpath
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import CoursePage, LessonPage
from courses.packages.errors import PackageError
from courses.packages.images import inspect_image
from courses.packages.manifest import (
    COURSE_FIELDS,
    FORMAT,
    FORMAT_VERSION,
    LESSON_FIELDS,
    QUIZ_FIELDS,
)
from courses.packages.source import IMAGES_DIR, MANIFEST, PackageSource
from courses.packages.streams import local_html, map_stream
from quizzes.models import Quiz


@dataclass
class PackageImage:
    name: str
    data: bytes
    width: int
    height: int
    title: str
    description: str = ""


@dataclass
class Package:
    """A package read and checked: what ``import_course`` will create."""

    course: dict
    lessons: list
    quizzes: list
    images: dict = field(default_factory=dict)  # name -> PackageImage

    @property
    def title(self):
        return self.course["title"]

    @property
    def slug(self):
        return self.course["slug"]

    @property
    def question_count(self):
        return sum(len(quiz["questions"]) for quiz in self.quizzes)


class SlugTaken(PackageError):
    """The course's address is used under the parent; ``suggestion`` is a free one."""

    def __init__(self, slug, suggestion):
        super().__init__(
            _(
                "A page with the address “%(slug)s” already exists here. Import the course "
                "under another address, such as “%(suggestion)s”."
            )
            % {"slug": slug, "suggestion": suggestion}
        )
        self.slug = slug
        self.suggestion = suggestion


def _where_course():
    return _("the course")


def _where_lesson(lesson):
    return _("lesson “%(title)s”") % {"title": lesson.get("title", "?")}


def _where_quiz(quiz):
    return _("quiz “%(title)s”") % {"title": quiz.get("title", "?")}


def _sentence(message):
    """A message that starts with a place (“lesson …”) starts with a capital."""
    return capfirst(str(message))


def _require(data, keys, where, kind=None):
    if not isinstance(data, dict):
        raise PackageError(_("Malformed content in %(where)s.") % {"where": where})
    for key in keys:
        if key not in data or (kind is not None and not isinstance(data[key], kind)):
            raise PackageError(
                _sentence(
                    _("%(where)s lacks “%(field)s” or it is malformed.")
                    % {"where": where, "field": key}
                )
            )


def _first_message(error):
    """The first human message in a (block) ValidationError, however deeply nested."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else None

    def walk(node):
        if isinstance(node, str):
            return node
        if isinstance(node, list):
            for item in node:
                found = walk(item)
                if found:
                    return found
        if isinstance(node, dict):
            for key in ("messages", "blockErrors"):
                if key in node:
                    found = walk(
                        node[key]
                        if key == "messages"
                        else list(node[key].values())
                        if isinstance(node[key], dict)
                        else node[key]
                    )
                    if found:
                        return found
        return None

    return walk(data) if data else "; ".join(error.messages)


def _check_fields(model, values, where):
    """Run the model's own field validators on ``values`` (no database needed)."""
    instance = model(**values)
    exclude = [f.name for f in model._meta.get_fields() if f.name not in values]
    try:
        instance.clean_fields(exclude=exclude)
    except ValidationError as error:
        name, messages = next(iter(error.message_dict.items()))
        raise PackageError(
            _sentence(
                _("%(where)s: %(field)s: %(message)s")
                % {"where": where, "field": name, "message": messages[0]}
            )
        ) from error


def _read_manifest(source):
    if MANIFEST not in source:
        raise PackageError(_("The package has no manifest.json."))
    try:
        manifest = json.loads(source.read(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise PackageError(_("The package's manifest.json is not valid JSON.")) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(_("This is not a Sen course package."))
    if manifest.get("version") != FORMAT_VERSION:
        raise PackageError(
            _("This package has format version %(version)s; this Sen reads version %(ours)s.")
            % {"version": manifest.get("version"), "ours": FORMAT_VERSION}
        )
    return manifest


def _stream_refs(block, data, images, where):
    """Check a stream's shape and that each picture it names is in the package."""

    def image(ref):
        if not isinstance(ref, str) or ref not in images:
            raise PackageError(
                _sentence(
                    _("%(where)s uses a picture that is not in the package (%(name)s).")
                    % {"where": where, "name": ref}
                )
            )
        return ref

    return map_stream(block, data, image=image, richtext=local_html, where=where)


def read_package(source):
    """The package at ``source`` (zip bytes, an uploaded file, or a zip or folder path),
    read and checked; nothing is created. Raises PackageError."""
    source = source if isinstance(source, PackageSource) else PackageSource.open(source)
    manifest = _read_manifest(source)
    _require(manifest, ["course", "lessons", "quizzes", "images"], _("the manifest"))
    course, lessons, quizzes = manifest["course"], manifest["lessons"], manifest["quizzes"]
    if not isinstance(lessons, list) or not isinstance(quizzes, list):
        raise PackageError(_("Malformed content in %(where)s.") % {"where": _("the manifest")})

    images = {}
    if not isinstance(manifest["images"], dict):
        raise PackageError(_("Malformed content in %(where)s.") % {"where": _("the manifest")})
    for name, meta in manifest["images"].items():
        if posixpath.dirname(name) != IMAGES_DIR:
            raise PackageError(_("Pictures belong in images/ (%(name)s).") % {"name": name})
        _require(meta, ["title"], name, str)
        data = source.read(name)
        width, height = inspect_image(name, data)
        title = meta["title"][:255] or name
        images[name] = PackageImage(
            name, data, width, height, title, str(meta.get("description") or "")[:255]
        )

    where = _where_course()
    _require(course, [*COURSE_FIELDS], where, str)
    _require(course, ["outcomes"], where, list)
    _check_fields(CoursePage, {key: course[key] for key in COURSE_FIELDS}, where)
    course = {**course, "intro": local_html(course["intro"], RICH_TEXT_FEATURES)}
    outcomes = [{"type": "outcome", "value": text} for text in course["outcomes"]]
    _stream_refs(CoursePage._meta.get_field("outcomes").stream_block, outcomes, images, where)
    if course.get("cover") is not None:
        _stream_refs_image(course["cover"], images, where)

    keys = set()
    question_block = Quiz._meta.get_field("questions").stream_block
    checked_quizzes = []
    for quiz in quizzes:
        where = _where_quiz(quiz if isinstance(quiz, dict) else {})
        _require(quiz, ["key", "title", "instructions"], where, str)
        _require(quiz, ["questions"], where, list)
        if quiz["key"] in keys:
            raise PackageError(_("Two quizzes share the key %(key)s.") % {"key": quiz["key"]})
        keys.add(quiz["key"])
        values = {key: quiz[key] for key in QUIZ_FIELDS if key in quiz}
        _check_fields(Quiz, values, where)
        checked_quizzes.append(
            {**quiz, "questions": _stream_refs(question_block, quiz["questions"], images, where)}
        )

    for key in [course.get("final_quiz")]:
        if key is not None and key not in keys:
            raise PackageError(_("The course names a quiz that is not in the package."))

    body_block = LessonPage._meta.get_field("body").stream_block
    checked_lessons = []
    slugs = set()
    for lesson in lessons:
        where = _where_lesson(lesson if isinstance(lesson, dict) else {})
        _require(lesson, ["title", "slug", "summary"], where, str)
        _require(lesson, ["minutes"], where, int)
        _require(lesson, ["body"], where, list)
        _check_fields(LessonPage, {key: lesson[key] for key in LESSON_FIELDS}, where)
        if lesson["slug"] in slugs:
            raise PackageError(_("Two lessons share the address %(slug)s.") % lesson)
        slugs.add(lesson["slug"])
        if lesson.get("quiz") is not None and lesson["quiz"] not in keys:
            raise PackageError(
                _sentence(
                    _("%(where)s names a quiz that is not in the package.") % {"where": where}
                )
            )
        checked_lessons.append(
            {**lesson, "body": _stream_refs(body_block, lesson["body"], images, where)}
        )
    return Package(course, checked_lessons, checked_quizzes, images)


def _stream_refs_image(ref, images, where):
    if not isinstance(ref, str) or ref not in images:
        raise PackageError(
            _sentence(
                _("%(where)s uses a picture that is not in the package (%(name)s).")
                % {"where": where, "name": ref}
            )
        )


def free_slug(parent, slug):
    """``slug``, or ``slug-2``, ``slug-3``... whichever no child of ``parent`` uses."""
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    return candidate


def check_slug(parent, slug):
    if parent.get_children().filter(slug=slug).exists():
        raise SlugTaken(slug, free_slug(parent, slug))


def _validated_stream(block, raw, where):
    try:
        block.clean(block.to_python(raw))
    except ValidationError as error:
        raise PackageError(
            _sentence(
                _("%(where)s: %(message)s") % {"where": where, "message": _first_message(error)}
            )
        ) from error
    return raw


def _create_images(package, written):
    model = get_image_model()
    ids = {}
    for name, picture in package.images.items():
        image = model(title=picture.title, description=picture.description)
        image.file.save(posixpath.basename(name), ContentFile(picture.data), save=False)
        # After the file: assigning it resets the dimension fields (and cannot read SVG).
        image.width, image.height = picture.width, picture.height
        image.file_size = len(picture.data)
        image.file_hash = hash_filelike(io.BytesIO(picture.data))
        written.append((image.file.storage, image.file.name))
        image.save()
        ids[name] = image.pk
    return ids


def _save(page, *, publish, user):
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)


def import_course(source, *, parent, slug=None, publish=False, user=None):
    """Create the course of the package at ``source`` under ``parent`` (a course index):
    its pictures, quizzes (live: nothing shows them until a page does), the course and its
    lessons, published or as drafts. All or nothing. Returns the CoursePage."""
    package = source if isinstance(source, Package) else read_package(source)
    slug = slug or package.slug
    if slugify(slug, allow_unicode=True) != slug:
        raise PackageError(_("“%(slug)s” cannot be a page address.") % {"slug": slug})
    check_slug(parent, slug)
    written = []
    try:
        with transaction.atomic():
            course = _create(
                package, parent=parent, slug=slug, publish=publish, user=user, written=written
            )
    except BaseException:
        for storage, name in written:
            storage.delete(name)
        raise
    return course


def _create(package, *, parent, slug, publish, user, written):
    ids = _create_images(package, written)

    def image(ref):
        return ids[ref]

    question_block = Quiz._meta.get_field("questions").stream_block
    body_block = LessonPage._meta.get_field("body").stream_block
    questions = {
        quiz["key"]: _validated_stream(
            question_block,
            map_stream(question_block, quiz["questions"], image=image, where=""),
            _where_quiz(quiz),
        )
        for quiz in package.quizzes
    }
    bodies = [
        _validated_stream(
            body_block,
            map_stream(body_block, lesson["body"], image=image, where=""),
            _where_lesson(lesson),
        )
        for lesson in package.lessons
    ]
    outcomes_block = CoursePage._meta.get_field("outcomes").stream_block
    outcomes = _validated_stream(
        outcomes_block,
        [{"type": "outcome", "value": text} for text in package.course["outcomes"]],
        _where_course(),
    )

    quizzes = {}
    for quiz in package.quizzes:
        created = Quiz(
            **{key: quiz[key] for key in QUIZ_FIELDS if key in quiz},
            questions=questions[quiz["key"]],
            live=True,
        )
        created.save()
        created.save_revision(user=user).publish(user=user)
        quizzes[quiz["key"]] = created

    data = package.course
    course = CoursePage(
        **{key: data[key] for key in COURSE_FIELDS},
        outcomes=outcomes,
        cover_id=ids[data["cover"]] if data.get("cover") else None,
        final_quiz=quizzes.get(data.get("final_quiz")),
        live=False,
    )
    course.slug = slug
    parent.add_child(instance=course)
    _save(course, publish=publish, user=user)
    for lesson, body in zip(package.lessons, bodies, strict=True):
        page = LessonPage(
            **{key: lesson[key] for key in LESSON_FIELDS},
            body=body,
            quiz=quizzes.get(lesson.get("quiz")),
            live=False,
        )
        course.add_child(instance=page)
        _save(page, publish=publish, user=user)
    course.refresh_from_db()
    return course

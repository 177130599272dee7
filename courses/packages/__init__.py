"""Course packages: one course (lessons, quizzes, pictures) as a zip or a folder, written by
``export_course`` and read by ``import_course`` (docs/course-packages.md)."""

from courses.packages.errors import PackageError
from courses.packages.exporter import export_course
from courses.packages.importer import (
    Package,
    SlugTaken,
    free_slug,
    import_course,
    read_package,
)

__all__ = [
    "Package",
    "PackageError",
    "SlugTaken",
    "export_course",
    "free_slug",
    "import_course",
    "read_package",
]

"""Reading a package (a zip, or a folder on disk) safely: nothing is extracted; every name is
checked for traversal, every size against the limits, before a byte is read."""

import io
import stat
import zipfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from courses.packages.errors import PackageError

MANIFEST = "manifest.json"
IMAGES_DIR = "images"


def limit(name):
    """A package limit: ``SEN_COURSE_PACKAGE_<NAME>`` in settings, else the default here."""
    defaults = {
        "MAX_BYTES": 50 * 1024 * 1024,  # the zip as uploaded
        "MAX_FILES": 500,
        "MAX_UNPACKED_BYTES": 200 * 1024 * 1024,  # all files once unpacked
        "MAX_FILE_BYTES": 20 * 1024 * 1024,  # one file once unpacked
        "MAX_RATIO": 100,  # unpacked / packed size of one file: more is a zip bomb
    }
    return getattr(settings, f"SEN_COURSE_PACKAGE_{name}", defaults[name])


def _safe_name(name):
    """``name`` as a relative POSIX path inside the package, or a PackageError."""
    path = PurePosixPath(name)
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or path.is_absolute()
        or ":" in path.parts[0]
        or any(part in ("..", ".") for part in path.parts)
    ):
        raise PackageError(
            _("The package holds a file outside its folder (%(name)s).") % {"name": name}
        )
    return str(path)


def _too_big():
    return PackageError(
        _("The package is too large: at most %(size)s unpacked.")
        % {"size": filesizeformat(limit("MAX_UNPACKED_BYTES"))}
    )


class PackageSource:
    """The files of a package: ``names`` and ``read(name)``."""

    def __init__(self, files):
        self._files = files  # {name: reader()}

    @property
    def names(self):
        return sorted(self._files)

    def __contains__(self, name):
        return name in self._files

    def read(self, name):
        if name not in self._files:
            raise PackageError(_("The package has no file %(name)s.") % {"name": name})
        return self._files[name]()

    @classmethod
    def open(cls, source):
        """From zip bytes, an open (uploaded) file, or the path of a zip or a folder."""
        if isinstance(source, (str, Path)):
            path = Path(source)
            if path.is_dir():
                return cls.from_folder(path)
            if path.stat().st_size > limit("MAX_BYTES"):
                raise _oversized()
            return cls.from_zip(path.read_bytes())
        if isinstance(source, (bytes, bytearray)):
            return cls.from_zip(bytes(source))
        size = getattr(source, "size", None)
        if size is not None and size > limit("MAX_BYTES"):
            raise _oversized()
        data = source.read(limit("MAX_BYTES") + 1)
        return cls.from_zip(data)

    @classmethod
    def from_zip(cls, data):
        if len(data) > limit("MAX_BYTES"):
            raise _oversized()
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise PackageError(_("The file is not a zip course package.")) from error
        files = [info for info in infos if not info.is_dir()]
        if len(files) > limit("MAX_FILES"):
            raise _too_many()
        total = 0
        readers = {}
        for info in files:
            name = _safe_name(info.filename)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise PackageError(
                    _("The package holds a link instead of a file (%(name)s).") % {"name": name}
                )
            total += info.file_size
            packed = max(info.compress_size, 1)
            if (
                info.file_size > limit("MAX_FILE_BYTES")
                or total > limit("MAX_UNPACKED_BYTES")
                or info.file_size / packed > limit("MAX_RATIO")
            ):
                raise _too_big()
            if name in readers:
                raise PackageError(_("The package holds %(name)s twice.") % {"name": name})
            readers[name] = _zip_reader(archive, info)
        return cls(readers)

    @classmethod
    def from_folder(cls, root):
        root = root.resolve()
        readers = {}
        total = 0
        for path in sorted(root.rglob("*")):
            name = path.relative_to(root).as_posix()
            if path.is_symlink():
                raise PackageError(
                    _("The package holds a link instead of a file (%(name)s).") % {"name": name}
                )
            if path.is_dir():
                continue
            if len(readers) >= limit("MAX_FILES"):
                raise _too_many()
            size = path.stat().st_size
            total += size
            if size > limit("MAX_FILE_BYTES") or total > limit("MAX_UNPACKED_BYTES"):
                raise _too_big()
            readers[_safe_name(name)] = path.read_bytes
        return cls(readers)


def _zip_reader(archive, info):
    def read():
        # The header's size is not trusted: read at most one byte more than it claims.
        try:
            with archive.open(info) as stream:
                data = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise PackageError(
                _("The package file %(name)s is damaged.") % {"name": info.filename}
            ) from error
        if len(data) != info.file_size:
            raise _too_big()
        return data

    return read


def _oversized():
    return PackageError(
        _("The package is too large: at most %(size)s.")
        % {"size": filesizeformat(limit("MAX_BYTES"))}
    )


def _too_many():
    return PackageError(
        _("The package holds too many files: at most %(count)s.") % {"count": limit("MAX_FILES")}
    )

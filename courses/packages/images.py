"""Pictures from a package are checked for what they claim to be before anything is stored:
raster files by Pillow, SVG files parsed safely and refused if they could run script."""

import io
import posixpath

from defusedxml import ElementTree
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage

from courses.packages.errors import PackageError

RASTER = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WEBP"}
SVG_NS = "{http://www.w3.org/2000/svg}"
SVG_FORBIDDEN = {"script", "foreignObject", "iframe", "object", "embed"}


def _not_a_picture(name):
    return PackageError(_("%(name)s is not a picture Sen can show.") % {"name": name})


def inspect_image(name, data):
    """``(width, height)`` of the picture ``data`` named ``name``, or a PackageError."""
    ext = posixpath.splitext(name)[1].lower()
    if ext == ".svg":
        return _svg_size(name, data)
    if ext not in RASTER:
        raise _not_a_picture(name)
    try:
        with PILImage.open(io.BytesIO(data)) as image:
            if image.format != RASTER[ext]:
                raise _not_a_picture(name)
            width, height = image.size
            if width * height > getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000):
                raise PackageError(_("%(name)s has too many pixels.") % {"name": name})
            image.verify()
    except PackageError:
        raise
    except Exception as error:  # Pillow raises many kinds for a damaged or fake file
        raise _not_a_picture(name) from error
    return width, height


def _svg_size(name, data):
    from willow.image import Image as WillowImage

    try:
        root = ElementTree.fromstring(data)
    except Exception as error:  # defusedxml refuses entities and bad XML alike
        raise _not_a_picture(name) from error
    if root.tag != f"{SVG_NS}svg":
        raise _not_a_picture(name)
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        scripted = any(attr.rsplit("}", 1)[-1].lower().startswith("on") for attr in element.attrib)
        links = [value for attr, value in element.attrib.items() if attr.endswith("href")]
        if tag in SVG_FORBIDDEN or scripted or any("javascript:" in v.lower() for v in links):
            raise PackageError(
                _("%(name)s holds script; Sen does not import such pictures.") % {"name": name}
            )
    try:
        width, height = WillowImage.open(io.BytesIO(data)).get_size()
    except Exception as error:
        raise _not_a_picture(name) from error
    return max(int(width), 1), max(int(height), 1)

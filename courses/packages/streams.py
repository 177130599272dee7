"""StreamField data <-> package data, driven by the block definitions.

One walker goes through raw stream data (what ``get_prep_value`` gives and the database
stores) alongside the block that defines it, and hands every image reference to a function:
ImageBlock and ImageChooserBlock values are image ids in the database and file names in a
package. Rich text goes through another function (internal links made portable). Any block
type a definition does not know, or a value of the wrong shape, is a PackageError; nothing
is hand-coded per block type of the lesson or question streams."""

import re

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from courses.packages.errors import PackageError


def _malformed(where):
    return PackageError(_("Malformed content in %(where)s.") % {"where": where})


def map_stream(block, data, *, image, richtext=None, where):
    """A copy of ``data`` (raw data of ``block``) with image references passed through
    ``image(ref)`` and rich text through ``richtext(html, features)``."""
    return _map(block, data, image, richtext or (lambda html, features: html), where)


def _map(block, data, image, richtext, where):
    if isinstance(block, ImageBlock):
        if data is None or isinstance(data, int | str):  # an ImageChooserBlock's old value
            data = {"image": data, "alt_text": "", "decorative": False}
        if not isinstance(data, dict):
            raise _malformed(where)
        ref = data.get("image")
        return {
            "image": image(ref) if ref is not None else None,
            "alt_text": data.get("alt_text") or "",
            "decorative": bool(data.get("decorative")),
        }
    if isinstance(block, ImageChooserBlock):
        return image(data) if data is not None else None
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(data, list):
            raise _malformed(where)
        mapped = []
        for child in data:
            if not isinstance(child, dict) or "type" not in child or "value" not in child:
                raise _malformed(where)
            child_block = block.child_blocks.get(child["type"])
            if child_block is None:
                raise PackageError(
                    _("Unknown block type “%(type)s” in %(where)s.")
                    % {"type": child["type"], "where": where}
                )
            value = _map(child_block, child["value"], image, richtext, where)
            mapped.append({**child, "value": value})
        return mapped
    if isinstance(block, blocks.ListBlock):
        if not isinstance(data, list):
            raise _malformed(where)
        mapped = []
        for item in data:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                value = _map(block.child_block, item["value"], image, richtext, where)
                mapped.append({**item, "value": value})
            else:  # the older list format: bare values
                mapped.append(_map(block.child_block, item, image, richtext, where))
        return mapped
    if isinstance(block, blocks.StructBlock):
        if not isinstance(data, dict):
            raise _malformed(where)
        unknown = set(data) - set(block.child_blocks)
        if unknown:
            raise PackageError(
                _("Unknown field “%(name)s” in %(where)s.")
                % {"name": sorted(unknown)[0], "where": where}
            )
        return {
            name: _map(block.child_blocks[name], value, image, richtext, where)
            for name, value in data.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        if not isinstance(data, str):
            raise _malformed(where)
        return richtext(data, block.features)
    return data


# Rich text is stored with ids of this site's pages and documents (``<a linktype="page"
# id="3">``): another site has other ids, so those links become plain links or plain text.
LINK = re.compile(r"<a\b([^>]*)>", re.IGNORECASE)
LINKTYPE = re.compile(r'\blinktype="([^"]*)"')
ID = re.compile(r'\bid="(\d+)"')
EMBED = re.compile(r"<embed\b[^>]*/?>", re.IGNORECASE)


def portable_html(html, *, page_url):
    """Internal links as absolute links (``page_url(id)``, or none if gone); embeds dropped."""

    def link(match):
        attrs = match.group(1)
        kind = LINKTYPE.search(attrs)
        if kind is None:
            return match.group(0)
        page_id = ID.search(attrs)
        url = page_url(int(page_id.group(1))) if kind.group(1) == "page" and page_id else None
        return f'<a href="{url}">' if url else "<a>"

    return EMBED.sub("", LINK.sub(link, html))


def local_html(html, features=None):
    """Rich text from a package: id-based links unlinked, embeds dropped, then only what the
    editor itself allows for ``features`` kept (Wagtail's whitelister: no script, no
    ``javascript:`` link), so a package can put no more in a page than an editor can."""

    def link(match):
        return "<a>" if LINKTYPE.search(match.group(1)) else match.group(0)

    html = EMBED.sub("", LINK.sub(link, html))
    return EditorHTMLConverter(features=features).whitelister.clean(html)

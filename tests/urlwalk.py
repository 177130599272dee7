"""Every URL pattern of the site, found by walking the URL resolver: no hard-coded list.

Views other people add tomorrow (certificates, reset codes, offline endpoints, the audit log)
are walked by the crawl and the CSRF tests the moment their pattern is included.
"""

import itertools
import re
import re._parser as sre
import uuid
from dataclasses import dataclass

from django.db.models import Model
from django.urls import Resolver404, URLResolver, get_resolver, resolve
from django.urls.converters import IntConverter, UUIDConverter
from django.urls.resolvers import RegexPattern, RoutePattern

_ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Route:
    """One URL pattern: the pattern pieces from the root, its view and its names."""

    pieces: tuple
    callback: object
    name: str | None
    namespaces: tuple

    @property
    def label(self):
        if self.name:
            return ":".join((*self.namespaces, self.name))
        return "".join(str(piece) for piece in self.pieces)

    @property
    def params(self):
        """[(name, converter or None)] of every parameter, in order."""
        found = []
        for piece in self.pieces:
            if isinstance(piece, RoutePattern):
                found += [(name, piece.converters[name]) for name in _route_names(piece)]
            elif isinstance(piece, RegexPattern):
                found += [(name, None) for name in piece.regex.groupindex]
        return found

    @property
    def view(self):
        """The view class (class-based views) or function, for reading its attributes."""
        return getattr(self.callback, "view_class", None) or self.callback

    @property
    def model(self):
        """The model of a generic (Wagtail viewset) view, if it says."""
        initkwargs = getattr(self.callback, "view_initkwargs", None) or {}
        model = initkwargs.get("model") or getattr(self.view, "model", None)
        return model if isinstance(model, type) and issubclass(model, Model) else None

    @property
    def csrf_exempt(self):
        return bool(getattr(self.callback, "csrf_exempt", False))

    def build(self, values):
        """The path with ``values`` (by parameter name) filled in; defaults for the rest.

        Returns None when a value does not fit its converter.
        """
        parts = []
        for piece in self.pieces:
            if isinstance(piece, RoutePattern):
                text = _fill_route(piece, values)
            elif isinstance(piece, RegexPattern):
                text = _sample_regex(piece.regex.pattern, values)
            else:  # LocalePrefixPattern and the like
                text = str(piece)
            if text is None:
                return None
            parts.append(text)
        return "/" + "".join(parts)

    def resolves_here(self, path):
        """Does ``path`` reach this route's view (and not an earlier pattern's)?"""
        try:
            match = resolve(path.split("?", 1)[0])
        except Resolver404:  # a converter that refuses the value is a Resolver404 too
            return False
        if match.func is self.callback:
            return True
        found = getattr(match.func, "view_class", None)
        own = getattr(self.callback, "view_class", None)
        if found is None or own is None:
            return False
        if found is own:
            return match.url_name == self.name
        # A view put in front of this one at the same address, extending it (the admin's
        # choosers, lms/urls.py): this route's address is served, by its subclass.
        return issubclass(found, own)


def routes():
    """Every leaf pattern of the root URLconf, in resolution order."""
    found = []

    def walk(resolver, pieces, namespaces):
        for entry in resolver.url_patterns:
            chain = (*pieces, entry.pattern)
            if isinstance(entry, URLResolver):
                ns = (*namespaces, entry.namespace) if entry.namespace else namespaces
                walk(entry, chain, ns)
            else:
                found.append(Route(chain, entry.callback, entry.name, namespaces))

    walk(get_resolver(), (), ())
    return found


def default_value(name, converter):
    """A value that fits the parameter's converter, for when no real object is needed."""
    if isinstance(converter, IntConverter):
        return 1
    if isinstance(converter, UUIDConverter):
        return uuid.UUID(int=1)
    return "x"


def combinations(route, candidates, limit):
    """Up to ``limit`` value dicts: each parameter's candidates, defaults when none."""
    params = route.params
    lists = []
    for name, converter in params:
        values = candidates(route, name, converter) or [default_value(name, converter)]
        lists.append([(name, value) for value in values])
    return [dict(combo) for combo in itertools.islice(itertools.product(*lists), limit)]


# Filling patterns --------------------------------------------------------------------------


def _route_names(piece):
    return [m["name"] for m in _ROUTE_PARAM.finditer(str(piece))]


def _fill_route(piece, values):
    def replace(match):
        name = match["name"]
        converter = piece.converters[name]
        value = values.get(name, default_value(name, converter))
        text = str(converter.to_url(value))
        if not re.fullmatch(converter.regex, text):
            raise _Unfit
        return text

    try:
        return _ROUTE_PARAM.sub(replace, str(piece))
    except _Unfit:
        return None


class _Unfit(Exception):
    pass


_CATEGORY_SAMPLES = {
    sre.CATEGORY_DIGIT: "1",
    sre.CATEGORY_WORD: "a",
    sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_NOT_DIGIT: "a",
    sre.CATEGORY_NOT_WORD: "-",
    sre.CATEGORY_NOT_SPACE: "a",
}


def _sample_regex(pattern, values):
    """A short string the (anchored) regex matches, with named groups taken from ``values``."""
    parsed = sre.parse(pattern)
    group_names = {index: name for name, index in parsed.state.groupdict.items()}

    def one_of(items):
        for op, arg in items:
            if op is sre.LITERAL:
                return chr(arg)
            if op is sre.RANGE:
                return chr(arg[0])
            if op is sre.CATEGORY:
                return _CATEGORY_SAMPLES.get(arg, "a")
        return "a"

    def generate(items, values):
        out = []
        for op, arg in items:
            if op is sre.LITERAL:
                out.append(chr(arg))
            elif op is sre.NOT_LITERAL:
                out.append("a" if chr(arg) != "a" else "b")
            elif op is sre.ANY:
                out.append("a")
            elif op is sre.IN:
                out.append(one_of(arg))
            elif op is sre.BRANCH:
                out.append(generate(arg[1][-1], values))  # the last branch: often the general one
            elif op is sre.SUBPATTERN:
                group, _add, _del, sub = arg
                name = group_names.get(group)
                out.append(str(values[name]) if name in values else generate(sub, values))
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                low, high, sub = arg
                out.append(generate(sub, values) * max(low, min(1, high)))
            elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue  # anchors and lookarounds take no characters
            else:
                raise ValueError(f"cannot sample {op} in {pattern!r}")
        return "".join(out)

    # A value that does not fit its group gives way to the group's own sample.
    fitting = {
        name: value
        for name, value in values.items()
        if name in parsed.state.groupdict and re.fullmatch(_group_body(pattern, name), str(value))
    }
    text = generate(parsed, fitting)
    return text if re.search(pattern, text) else None


def _group_body(pattern, name):
    """The text of the named group's own regex, e.g. ``\\d+`` for ``(?P<pk>\\d+)``."""
    start = pattern.index(f"(?P<{name}>") + len(f"(?P<{name}>")
    depth, index, in_class = 1, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return pattern[start:index]
        index += 1
    raise ValueError(pattern)

"""Apps import one way: offline <- quizzes <- courses <- lms <- (contests, classes)
(docs/architecture.md), and no app renders another app's views. ``core`` (helpers every
app may use) imports none of them.

Read from the source (every import statement, also those inside functions), not from what
happens to be loaded: a lower layer asks a higher one for nothing, so it never imports it.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent

# package -> the apps it must never import
# (``demo`` is data and commands above every app: no runtime app imports it.)
ABOVE_LMS = {"contests", "classes"}
FORBIDDEN = {
    "core": {"lms", "courses", "quizzes", "offline", "demo", *ABOVE_LMS},
    "offline": {"lms", "courses", "quizzes", "demo", *ABOVE_LMS},
    "quizzes": {"lms", "courses", "demo", *ABOVE_LMS},
    "courses": {"lms", "demo", *ABOVE_LMS},
    "lms": {"demo", *ABOVE_LMS},
    # Two features side by side: neither knows the other.
    "contests": {"demo", "classes"},
    "classes": {"demo", "contests"},
}
APPS = ("offline", "quizzes", "courses", "lms", "contests", "classes")


def imported_modules(source):
    """Every module an import statement of ``source`` names (absolute imports)."""
    modules = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def imports_of_app(app, forbidden):
    """[(file, module)] of the app's imports of a ``forbidden`` top-level package."""
    found = []
    for path in sorted((ROOT / app).rglob("*.py")):
        for module in imported_modules(path.read_text(encoding="utf-8")):
            if module.split(".")[0] in forbidden:
                found.append((str(path.relative_to(ROOT)), module))
    return found


@pytest.mark.parametrize(("app", "forbidden"), sorted(FORBIDDEN.items()))
def test_app_imports_no_app_above_it(app, forbidden):
    assert (ROOT / app / "__init__.py").exists()  # the package is where this test looks
    assert imports_of_app(app, forbidden) == []


def is_views_module(module):
    """``quizzes.views``, ``courses.offline_views``, ``lms.admin_views.base``..."""
    app, *parts = module.split(".")
    return app in APPS and any(part == "views" or part.endswith("_views") for part in parts)


@pytest.mark.parametrize("app", APPS)
def test_no_app_imports_another_apps_views(app):
    # The root URLconf ties every app's views to addresses: that is its job.
    root_urlconf = settings.ROOT_URLCONF.replace(".", "/") + ".py"
    others = set(APPS) - {app}
    found = [
        (path, module)
        for path, module in imports_of_app(app, others)
        if is_views_module(module) and path != root_urlconf
    ]
    assert found == []


def test_views_modules_are_told_apart_from_the_rest():
    assert is_views_module("quizzes.views")
    assert is_views_module("quizzes.offline_views")
    assert is_views_module("lms.admin_views.base")
    assert not is_views_module("quizzes.offline")
    assert not is_views_module("django.views.decorators.http")  # not one of the apps
    assert not is_views_module("views")


def test_every_kind_of_import_is_seen():
    source = (
        "import lms\n"
        "import courses.models as models\n"
        "from quizzes import views\n"
        "from quizzes.offline_views import quiz_offline\n"
        "def later():\n"
        "    from lms.scope import can_see\n"
        "from . import sibling\n"  # relative: inside the same app
        "import lmsish\n"
    )
    assert imported_modules(source) == {
        "lms",
        "courses.models",
        "quizzes",
        "quizzes.offline_views",
        "lms.scope",
        "lmsish",
    }

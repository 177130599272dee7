"""Apps import one way: offline <- quizzes <- courses <- lms (docs/architecture.md).
``core`` (helpers every app may use) imports none of them.

Read from the source (every import statement, also those inside functions), not from what
happens to be loaded: a lower layer asks a higher one for nothing, so it never imports it.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# package -> the apps it must never import
FORBIDDEN = {
    "core": {"lms", "courses", "quizzes", "offline"},
    "offline": {"lms", "courses", "quizzes"},
    "quizzes": {"lms", "courses"},
    "courses": {"lms"},
}


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

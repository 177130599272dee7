import pytest
from wagtail.models import Page, Site

from tests.courses.factories import CourseIndexPageFactory


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Tests never write into the repository's media/ or private/ folders."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SEN_PRIVATE_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached fragments are keyed by ids that a new test database hands out again."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _vietnamese(settings):
    settings.LANGUAGE_CODE = "vi"


@pytest.fixture
def home(db):
    """A course index as the default site's home page."""
    root = Page.get_first_root_node()
    index = CourseIndexPageFactory(parent=root, title="Học kỹ năng số", slug="hoc")
    site = Site.objects.get(is_default_site=True)
    site.root_page = index
    site.save()
    return index


def pytest_collection_modifyitems(config, items):
    """Concurrency tests need PostgreSQL's row locks; SQLite serialises writers anyway."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)

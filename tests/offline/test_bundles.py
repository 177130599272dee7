"""Saving a course: sizes in her language, the picture a phone shows, and a bundle measured
from the pages the apps render (here plain stand-ins: this layer knows no app)."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from offline.bundles import SavedPage, course_bundle, file_size, image_urls, size_text


@pytest.mark.parametrize(
    ("total", "english", "vietnamese"),
    [
        (0, "0.1", "0,1"),  # never "0 MB": saving always costs something
        (1, "0.1", "0,1"),
        (100_000, "0.1", "0,1"),
        (100_001, "0.2", "0,2"),  # rounded up: she is told no less than it costs
        (1_234_567, "1.3", "1,3"),
        (12_000_000, "12.0", "12,0"),
    ],
)
def test_size_is_told_in_megabytes_rounded_up_in_her_language(total, english, vietnamese):
    with translation.override("en"):
        assert size_text(total) == f"This will download about {english} MB."
    with translation.override("vi"):
        assert vietnamese in size_text(total)


def test_a_phone_shows_the_720_wide_picture_or_the_nearest_wider_one():
    html = (
        '<p><img alt="a" src="/media/a.width-360.jpg" srcset="/media/a.width-360.jpg 360w, '
        '/media/a.width-1080.jpg 1080w, /media/a.width-720.jpg 720w"></p>'
        '<img src="/media/b.width-360.jpg" srcset="/media/b.width-360.jpg 360w, '
        '/media/b.width-800.jpg 800w, /media/b.width-1200.jpg 1200w">'
    )
    assert image_urls(html) == ["/media/a.width-720.jpg", "/media/b.width-800.jpg"]


def test_without_a_wide_enough_candidate_the_widest_then_the_src():
    html = (
        '<img src="/media/c.jpg" srcset="/media/c.width-300.jpg 300w, /media/c.width-480.jpg 480w">'
        '<IMG alt="" src="/media/d.png?v=1&amp;x=2">'
    )
    assert image_urls(html) == ["/media/c.width-480.jpg", "/media/d.png?v=1&x=2"]


def test_pictures_of_other_sites_are_not_saved():
    html = (
        '<img src="https://bucket.example.com/e.jpg">'
        '<img src="//cdn.example.com/f.jpg">'
        '<img alt="no source">'
        '<img src="/media/g.jpg">'
    )
    assert image_urls(html) == ["/media/g.jpg"]


def test_file_size_is_read_from_storage_and_zero_when_missing_or_foreign():
    name = default_storage.save("images/h.jpg", ContentFile(b"x" * 1234))
    assert file_size(default_storage.url(name)) == 1234
    assert file_size(default_storage.url("images/missing.jpg")) == 0
    assert file_size("https://bucket.example.com/images/h.jpg") == 0


class Pages:
    """Stand-in pages: the HTML each address answers, and how often each was rendered."""

    def __init__(self, bodies):
        self.bodies = bodies
        self.rendered = []

    def page(self, url, version="1", status=200):
        def render(request):
            assert request.method == "GET" and request.get_full_path() == url
            self.rendered.append(url)
            return HttpResponse(self.bodies[url].encode(), status=status)

        return SavedPage(url=url, version=version, render=render)


@pytest.fixture
def her_request():
    request = RequestFactory().get("/offline/courses/1/")
    request.user = type("Member", (), {"is_authenticated": True})()
    return request


def test_bundle_lists_each_page_then_its_new_pictures_with_their_sizes(her_request):
    image = default_storage.save("images/i.width-720.jpg", ContentFile(b"p" * 500))
    picture = default_storage.url(image)
    pages = Pages(
        {
            "/course/": "<h1>Khóa học</h1>",
            "/course/one/": f'<img src="{picture}"><p>Một</p>',
            "/course/two/": f'<img src="{picture}">',  # same picture: listed once
            "/quiz/?next=/course/two/": "<form>ẩn</form>",
        }
    )
    bundle = course_bundle(
        course_id=7,
        title="An toàn",
        pages=[
            pages.page("/course/"),
            pages.page("/course/one/"),
            pages.page("/course/two/"),
            pages.page("/course/one/"),  # listed twice: measured and saved once
            pages.page("/quiz/?next=/course/two/"),
        ],
        request=her_request,
    )
    data = bundle.as_json()
    size = {url: len(body.encode()) for url, body in pages.bodies.items()}
    assert size["/course/"] == 20  # "Khóa học": ó and ọ take 2 and 3 bytes
    assert data["items"] == [
        {"url": "/course/", "kind": "page", "bytes": 20},
        {"url": "/course/one/", "kind": "page", "bytes": size["/course/one/"]},
        {"url": picture, "kind": "image", "bytes": 500},
        {"url": "/course/two/", "kind": "page", "bytes": size["/course/two/"]},
        {"url": "/quiz/?next=/course/two/", "kind": "page", "bytes": 17},  # ẩ: 3 bytes
    ]
    assert data["course"] == 7 and data["title"] == "An toàn"
    assert data["total_bytes"] == sum(item["bytes"] for item in data["items"])
    assert len(data["version"]) == 16


def test_a_page_she_would_not_get_is_left_out(her_request):
    pages = Pages({"/course/": "ok", "/course/private/": "no"})
    bundle = course_bundle(
        course_id=1,
        title="t",
        pages=[pages.page("/course/"), pages.page("/course/private/", status=403)],
        request=her_request,
    )
    assert [item.url for item in bundle.items] == ["/course/"]


def test_a_page_is_rendered_once_per_version_and_the_bundle_version_follows_its_size(her_request):
    pages = Pages({"/course/": "first"})

    def bundle(version):
        return course_bundle(
            course_id=1, title="t", pages=[pages.page("/course/", version)], request=her_request
        )

    first, again = bundle("1"), bundle("1")
    assert pages.rendered == ["/course/"]
    assert first.version == again.version
    pages.bodies["/course/"] = "the trainer published a longer page"
    changed = bundle("2")
    assert pages.rendered == ["/course/", "/course/"]
    assert changed.items[0].bytes == len("the trainer published a longer page")
    assert changed.version != first.version

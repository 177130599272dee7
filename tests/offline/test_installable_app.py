"""The installable app: the web app manifest, the service worker served from the site root,
and the page shown for a page she did not save when there is no connection."""

import json
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_manifest_worker_and_offline_page_keep_their_addresses_at_the_site_root():
    # The worker's scope is the folder it is served from: it must stay at the root.
    assert reverse("offline:service_worker") == "/sw.js"
    assert reverse("offline:webmanifest") == "/manifest.webmanifest"
    assert reverse("offline:page") == "/offline/"


def test_web_app_manifest_names_sen_with_its_colour_and_icons(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["name"] == "Sen" and data["short_name"] == "Sen"
    assert data["start_url"] == "/" and data["scope"] == "/"
    assert data["display"] == "standalone"
    assert data["theme_color"] == "#9d174d"
    icons = {(i["sizes"], i["purpose"]) for i in data["icons"]}
    assert icons == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for icon in data["icons"]:
        assert client.get(icon["src"]).status_code == 200


def test_web_app_manifest_describes_sen_in_her_language(client):
    data = json.loads(client.get("/manifest.webmanifest").content)
    assert data["lang"] == "vi" and data["dir"] == "ltr"
    assert data["description"].startswith("Bài học kỹ năng số ngắn gọn")


def test_service_worker_is_served_from_the_root_as_javascript(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b'const VERSION = "v' in body and b"sen-pages-" in body


def test_site_policy_lets_the_worker_and_manifest_load_from_the_site(client, home):
    policy = client.get("/")["Content-Security-Policy"]
    directives = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")) if part
    )
    # worker-src and manifest-src fall back to default-src, which allows the site itself.
    assert directives["default-src"] == "'self'"
    assert directives.get("worker-src", "'self'") == "'self'"
    assert directives.get("manifest-src", "'self'") == "'self'"
    assert "'unsafe-inline'" not in policy


def test_every_page_links_the_manifest_the_offline_script_and_a_hidden_banner(client, home):
    body = client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in body
    assert re.search(r'<script src="/static/offline/offline\.js[^"]*" defer></script>', body)
    assert re.search(r'<link rel="apple-touch-icon" href="/static/offline/icons/[^"]+">', body)
    assert re.search(r'<p class="offline-banner" id="offline-banner" role="status" hidden>', body)
    assert "<script>" not in body and 'style="' not in body


def test_offline_page_is_a_plain_page_for_the_worker_to_keep(client):
    client.cookies["django_language"] = "en"
    response = client.get("/offline/")
    assert response.status_code == 200
    assert "No connection" in response.content.decode()


def test_offline_page_speaks_vietnamese_first(client):
    body = client.get("/offline/").content.decode()
    assert "<h1>Không có mạng</h1>" in body
    assert '<a class="button button-block" href="/">Đến trang khóa học</a>' in body

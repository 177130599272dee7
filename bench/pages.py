"""Page measurements through Django's test client: the whole middleware stack and Wagtail's
routing, in this process, against the benchmark database."""

import gzip
import statistics
import time
from html.parser import HTMLParser
from urllib.parse import quote

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.fixtures import CHILDREN, SIZES


def client_for(user, host=None):
    client = Client(HTTP_HOST=host) if host else Client()
    client.force_login(user)
    return client


def fetch(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"GET {url}: {response.status_code}")
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def page_path(page):
    """The page's path within its own site (the client sends that site's host)."""
    _site_id, _root_url, path = page.get_url_parts()
    return path


def interleaved(client, urls, *, requests, warmup):
    """Time ``requests`` GETs of each url, alternating A B / B A so that drift (caches,
    autovacuum, CPU frequency) falls on both alike. Returns {name: [seconds]}."""
    names = list(urls)
    for _ in range(warmup):
        for name in names:
            fetch(client, urls[name])
    samples = {name: [] for name in names}
    for i in range(requests):
        for name in names if i % 2 == 0 else reversed(names):
            began = time.perf_counter()
            fetch(client, urls[name])
            samples[name].append(time.perf_counter() - began)
    return samples


def lesson_page_ratio(fx, report, *, requests, warmup=20):
    client = client_for(fx.learner)
    samples = interleaved(
        client,
        {"lesson": page_path(fx.lesson), "bare": page_path(fx.bare)},
        requests=requests,
        warmup=warmup,
    )
    lesson = statistics.median(samples["lesson"])
    bare = statistics.median(samples["bare"])
    report.figure("lesson_page_ms", lesson * 1000, "ms")
    report.figure("bare_page_ms", bare * 1000, "ms")
    report.figure("lesson_page_requests", requests, "requests_each")
    report.figure("lesson_page_ratio", lesson / bare, "x")
    return client


def count_queries(client, url):
    fetch(client, url)  # warm per-process caches (site root paths), as a running server has
    fetch(client, url)
    with CaptureQueriesContext(connection) as ctx:
        fetch(client, url)
    return len(ctx.captured_queries)


def query_counts(fx, report):
    """Each member page in a course of 5 and of 50 lessons; the dashboard of a node with
    10 and with 1,000 child chapters."""
    counts = {}
    for size in SIZES:
        site = fx.sites[size]
        client = client_for(site.member, host=site.host)
        lesson_path = page_path(site.quiz_lesson)
        pages = {
            "home": page_path(site.index),
            "course": page_path(site.course),
            "lesson": lesson_path,
            "quiz": f"/quizzes/{site.quiz_lesson.quiz_id}/?next={quote(lesson_path)}",
            "my_learning": "/my-learning/",
        }
        for page, url in pages.items():
            counts[page, size] = count_queries(client, url)
    for children in CHILDREN:
        node, official = fx.nodes[children]
        counts["dashboard", children] = count_queries(
            client_for(official), f"/dashboard/{node.code}/"
        )
    for page in ("home", "course", "lesson", "quiz", "my_learning"):
        a, b = (f"queries_{page}_{size}_lessons" for size in SIZES)
        report.figure(a, counts[page, SIZES[0]], "queries")
        report.figure(b, counts[page, SIZES[1]], "queries")
        report.figure(f"queries_{page}_ratio", counts[page, SIZES[1]] / counts[page, SIZES[0]], "x")
        report.pair(page, a, b)
    a, b = (f"queries_dashboard_{children}_children" for children in CHILDREN)
    report.figure(a, counts["dashboard", CHILDREN[0]], "queries")
    report.figure(b, counts["dashboard", CHILDREN[1]], "queries")
    report.figure(
        "queries_dashboard_ratio",
        counts["dashboard", CHILDREN[1]] / counts["dashboard", CHILDREN[0]],
        "x",
    )
    report.pair("dashboard", a, b)


class _Assets(HTMLParser):
    """Stylesheets and scripts a page loads (images are left out on purpose)."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def lesson_page_weight(fx, report, client):
    """Bytes a phone downloads for the lesson page, gzipped: HTML + CSS + JS, no images."""
    html = fetch(client, page_path(fx.lesson))
    parser = _Assets()
    parser.feed(html.decode())
    assets = [fetch(client, url) for url in parser.urls]
    css = sum(len(gzip.compress(body, 6)) for body in assets)
    report.figure("lesson_html_gzip_kb", len(gzip.compress(html, 6)) / 1000, "kB")
    report.figure("lesson_assets_gzip_kb", css / 1000, "kB")
    report.figure("lesson_asset_files", len(assets), "files")
    report.figure("lesson_page_kb", (len(gzip.compress(html, 6)) + css) / 1000, "kB")


def province_dashboard(fx, report, *, requests, warmup=2):
    client = client_for(fx.official)
    url = f"/dashboard/{fx.province.code}/"
    report.figure("province_dashboard_queries", count_queries(client, url), "queries")
    samples = interleaved(client, {"dashboard": url}, requests=requests, warmup=warmup)
    report.figure("province_dashboard_s", statistics.median(samples["dashboard"]), "s")
    report.figure("province_dashboard_max_s", max(samples["dashboard"]), "s")
    # Where the time goes: the database's share, and the slowest query.
    with CaptureQueriesContext(connection) as ctx:
        fetch(client, url)
    times = [(float(q["time"]), q["sql"]) for q in ctx.captured_queries]
    slowest = max(times)
    report.figure("province_dashboard_db_s", sum(t for t, _sql in times), "s")
    report.figure("province_dashboard_slowest_query_s", slowest[0], "s")
    report.note(f"slowest query: {' '.join(slowest[1].split())[:160]}...")


def big_chapter_page(fx, report, *, requests, warmup=2):
    """The dashboard of a chapter of BIG_CHAPTER members as her leader opens it: time, the
    bytes sent to a phone that accepts gzip (as every browser does), and the queries."""
    client = client_for(fx.big_leader)
    url = f"/dashboard/{fx.big_chapter.code}/"
    report.figure("big_chapter_members", fx.big_chapter.members.count(), "members")
    report.figure("big_chapter_page_queries", count_queries(client, url), "queries")
    samples = interleaved(client, {"chapter": url}, requests=requests, warmup=warmup)
    report.figure("big_chapter_page_s", statistics.median(samples["chapter"]), "s")
    response = client.get(url, headers={"accept-encoding": "gzip"})
    if response.get("Content-Encoding") != "gzip":
        raise RuntimeError(f"GET {url}: not compressed")
    report.figure("big_chapter_page_kb", len(response.content) / 1000, "kB")
    report.figure("big_chapter_html_kb", len(gzip.decompress(response.content)) / 1000, "kB")
    searched = f"{url}?q=Nguy%E1%BB%85n&status=not_started"
    samples = interleaved(client, {"search": searched}, requests=requests, warmup=warmup)
    report.figure("big_chapter_search_s", statistics.median(samples["search"]), "s")

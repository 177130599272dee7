"""Member-level exports of the whole scale province (200,000 members; 20,000 quick) as its
official downloads them: time, and the peak of Python memory while the file is made and
sent (tracemalloc, in a second run: tracing slows the first down)."""

import time
import tracemalloc

from bench.pages import client_for

FORMATS = ("csv", "xlsx")


def _download(client, url):
    """GET ``url`` and read the body the way a server sends it, chunk by chunk; bytes."""
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"GET {url}: {response.status_code}")
    size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
    response.close()
    return size


def member_exports(fx, report):
    client = client_for(fx.official)
    peaks = []
    for fmt in FORMATS:
        url = f"/dashboard/{fx.province.code}/members.{fmt}"
        began = time.perf_counter()
        size = _download(client, url)
        report.figure(f"member_export_{fmt}_s", time.perf_counter() - began, "s")
        report.figure(f"member_export_{fmt}_mb", size / 1e6, "MB")
        tracemalloc.start()
        try:
            _download(client, url)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        report.figure(f"member_export_{fmt}_peak_mb", peak / 1e6, "MB")
        peaks.append(peak / 1e6)
    report.figure("member_export_peak_mb", max(peaks), "MB")

"""The HTTP client against a real server on loopback: limits, retries, validators, misbehaving servers."""

from __future__ import annotations

import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from feedserver import (
    Route,
    endless,
    endless_chunked,
    flaky,
    gzip_bomb,
    hang,
    redirect,
    slow_drip,
)

from briefing import __version__
from briefing.feeds.fetch import Fetcher, FetchFailed, FetchSettings, decode_body

FAST = FetchSettings(timeout=0.8, deadline=1.6, max_bytes=256 * 1024, retries=0, backoff=0.01, backoff_max=0.05)


def test_gzip_body_is_decompressed_and_user_agent_names_briefing(server):
    url = server.add("/feed.xml", "<rss>" + "x" * 5000 + "</rss>", gzip=True)
    fetcher = Fetcher(FAST)
    resp = fetcher.get(url)
    assert resp.status == 200 and resp.body.startswith(b"<rss>") and len(resp.body) == 5011
    assert fetcher.stats.wire_bytes < 1000  # it travelled compressed
    assert server.user_agents[-1].startswith(f"briefing/{__version__} (+http")


def test_etag_and_last_modified_give_304(server):
    url = server.add("/feed.xml", "<rss/>", etag='"v1"', last_modified="Mon, 11 May 2026 06:00:00 GMT")
    first = Fetcher(FAST).get(url)
    assert (first.etag, first.last_modified) == ('"v1"', "Mon, 11 May 2026 06:00:00 GMT")
    again = Fetcher(FAST).get(url, etag=first.etag, last_modified=first.last_modified)
    assert again.status == 304 and again.body == b""
    assert server.conditional_hits["/feed.xml"] == 1


@pytest.mark.parametrize("handler", [endless, endless_chunked], ids=["no-length", "chunked"])
def test_endless_response_stops_at_the_size_cap(server, handler):
    url = server.custom("/huge", handler)
    fetcher = Fetcher(FAST)
    with pytest.raises(FetchFailed) as err:
        fetcher.get(url)
    assert err.value.reason == "too large" and "256 KB" in str(err.value)
    assert fetcher.stats.wire_bytes < FAST.max_bytes + 3 * 65536 + 100  # stopped, never read the stream


def test_gzip_bomb_is_stopped_on_the_decompressed_size(server):
    url = server.custom("/bomb", gzip_bomb(16 * 1024 * 1024))
    fetcher = Fetcher(FAST)
    with pytest.raises(FetchFailed) as err:
        fetcher.get(url)
    assert err.value.reason == "too large"
    assert fetcher.stats.wire_bytes < 200 * 1024  # the bomb itself is small: it was never inflated in full


def test_slow_drip_hits_the_deadline(server):
    url = server.custom("/drip", slow_drip)
    with pytest.raises(FetchFailed) as err:
        Fetcher(FAST).get(url)
    assert err.value.reason == "timeout" and err.value.transient


def test_silent_server_times_out(server):
    url = server.custom("/hang", hang)
    with pytest.raises(FetchFailed) as err:
        Fetcher(FAST).get(url)
    assert err.value.reason == "timeout" and "timed out" in str(err.value)


def test_5xx_is_retried_with_backoff_then_succeeds(server):
    url = server.custom("/flaky", flaky([503, 502], Route(body=b"<rss/>")))
    resp = Fetcher(FetchSettings(retries=2, backoff=0.01, backoff_max=0.02, timeout=1)).get(url)
    assert resp.body == b"<rss/>" and server.hits["/flaky"] == 3


def test_5xx_after_the_last_retry_fails_transiently(server):
    url = server.add("/down", "", status=500)
    with pytest.raises(FetchFailed) as err:
        Fetcher(FetchSettings(retries=1, backoff=0.01, timeout=1)).get(url)
    assert err.value.transient and err.value.status == 500 and server.hits["/down"] == 2


@pytest.mark.parametrize(("status", "reason"), [(404, "not found"), (410, "gone"), (403, "refused")])
def test_client_errors_are_not_retried(server, status, reason):
    url = server.add("/x", "", status=status)
    with pytest.raises(FetchFailed) as err:
        Fetcher(FetchSettings(retries=3, backoff=0.01)).get(url)
    assert err.value.reason == reason and not err.value.transient and server.hits["/x"] == 1
    assert url in str(err.value)


def test_redirect_loop_and_long_chains_are_refused(server):
    server.custom("/a", redirect("/b"))
    server.custom("/b", redirect("/a"))
    with pytest.raises(FetchFailed, match="redirect loop"):
        Fetcher(FAST).get(server.url("/a"))
    for i in range(8):
        server.custom(f"/r{i}", redirect(f"/r{i + 1}"))
    with pytest.raises(FetchFailed, match="more than 5 redirects"):
        Fetcher(FAST).get(server.url("/r0"))


def test_permanent_redirect_reports_the_new_address(server):
    server.custom("/old", redirect("/new", status=301))
    new = server.add("/new", "<rss/>")
    resp = Fetcher(FAST).get(server.url("/old"))
    assert resp.body == b"<rss/>" and resp.moved_to == new


def test_redirect_to_a_local_file_is_refused(server):
    server.custom("/sneaky", redirect("file:///etc/passwd"))
    with pytest.raises(FetchFailed, match="non-web address"):
        Fetcher(FAST).get(server.url("/sneaky"))


def test_refused_connection_fails_cleanly():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        with pytest.raises(FetchFailed) as err:
            Fetcher(FetchSettings(retries=2, backoff=0.01)).get(f"http://127.0.0.1:{port}/feed")
    assert err.value.reason == "network" and not err.value.transient


def test_file_urls_only_when_allowed_and_mtime_acts_as_validator(tmp_path: Path):
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss/>")
    with pytest.raises(FetchFailed, match="cannot fetch a 'file' address"):
        Fetcher(FAST).get(feed.as_uri())
    first = Fetcher(FAST).get(feed.as_uri(), allow_file=True)
    assert first.body == b"<rss/>"
    assert Fetcher(FAST).get(feed.as_uri(), allow_file=True, last_modified=first.last_modified).status == 304
    os.utime(feed, (time.time() + 10, time.time() + 10))
    assert Fetcher(FAST).get(feed.as_uri(), allow_file=True, last_modified=first.last_modified).status == 200


def test_per_host_limit_caps_requests_in_flight(server):
    lock, state = threading.Lock(), {"now": 0, "peak": 0}

    def slow(handler):
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        handler.send_response(200)
        handler.send_header("Content-Length", "2")
        handler.end_headers()
        handler.wfile.write(b"ok")

    url = server.custom("/slow", slow)
    fetcher = Fetcher(FetchSettings(per_host=2, timeout=2))
    with ThreadPoolExecutor(8) as pool:
        assert all(r.body == b"ok" for r in pool.map(lambda _: fetcher.get(url), range(8)))
    assert state["peak"] == 2


def test_wrong_charset_header_falls_back_to_the_pages_own():
    body = "<meta charset='windows-1252'><p>café</p>".encode("cp1252")
    assert "café" in decode_body(body, "text/html; charset=utf-8")
    assert decode_body("naïve".encode(), "text/html; charset=utf-8") == "naïve"

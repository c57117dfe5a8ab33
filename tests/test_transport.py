"""The transport against real servers on loopback: proxies, connection reuse, Retry-After, one deadline, SSRF."""

from __future__ import annotations

import datetime as dt
import email.utils
import socket
import time

import pytest
import urllib3
from feedserver import (
    FeedServer,
    Item,
    article_page,
    dribble_headers,
    paragraphs,
    redirect,
    rss2,
)
from proxyserver import ForwardingProxy

from briefing.config import FeedSpec
from briefing.feeds.fetch import Fetcher, FetchFailed, FetchSettings
from briefing.feeds.run import collect_feeds
from briefing.feeds.transport import Resolved, open_first, pool_manager, start_deadline

NOW = dt.datetime.now(dt.UTC)
FAST = FetchSettings(timeout=0.8, deadline=1.0, max_bytes=256 * 1024, retries=0, backoff=0.01, extract_processes=0)


@pytest.fixture
def no_proxy_env(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY",
                 "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def story_item(server: FeedServer, slug: str, link: str | None = None) -> Item:
    url = server.add(f"/{slug}", article_page(f"The {slug} story", paragraphs(f"The {slug} project")),
                     content_type="text/html; charset=utf-8")
    return Item(f"The {slug} story", link or url, NOW - dt.timedelta(hours=1), summary="")


def test_feeds_go_through_the_proxy_and_no_proxy_bypasses_it(server, state, no_proxy_env):
    feed = server.add("/feed.xml", rss2([story_item(server, "harbour")]))
    with ForwardingProxy() as proxy:
        no_proxy_env.setenv("HTTP_PROXY", proxy.url)
        no_proxy_env.setenv("HTTPS_PROXY", proxy.url)
        result = collect_feeds([FeedSpec(url=feed)], state=state, window_start=NOW - dt.timedelta(hours=36),
                               settings=FAST)
        assert [a.title for a in result.articles] == ["The harbour story"] and result.warnings == ()
        assert proxy.seen == [feed, server.url("/harbour")]  # the proxy saw the feed and its page

        no_proxy_env.setenv("NO_PROXY", "127.0.0.1")
        assert Fetcher(FAST).get(server.url("/harbour")).status == 200
        assert len(proxy.seen) == 2  # bypassed
    assert server.hits["/harbour"] == 2


def test_connections_are_reused_per_host(server, no_proxy_env):
    ports: list[int] = []

    def answer(handler) -> None:
        ports.append(handler.client_address[1])
        handler.send_response(200)
        handler.send_header("Content-Length", "2")
        handler.end_headers()
        handler.wfile.write(b"ok")

    url = server.custom("/ok", answer)
    fetcher = Fetcher(FAST)
    for _ in range(5):
        assert fetcher.get(url).body == b"ok"
    assert len(ports) == 5 and len(set(ports)) == 1  # five requests, one connection


@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_retry_after_is_honoured_in_both_forms(server, no_proxy_env, form):
    times: list[float] = []

    def busy_then_ok(handler) -> None:
        times.append(time.monotonic())
        if len(times) == 1:
            later = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2), usegmt=True)
            handler.send_response(503)
            handler.send_header("Retry-After", "1" if form == "seconds" else later)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Length", "6")
        handler.end_headers()
        handler.wfile.write(b"<rss/>")

    url = server.custom("/busy", busy_then_ok)
    settings = FetchSettings(timeout=2, retries=1, backoff=0.01, backoff_max=3)
    assert Fetcher(settings).get(url).body == b"<rss/>"
    assert times[1] - times[0] >= 0.9  # it waited as told, not the 10 ms backoff


def test_a_retry_after_longer_than_a_build_waits_is_left_for_the_next_run(server, no_proxy_env):
    server.add("/later", "", status=429, headers={"Retry-After": "3600"})
    with pytest.raises(FetchFailed) as err:
        Fetcher(FetchSettings(timeout=2, retries=2, backoff=0.01, backoff_max=3)).get(server.url("/later"))
    assert err.value.transient and server.hits["/later"] == 1


def test_one_deadline_covers_dribbled_headers(server, no_proxy_env):
    url = server.custom("/dribble", dribble_headers)
    started = time.monotonic()
    with pytest.raises(FetchFailed) as err:
        Fetcher(FAST).get(url)
    assert time.monotonic() - started < 2.5  # the 1 s deadline, not 2000 × 50 ms
    assert err.value.reason == "timeout" and "longer than 1s" in str(err.value)


def test_a_dns_failure_is_not_retried(no_proxy_env):
    started = time.monotonic()
    with pytest.raises(FetchFailed) as err:
        Fetcher(FetchSettings(retries=2, backoff=1.0)).get("http://no-such-host.invalid/feed.xml")
    assert err.value.reason == "dns" and not err.value.transient and "no such host" in str(err.value)
    assert time.monotonic() - started < 1.0  # no backoff sleeps


def test_a_remote_feed_cannot_lead_to_loopback(server, state, no_proxy_env):
    """A feed on a public-looking host links to, and redirects to, loopback: neither is fetched or published."""
    secret = server.add("/secret", article_page("Internal admin", paragraphs("The secret key")),
                        content_type="text/html")
    server.custom("/moved", redirect(secret))
    good = story_item(server, "bridge", link="http://news.example/bridge")
    items = [good, Item("Direct", secret, NOW, summary="<p>The feed's own summary.</p>"),
             Item("Via redirect", "http://news.example/moved", NOW, summary="")]
    server.add("/feed.xml", rss2(items))
    port = int(server.base.rsplit(":", 1)[1])
    with ForwardingProxy(names={"news.example": port}) as proxy:
        no_proxy_env.setenv("HTTP_PROXY", proxy.url)
        result = collect_feeds([FeedSpec(url="http://news.example/feed.xml", name="News")], state=state,
                               window_start=NOW - dt.timedelta(hours=36), settings=FAST)
    assert server.hits["/secret"] == 0
    assert "secret key" not in " ".join(a.text for a in result.articles)
    assert sorted(a.title for a in result.articles) == ["Direct", "The bridge story"]  # the feed's own text only
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.startswith("feed News: http://news.example/feed.xml: ")
    assert secret in warning and "http://news.example/moved" in warning and "private or local" in warning


def test_a_feed_on_loopback_may_link_to_its_own_host_only(server, state, no_proxy_env):
    elsewhere = server.url("/story").replace("127.0.0.1", "localhost")  # same machine, another host name
    items = [story_item(server, "own"), Item("Elsewhere", elsewhere, NOW, summary="<p>Summary.</p>")]
    feed = server.add("/feed.xml", rss2(items))
    result = collect_feeds([FeedSpec(url=feed)], state=state, window_start=NOW - dt.timedelta(hours=36),
                           settings=FAST)
    assert sorted(a.title for a in result.articles) == ["Elsewhere", "The own story"]
    assert "paragraph 3" in next(a.text for a in result.articles if a.title == "The own story")
    assert server.hits["/story"] == 0 and elsewhere in result.warnings[0]


@pytest.fixture
def tls_server():
    import ssl

    from smtpd_helpers import CERTS

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(CERTS / "localhost.crt", CERTS / "localhost.key")
    srv = FeedServer()
    srv.httpd.socket = context.wrap_socket(srv.httpd.socket, server_side=True)
    with srv:
        yield srv


def test_https_checks_the_certificate_against_the_name_while_connecting_to_the_checked_address(
        tls_server, no_proxy_env, tmp_path):
    from smtpd_helpers import CA_FILE

    url = tls_server.add("/feed.xml", "<rss/>").replace("http://127.0.0.1", "https://localhost")
    no_proxy_env.setenv("SSL_CERT_FILE", str(CA_FILE))
    assert Fetcher(FAST).get(url).body == b"<rss/>"
    no_proxy_env.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-ca.pem"))
    with pytest.raises(FetchFailed) as err:
        Fetcher(FAST).get(url)
    assert err.value.reason == "tls" and not err.value.transient and "certificate" in str(err.value)


def test_proxy_credentials_in_the_variable_are_sent_and_never_shown(server, no_proxy_env):
    import base64

    url = server.add("/feed.xml", "<rss/>")
    with ForwardingProxy() as proxy:
        no_proxy_env.setenv("HTTP_PROXY", proxy.url.replace("http://", "http://reader:s%40cret@"))
        assert Fetcher(FAST).get(url).body == b"<rss/>"
    assert proxy.auth == ["Basic " + base64.b64encode(b"reader:s@cret").decode()]
    no_proxy_env.setenv("HTTP_PROXY", "socks5://reader:secret@127.0.0.1:1080")
    with pytest.raises(FetchFailed) as err:
        Fetcher(FAST).get(url)
    assert err.value.reason == "proxy" and "secret" not in str(err.value) and "HTTP_PROXY" in str(err.value)


def test_no_thread_outlives_a_feeds_run_so_deduplication_can_still_use_every_core(server, tmp_path, no_proxy_env):
    import subprocess
    import sys

    from helpers import PROJECT

    feed = server.add("/feed.xml", rss2([story_item(server, "quay")]))
    script = f"""
import datetime as dt, threading, time
from briefing.config import FeedSpec
from briefing.feeds.fetch import FetchSettings
from briefing.feeds.run import collect_feeds
from briefing.state import State
with State({str(tmp_path / "s.sqlite")!r}) as st:
    result = collect_feeds([FeedSpec(url={feed!r})], state=st,
                           window_start=dt.datetime.now(dt.UTC) - dt.timedelta(hours=36),
                           settings=FetchSettings(extract_processes=0))
give_up = time.monotonic() + 2
while threading.active_count() > 1 and time.monotonic() < give_up:
    time.sleep(0.02)
print(len(result.articles), [t.name for t in threading.enumerate()])
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "PYTHONPATH": str(PROJECT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 ['MainThread']"  # dedupe forks only when this is the only thread


def test_https_feeds_go_through_the_proxy_in_a_tunnel_with_the_certificate_checked(tls_server, no_proxy_env):
    from smtpd_helpers import CA_FILE

    url = tls_server.add("/feed.xml", "<rss/>").replace("http://127.0.0.1", "https://localhost")
    no_proxy_env.setenv("SSL_CERT_FILE", str(CA_FILE))
    with ForwardingProxy() as proxy:
        no_proxy_env.setenv("HTTPS_PROXY", proxy.url)
        fetcher = Fetcher(FAST)
        assert fetcher.get(url).body == b"<rss/>" and fetcher.get(url).body == b"<rss/>"
    port = url.split(":")[2].split("/")[0]
    assert proxy.seen == [f"localhost:{port}"]  # one CONNECT, reused for the second request
    assert tls_server.hits["/feed.xml"] == 2


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "fe80::1", "::ffff:127.0.0.1",
    "::127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::", "64:ff9b::a00:1",  # IPv4 carried inside IPv6
])
def test_no_disguise_makes_a_private_address_public(address: str) -> None:
    from briefing.feeds.transport import is_public

    assert not is_public(address)


def test_public_addresses_stay_public() -> None:
    from briefing.feeds.transport import is_public

    assert is_public("8.8.8.8") and is_public("2001:4860:4860::8888") and is_public("64:ff9b::808:808")


def test_the_per_host_limit_counts_the_real_host_whatever_the_address_hides() -> None:
    fetcher = Fetcher(FetchSettings())
    assert fetcher.host_key("http://a.example?x=@b.example/") == fetcher.host_key("http://A.example:80/y")
    assert fetcher.host_key("https://a.example/") != fetcher.host_key("http://a.example/")


def test_a_password_in_a_feeds_address_never_reaches_a_warning_or_the_feed_report(state) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://reader:s3cret@127.0.0.1:{probe.getsockname()[1]}/feed.xml"
    result = collect_feeds([FeedSpec(url=url)], state=state, window_start=NOW - dt.timedelta(hours=36),
                           settings=FAST)
    shown = " ".join(result.warnings) + " ".join(f"{h.url} {h.message}" for h in result.health)
    assert result.warnings and "s3cret" not in shown and "reader:" not in shown and "127.0.0.1" in shown


def test_an_address_that_refuses_gives_way_to_the_next_one_of_its_host(server, no_proxy_env) -> None:
    """A name whose first address cannot be reached (an IPv6 route this machine lacks) is read from its next."""
    url = server.add("/page", article_page("The harbour story", paragraphs("The harbour project")),
                     content_type="text/html; charset=utf-8")
    port = int(url.split(":")[2].split("/")[0])
    # 127.0.0.2 is loopback too, but nothing listens on it: connecting is refused at once.
    where = Resolved(addresses=("127.0.0.2", "127.0.0.1"))
    options = {"headers": {"Host": f"127.0.0.1:{port}"}, "redirect": False, "retries": False,
               "preload_content": True, "timeout": urllib3.Timeout(connect=0.5, read=0.5)}
    deadline = start_deadline(2.0)
    try:
        resp = open_first(pool_manager(2), where, port=port, scheme="http", target="/page", deadline=deadline,
                          connect=0.5, pool_kwargs=None, options=options)
    finally:
        deadline.finish()
    assert resp.status == 200 and b"harbour" in resp.data
    assert server.hits["/page"] == 1  # asked once, of the address that answered


def test_when_every_address_refuses_the_last_refusal_is_reported(no_proxy_env) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    where = Resolved(addresses=("127.0.0.2", "127.0.0.1"))
    options = {"headers": {}, "redirect": False, "retries": False, "preload_content": True,
               "timeout": urllib3.Timeout(connect=0.5, read=0.5)}
    deadline = start_deadline(2.0)
    try:
        with pytest.raises(urllib3.exceptions.NewConnectionError, match="127.0.0.1"):
            open_first(pool_manager(2), where, port=port, scheme="http", target="/", deadline=deadline,
                       connect=0.5, pool_kwargs=None, options=options)
    finally:
        deadline.finish()

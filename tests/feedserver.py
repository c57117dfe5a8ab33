"""A real HTTP server on loopback for the feed tests and benchmark, and the documents it serves.

Routes are added per test: static bodies (with ETag/Last-Modified and optional gzip), or
misbehaviours (endless streams, gzip bombs, slow drips, redirect loops, dropped connections).
"""

from __future__ import annotations

import datetime as dt
import gzip
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from xml.sax.saxutils import escape

from loopback import LoopbackServer

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    gzipped: bytes = b""
    custom: Handler | None = None


class FeedServer(LoopbackServer):
    """Feeds and pages on 127.0.0.1, port 0, in a thread; use as a context manager."""

    def __init__(self, *, latency: float = 0.0) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.conditional_hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.bytes_sent = 0
        self.latency = latency
        self._lock = threading.Lock()
        super().__init__(_make_handler(self))

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **options) -> str:
        """Serve `body` at `path`; returns the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)
        return self.url(path)

    def custom(self, path: str, handler: Handler) -> str:
        self.routes[path] = Route(custom=handler)
        return self.url(path)

    def count(self, sent: int) -> None:
        with self._lock:
            self.bytes_sent += sent


def _make_handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.wfile = _Counting(self.wfile, server)

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            path = self.path.split("?", 1)[0]
            with server._lock:
                server.hits[path] += 1
                server.user_agents.append(self.headers.get("User-Agent", ""))
            if server.latency:
                time.sleep(server.latency)
            route = server.routes.get(path)
            if route is None:
                return self._send(404, b"not found", "text/plain")
            if route.custom:
                return route.custom(self)
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
            ):
                with server._lock:
                    server.conditional_hits[path] += 1
                return self._send(304, b"", None, route)
            body = route.body
            if route.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = route.gzipped = route.gzipped or gzip.compress(body)
                route.headers.setdefault("Content-Encoding", "gzip")
            self._send(route.status, body, route.content_type, route)

        def _send(self, status: int, body: bytes, content_type: str | None, route: Route | None = None) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for key, value in (route.headers if route else {}).items():
                self.send_header(key, value)
            if route and route.etag:
                self.send_header("ETag", route.etag)
            if route and route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

    return Handler


class _Counting:
    """Wraps the handler's output stream to count the bytes the server sends."""

    def __init__(self, raw, server: FeedServer) -> None:
        self.raw = raw
        self.server = server

    def write(self, data: bytes) -> int:
        self.server.count(len(data))
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()

    def __getattr__(self, name: str):
        return getattr(self.raw, name)


# --- misbehaving servers -------------------------------------------------------------------


def endless(handler: BaseHTTPRequestHandler) -> None:
    """No length at all: stream zeros until the client hangs up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Connection", "close")
    handler.end_headers()
    _stream_forever(handler)


def endless_chunked(handler: BaseHTTPRequestHandler) -> None:
    """A chunked response that never ends (the 1 GB feed, without ever making 1 GB)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"<item>" + b"x" * 65536 + b"</item>"
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    try:
        while True:
            handler.wfile.write(frame)
    except OSError:
        pass


def _stream_forever(handler: BaseHTTPRequestHandler) -> None:
    block = b"\0" * 65536
    try:
        while True:
            handler.wfile.write(block)
    except OSError:
        pass


def gzip_bomb(size: int) -> Handler:
    """A small gzip body that inflates to `size` bytes of zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    parts = [packer.compress(block) for _ in range(max(1, size >> 20))]
    bomb = b"".join(parts) + packer.flush()

    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Encoding", "gzip")
        h.send_header("Content-Length", str(len(bomb)))
        h.end_headers()
        h.wfile.write(bomb)

    return handler


def slow_drip(handler: BaseHTTPRequestHandler) -> None:
    """Send a byte every 50 ms: each read is quick, the whole never finishes."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Connection", "close")
    handler.end_headers()
    try:
        for _ in range(2000):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


def hang(handler: BaseHTTPRequestHandler) -> None:
    """Accept the request and say nothing for a while (a timeout)."""
    time.sleep(2)  # well past the tests' 0.8 s timeout, even on a loaded machine


def redirect(to: str, status: int = 302) -> Handler:
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handler


def flaky(statuses: list[int], then: Route) -> Handler:
    """Answer with each status in turn (e.g. 503), then serve `then`."""
    left = list(statuses)

    def handler(h: BaseHTTPRequestHandler) -> None:
        if left:
            code = left.pop(0)
            h.send_response(code)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", then.content_type)
        h.send_header("Content-Length", str(len(then.body)))
        h.end_headers()
        h.wfile.write(then.body)

    return handler


# --- documents ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    published: dt.datetime | None = None
    summary: str = ""
    guid: str | None = None


def rss2(items: Iterable[Item], *, title: str = "Test Feed", link: str = "http://example.org/") -> str:
    parts = []
    for item in items:
        date = f"<pubDate>{format_datetime(item.published)}</pubDate>" if item.published else ""
        guid = f"<guid>{escape(item.guid)}</guid>" if item.guid else ""
        parts.append(
            f"<item><title>{escape(item.title)}</title><link>{escape(item.link)}</link>{guid}{date}"
            f"<description>{escape(item.summary)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link><description>test</description>"
        + "".join(parts)
        + "</channel></rss>"
    )


def rss1(items: Iterable[Item], *, title: str = "RDF Feed") -> str:
    items = list(items)
    seq = "".join(f'<rdf:li rdf:resource="{escape(i.link)}"/>' for i in items)
    body = "".join(
        f'<item rdf:about="{escape(i.link)}"><title>{escape(i.title)}</title><link>{escape(i.link)}</link>'
        + (f"<dc:date>{i.published.isoformat()}</dc:date>" if i.published else "")
        + f"<description>{escape(i.summary)}</description></item>"
        for i in items
    )
    return (
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="http://example.org/"><title>{escape(title)}</title><link>http://example.org/</link>'
        f"<description>rdf</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>{body}</rdf:RDF>"
    )


def atom(items: Iterable[Item], *, title: str = "Atom Feed") -> str:
    entries = "".join(
        f"<entry><title>{escape(i.title)}</title><link rel=\"alternate\" href=\"{escape(i.link)}\"/>"
        f"<id>{escape(i.guid or i.link)}</id>"
        + (f"<updated>{i.published.isoformat()}</updated>" if i.published else "")
        + f"<summary>{escape(i.summary)}</summary></entry>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:test</id><updated>2026-01-01T00:00:00Z</updated>{entries}</feed>"
    )


def opml(feeds: Iterable[tuple[str, str]], *, nested: bool = True) -> str:
    outlines = "".join(f'<outline type="rss" text="{escape(n)}" title="{escape(n)}" xmlUrl="{escape(u)}"/>'
                       for n, u in feeds)
    if nested:
        outlines = f'<outline text="News">{outlines}</outline>'
    return f'<?xml version="1.0"?>\n<opml version="2.0"><head><title>subs</title></head><body>{outlines}</body></opml>'


_NAV = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(25))


def article_page(title: str, paragraphs: Iterable[str], *, author: str = "Jane Roe", site: str = "Example News",
                 date: str = "2026-05-10") -> str:
    """An article page wrapped in navigation, a sign-up box, share buttons and related links."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)} | {escape(site)}</title>
<meta name="author" content="{escape(author)}"><meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{date}"></head>
<body><header><nav><ul>{_NAV}</ul></nav></header>
<div class="newsletter">Sign up for our newsletter. Join 50,000 professionals.</div>
<main><article><h1>{escape(title)}</h1><p class="byline">By {escape(author)}</p>{body}
<div class="share">Share this article</div></article></main>
<aside><h3>Related stories</h3><ul>{_NAV}</ul></aside>
<footer><p>Copyright 2026 {escape(site)}. All rights reserved.</p></footer></body></html>"""


def paragraphs(topic: str, count: int = 6) -> list[str]:
    """Plain, distinct news-like paragraphs about `topic` (long enough to count as an article)."""
    return [
        f"{topic} was confirmed on Tuesday by officials, who said paragraph {n} of the report covered the "
        f"timeline, the costs and the people affected in considerable detail for readers who follow {topic}."
        for n in range(1, count + 1)
    ]


def dribble_headers(handler: BaseHTTPRequestHandler) -> None:
    """A status line, then the headers one byte every 50 ms: each read is quick, the headers never end."""
    try:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        handler.wfile.flush()
        for _ in range(2000):
            handler.wfile.write(b"X")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass

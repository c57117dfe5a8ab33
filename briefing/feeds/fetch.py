"""A small, polite HTTP client for feeds and article pages (stdlib only).

Everything a server sends is untrusted: bodies are streamed and stopped at a size cap measured
after decompression (a gzip bomb stops as early as a 1 GB stream), Content-Length is never
believed, redirects are counted and checked for loops, and each request has a deadline.
"""

from __future__ import annotations

import email.utils
import http.client
import logging
import os
import random
import ssl
import threading
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit
from urllib.request import url2pathname

from briefing import __version__
from briefing.errors import FetchError

log = logging.getLogger(__name__)

PROJECT_URL = "https://example.org/briefing"  # placeholder until the project has a home page
USER_AGENT = f"briefing/{__version__} (+{PROJECT_URL})"
_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True, kw_only=True)
class FetchSettings:
    """Limits for every request; tests inject tiny ones."""

    timeout: float = 10.0  # connect and each read
    deadline: float = 30.0  # the whole request, body included (stops slow drips)
    max_bytes: int = 5 * 1024 * 1024  # per body, after decompression
    max_redirects: int = 5
    retries: int = 2  # extra tries after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 0.5  # first wait; doubles each retry, with jitter
    backoff_max: float = 8.0  # also the longest Retry-After we honour
    concurrency: int = 32  # requests in flight at once
    per_host: int = 2  # requests in flight to one host (scheme, host, port)
    extract_processes: int | None = None  # article extraction processes; None: one per core, 0: in threads
    user_agent: str = USER_AGENT


@dataclass(frozen=True, kw_only=True)
class Response:
    """A finished request: status 200 with a body, or 304 when the validators still hold."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None  # set when every redirect was permanent: the address to use from now on


class FetchFailed(FetchError):
    """One URL could not be fetched; `reason` is a short tag, `transient` says whether to try again."""

    def __init__(self, url: str, what: str, *, reason: str, hint: str, status: int | None = None,
                 transient: bool = False, retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {what}", hint=hint)
        self.url = url
        self.reason = reason
        self.status = status
        self.transient = transient
        self.retry_after = retry_after


@dataclass
class _Stats:
    requests: int = 0
    wire_bytes: int = 0  # as received, before decompression
    lock: threading.Lock = field(default_factory=threading.Lock)


class Fetcher:
    """One client for a run: shared limits, per-host politeness and byte counts; thread-safe."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._hosts: dict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(self.settings.per_host)
        )
        self._hosts_lock = threading.Lock()
        self._ssl = ssl.create_default_context()
        self.stats = _Stats()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str = "*/*", allow_file: bool = False) -> Response:
        """GET `url` with retries; FetchFailed says why it failed and what to do."""
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file" and allow_file:
            return _read_file(url, last_modified, self.settings.max_bytes)
        if scheme not in ("http", "https"):
            raise FetchFailed(url, f"cannot fetch a '{scheme or 'relative'}' address", reason="scheme",
                              hint="use an http://, https:// or (for your own feeds) file:// address")
        attempt = 0
        while True:
            try:
                return self._follow(url, etag=etag, last_modified=last_modified, accept=accept)
            except FetchFailed as exc:
                if not exc.transient or attempt >= self.settings.retries:
                    raise
                wait = min(self.settings.backoff_max, self.settings.backoff * 2**attempt)
                wait = exc.retry_after or wait * (0.5 + random.random() / 2)  # jitter spreads the herd
                log.debug("retrying %s in %.2fs: %s", url, wait, exc)
                time.sleep(wait)
                attempt += 1

    def host_key(self, url: str) -> str:
        """What the per-host limit counts: scheme, host and port."""
        parts = urlsplit(url)
        return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}:{parts.port or ''}"

    def _follow(self, url: str, *, etag: str | None, last_modified: str | None, accept: str) -> Response:
        seen = [url]
        permanent = True
        current = url
        for _ in range(self.settings.max_redirects + 1):
            result = self._once(current, etag=etag, last_modified=last_modified, accept=accept)
            if isinstance(result, Response):
                moved = current if permanent and current != url else None
                return Response(url=current, status=result.status, body=result.body,
                                content_type=result.content_type, etag=result.etag,
                                last_modified=result.last_modified, moved_to=moved)
            status, location = result
            permanent = permanent and status in (301, 308)
            target = urljoin(current, location)
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise FetchFailed(url, f"redirects to a non-web address ({target[:80]})", reason="redirects",
                                  hint="the server is misconfigured; remove the feed or tell its owner")
            if target in seen:
                raise FetchFailed(url, "redirect loop", reason="redirects",
                                  hint="the server sends briefing round in circles; tell its owner or remove the feed")
            seen.append(target)
            current = target
        raise FetchFailed(url, f"more than {self.settings.max_redirects} redirects", reason="redirects",
                          hint="use the final address instead, or remove the feed")

    def _once(self, url: str, *, etag: str | None, last_modified: str | None,
              accept: str) -> Response | tuple[int, str]:
        """One request to one host: a Response, or (status, Location) for a redirect."""
        with self._hosts_lock:
            gate = self._hosts[self.host_key(url)]
        with gate:
            conn = self._connect(url)
            try:
                return self._exchange(conn, url, etag=etag, last_modified=last_modified, accept=accept)
            except TimeoutError:
                raise FetchFailed(url, f"timed out after {self.settings.timeout:g}s", reason="timeout",
                                  hint="the server is slow or down; briefing tries again next run",
                                  transient=True) from None
            except (ConnectionError, http.client.HTTPException, OSError) as exc:
                refused = isinstance(exc, ConnectionRefusedError)
                raise FetchFailed(url, f"connection failed ({exc.__class__.__name__}: {exc})", reason="network",
                                  hint="check the address and your connection; briefing tries again next run",
                                  transient=not refused) from None
            finally:
                conn.close()

    def _connect(self, url: str) -> http.client.HTTPConnection:
        parts = urlsplit(url)
        if not parts.hostname:
            raise FetchFailed(url, "no host in the address", reason="scheme", hint="check the address")
        timeout = self.settings.timeout
        if parts.scheme.lower() == "https":
            return http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout, context=self._ssl)
        return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)

    def _exchange(self, conn: http.client.HTTPConnection, url: str, *, etag: str | None,
                  last_modified: str | None, accept: str) -> Response | tuple[int, str]:
        started = time.monotonic()
        parts = urlsplit(url)
        target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~") + (f"?{parts.query}" if parts.query else "")
        headers = {"User-Agent": self.settings.user_agent, "Accept": accept, "Accept-Encoding": "gzip"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        conn.request("GET", target, headers=headers)
        resp = conn.getresponse()
        self._count(0, request=True)
        status = resp.status
        if status in _REDIRECTS and resp.getheader("Location"):
            return status, resp.getheader("Location", "")
        if status == 304:
            return Response(url=url, status=304, etag=resp.getheader("ETag") or etag,
                            last_modified=resp.getheader("Last-Modified") or last_modified)
        if status != 200:
            raise _status_error(url, status, resp.getheader("Retry-After"), self.settings.backoff_max)
        body = self._read_body(resp, url, started)
        return Response(url=url, status=200, body=body, content_type=resp.getheader("Content-Type", ""),
                        etag=resp.getheader("ETag"), last_modified=resp.getheader("Last-Modified"))

    def _read_body(self, resp: http.client.HTTPResponse, url: str, started: float) -> bytes:
        """Stream the body; stop at the decompressed size cap or the deadline."""
        limit = self.settings.max_bytes
        encoding = (resp.getheader("Content-Encoding") or "").strip().lower()
        # wbits 47: zlib or gzip, whichever header the data carries (servers mislabel deflate).
        inflate = zlib.decompressobj(47) if encoding in ("gzip", "x-gzip", "deflate") else None
        out = bytearray()
        while True:
            if time.monotonic() - started > self.settings.deadline:
                raise FetchFailed(url, f"took longer than {self.settings.deadline:g}s", reason="timeout",
                                  hint="the server is very slow; briefing tries again next run", transient=True)
            chunk = resp.read1(_CHUNK)
            if not chunk:
                break
            self._count(len(chunk))
            try:
                data = inflate.decompress(chunk, limit + 1 - len(out)) if inflate else chunk
            except zlib.error:
                raise FetchFailed(url, "the compressed response is corrupt", reason="encoding",
                                  hint="the server is misconfigured; try again later or remove it") from None
            out += data
            if len(out) > limit or (inflate is not None and inflate.unconsumed_tail):
                raise FetchFailed(url, f"response larger than {_size(limit)}, stopped reading", reason="too large",
                                  hint="this is not a normal feed or article; remove it or raise the size cap")
        return bytes(out)

    def _count(self, wire: int, *, request: bool = False) -> None:
        with self.stats.lock:
            self.stats.wire_bytes += wire
            self.stats.requests += request


def _status_error(url: str, status: int, retry_after: str | None, longest: float) -> FetchFailed:
    if status == 404:
        return FetchFailed(url, "404 Not Found", reason="not found", status=status,
                           hint="check the address, or remove it from your feeds")
    if status == 410:
        return FetchFailed(url, "410 Gone", reason="gone", status=status,
                           hint="the publisher retired it; briefing stops asking, remove it from your feeds")
    if status in (401, 403):
        return FetchFailed(url, f"{status} access refused", reason="refused", status=status,
                           hint="the site does not let briefing read it; remove it or find a public feed")
    if status in _RETRY_STATUS:
        wait = float(retry_after) if retry_after and retry_after.strip().isdigit() else None
        return FetchFailed(url, f"server error {status}", reason="server error", status=status, transient=True,
                           hint="the server is having trouble; briefing tries again next run",
                           retry_after=wait if wait is not None and wait <= longest else None)
    return FetchFailed(url, f"unexpected HTTP status {status}", reason="http", status=status,
                       hint="check the address; remove the feed if this persists")


def _read_file(url: str, last_modified: str | None, limit: int) -> Response:
    """A local feed: its modification time stands in for Last-Modified."""
    path = url2pathname(urlsplit(url).path)
    try:
        stamp = email.utils.formatdate(os.stat(path).st_mtime, usegmt=True)
        if last_modified == stamp:
            return Response(url=url, status=304, last_modified=stamp)
        with open(path, "rb") as handle:
            body = handle.read(limit + 1)
    except FileNotFoundError:
        raise FetchFailed(url, "no such file", reason="not found",
                          hint="check the path, or remove it from your feeds") from None
    except OSError as exc:
        raise FetchFailed(url, f"cannot read it ({exc.strerror or exc})", reason="file",
                          hint="check its permissions") from None
    if len(body) > limit:
        raise FetchFailed(url, f"file larger than {_size(limit)}", reason="too large",
                          hint="this is not a feed; remove it")
    return Response(url=url, status=200, body=body, last_modified=stamp)


def decode_body(body: bytes, content_type: str) -> str:
    """Text of an HTML page: the charset the server names if it decodes cleanly, else what the page says."""
    from briefing.collect.seeds import decode

    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            try:
                return body.decode(value.strip().strip("\"'"))
            except (LookupError, UnicodeDecodeError):
                break  # a wrong charset header is common; let the page's own declaration decide
    return decode(body)


def _size(n: int) -> str:
    return f"{n / 1048576:g} MB" if n >= 1048576 else f"{n / 1024:g} KB"

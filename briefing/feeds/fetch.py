"""A small, polite HTTP client for feeds and article pages, on urllib3 (connection reuse, proxies).

Everything a server sends is untrusted: bodies are streamed and stopped at a size cap measured
after decompression (a gzip bomb stops as early as a 1 GB stream), Content-Length is never
believed, redirects are counted and checked for loops, each request has one deadline (connect,
headers and body), and addresses on the user's own networks are refused unless the user
configured a feed on that host.
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import threading
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import SplitResult, quote, urljoin, urlsplit
from urllib.request import url2pathname

import urllib3

from briefing import __version__
from briefing.feeds.failures import FetchFailed, network_error, refused, status_error, too_slow
from briefing.feeds.transport import (
    Deadline,
    Resolved,
    is_public,
    open_first,
    pool_manager,
    proxy_for,
    resolve,
    start_deadline,
    without_credentials,
)

log = logging.getLogger(__name__)

PROJECT_URL = "https://example.org/briefing"  # placeholder until the project has a home page
USER_AGENT = f"briefing/{__version__} (+{PROJECT_URL})"
_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, kw_only=True)
class FetchSettings:
    """Limits for every request; tests inject tiny ones."""

    timeout: float = 10.0  # connect and each read
    deadline: float = 30.0  # the whole request: connect, headers and body (stops slow drips)
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


@dataclass
class _Stats:
    requests: int = 0
    wire_bytes: int = 0  # as received, before decompression
    lock: threading.Lock = field(default_factory=threading.Lock)


class Fetcher:
    """One client for a run: pooled connections, shared limits, per-host politeness and byte counts; thread-safe."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._hosts: dict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(self.settings.per_host)
        )
        self._hosts_lock = threading.Lock()
        self._managers: dict[str | None, urllib3.PoolManager] = {}
        self._private_hosts: set[str] = set()  # configured feed hosts that resolved to a private address
        self.stats = _Stats()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str = "*/*", allow_file: bool = False, via: str | None = None) -> Response:
        """GET `url` with retries; FetchFailed says why it failed and what to do.

        `via` is the feed the user configured that led here (None: `url` is the user's own). Loopback,
        private, link-local, multicast and reserved addresses are refused, after DNS and on every
        redirect, except on that feed's own host: a feed on a public host never leads to a private one.
        """
        try:
            scheme = urlsplit(url).scheme.lower()
        except ValueError:  # "http://[::1/x"
            raise FetchFailed(url, "not a valid address", reason="scheme", hint="check the address") from None
        if scheme == "file" and allow_file:
            return _read_file(url, last_modified, self.settings.max_bytes)
        if scheme not in ("http", "https"):
            raise FetchFailed(url, f"cannot fetch a '{scheme or 'relative'}' address", reason="scheme",
                              hint="use an http://, https:// or (for your own feeds) file:// address")
        trusted = (urlsplit(via or url).hostname or "").lower() or None
        if via is not None and trusted not in self._private_hosts:
            trusted = None  # the feed's host was public when the feed was read: so must its pages' be
        attempt = 0
        while True:
            try:
                return self._follow(url, etag=etag, last_modified=last_modified, accept=accept, trusted=trusted)
            except FetchFailed as exc:
                if not exc.transient or attempt >= self.settings.retries:
                    raise
                if exc.retry_after is not None and exc.retry_after > self.settings.backoff_max:
                    raise  # the server asked for more patience than a build has: next run
                wait = min(self.settings.backoff_max, self.settings.backoff * 2**attempt)
                wait = exc.retry_after if exc.retry_after is not None else wait * (0.5 + random.random() / 2)
                log.debug("retrying %s in %.2fs: %s", url, wait, exc)
                time.sleep(wait)
                attempt += 1

    def host_key(self, url: str) -> str:
        """What the per-host limit counts: scheme, host and port (never raises, whatever a feed links to)."""
        try:
            parts = urlsplit(url)
            port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
        except ValueError:
            return url  # a broken address is its own host: it fails on its own
        return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}:{port}"

    def _follow(self, url: str, *, etag: str | None, last_modified: str | None, accept: str,
                trusted: str | None) -> Response:
        seen = [url]
        permanent = True
        current = url
        for _ in range(self.settings.max_redirects + 1):
            result = self._once(current, etag=etag, last_modified=last_modified, accept=accept, trusted=trusted)
            if isinstance(result, Response):
                moved = current if permanent and current != url else None
                return Response(url=current, status=result.status, body=result.body,
                                content_type=result.content_type, etag=result.etag,
                                last_modified=result.last_modified, moved_to=moved)
            permanent = permanent and result.status in (301, 308)
            target = urljoin(current, result.location)
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

    def _once(self, url: str, *, etag: str | None, last_modified: str | None, accept: str,
              trusted: str | None) -> Response | _Redirect:
        """One request to one host under one deadline (connect, headers and body): a Response or a redirect."""
        with self._hosts_lock:
            gate = self._hosts[self.host_key(url)]
        with gate:
            deadline = start_deadline(self.settings.deadline)
            resp = None
            try:
                resp = self._open(url, deadline, accept=accept, etag=etag, last_modified=last_modified,
                                  trusted=trusted)
                answer = self._answer(resp, url, deadline)
                if isinstance(answer, Response) and answer.status == 304:  # servers may leave the validators out
                    answer = replace(answer, etag=answer.etag or etag, last_modified=answer.last_modified or last_modified)
                return answer
            except FetchFailed:
                raise
            except Exception as exc:
                if not isinstance(exc, urllib3.exceptions.HTTPError | OSError):
                    raise
                if deadline.fired:
                    raise too_slow(url, self.settings.deadline) from None
                raise network_error(url, exc, self.settings.timeout) from None
            finally:
                if resp is not None:
                    _release(resp)
                deadline.finish()

    def _open(self, url: str, deadline: Deadline, *, accept: str, etag: str | None, last_modified: str | None,
              trusted: str | None) -> urllib3.BaseHTTPResponse:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        scheme = parts.scheme.lower()
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError:  # "http://host:99999/" or ":abc"
            host = ""
        if not host:
            raise FetchFailed(url, "not a usable address (no host, or a bad port)", reason="scheme",
                              hint="check the address")
        private_ok = host == trusted
        proxy = proxy_for(scheme, host)
        headers = {"User-Agent": self.settings.user_agent, "Accept": accept, "Accept-Encoding": "gzip"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        wait = max(0.001, min(self.settings.timeout, deadline.remaining()))
        options: dict[str, Any] = {"headers": headers, "redirect": False, "retries": False, "preload_content": False,
                                   "decode_content": False, "timeout": urllib3.Timeout(connect=wait, read=wait)}
        if proxy:
            # The proxy resolves names; still refuse what we can see is private (a literal, or a local answer).
            self._check_via_proxy(url, host, port, deadline, private_ok=private_ok)
            try:
                manager = self._manager(proxy)
            except ValueError as exc:  # urllib3's ProxySchemeUnknown: socks5://, or no scheme it knows
                raise FetchFailed(url, f"cannot use the proxy {without_credentials(proxy)} ({exc})", reason="proxy",
                                  hint="set HTTP_PROXY / HTTPS_PROXY to an http:// or https:// proxy") from None
            return manager.urlopen("GET", _safe_url(parts), **options)
        where = resolve(host, port, private_ok=private_ok, within=max(0.001, deadline.remaining()))
        if where.refused:
            raise refused(url, host, where)
        self._note(host, where, private_ok)
        pool_kwargs = {"server_hostname": host, "assert_hostname": host} if scheme == "https" else None
        headers["Host"] = _host_header(parts)
        return open_first(self._manager(None), where, port=port, scheme=scheme, target=_target(parts),
                          deadline=deadline, connect=wait, pool_kwargs=pool_kwargs, options=options)

    def _check_via_proxy(self, url: str, host: str, port: int, deadline: Deadline, *, private_ok: bool) -> None:
        where = resolve(host, port, private_ok=private_ok, within=max(0.001, deadline.remaining()))
        if where.refused == "private":
            raise refused(url, host, where)
        self._note(host, where, private_ok)  # a name this machine cannot resolve is the proxy's to judge

    def _note(self, host: str, where: Resolved, private_ok: bool) -> None:
        """Remember a host the user configured a feed on that is private: its feed's pages may be there too.

        Decided when the feed itself is read, so a public feed host whose name later resolves to a
        private address (DNS rebinding) never unlocks private addresses for its pages.
        """
        if private_ok and where.address is not None and not is_public(where.address):
            with self._hosts_lock:
                self._private_hosts.add(host)

    def _manager(self, proxy: str | None) -> urllib3.PoolManager:
        with self._hosts_lock:
            manager = self._managers.get(proxy)
            if manager is None:
                manager = self._managers[proxy] = pool_manager(self.settings.per_host, proxy)
            return manager

    def _answer(self, resp: urllib3.BaseHTTPResponse, url: str, deadline: Deadline) -> Response | _Redirect:
        self._count(0, request=True)
        status = resp.status
        location = resp.headers.get("Location")
        if status in _REDIRECTS and location:
            return _Redirect(status=status, location=location)
        if status == 304:
            return Response(url=url, status=304, etag=resp.headers.get("ETag"),
                            last_modified=resp.headers.get("Last-Modified"))
        if status != 200:
            raise status_error(url, status, resp.headers.get("Retry-After"))
        body = self._read_body(resp, url, deadline)
        return Response(url=url, status=200, body=body, content_type=resp.headers.get("Content-Type", ""),
                        etag=resp.headers.get("ETag"), last_modified=resp.headers.get("Last-Modified"))

    def _read_body(self, resp: urllib3.BaseHTTPResponse, url: str, deadline: Deadline) -> bytes:
        """Stream the body; stop at the decompressed size cap or the deadline."""
        limit = self.settings.max_bytes
        encoding = (resp.headers.get("Content-Encoding") or "").strip().lower()
        # wbits 47: zlib or gzip, whichever header the data carries (servers mislabel deflate).
        inflate = zlib.decompressobj(47) if encoding in ("gzip", "x-gzip", "deflate") else None
        out = bytearray()
        while True:
            chunk = resp.read1(_CHUNK, decode_content=False)
            if deadline.fired or deadline.remaining() <= 0:
                resp.close()  # a half-read connection must not go back to the pool
                raise too_slow(url, self.settings.deadline)
            if not chunk:
                break
            self._count(len(chunk))
            try:
                data = inflate.decompress(chunk, limit + 1 - len(out)) if inflate else chunk
            except zlib.error:
                resp.close()
                raise FetchFailed(url, "the compressed response is corrupt", reason="encoding",
                                  hint="the server is misconfigured; try again later or remove it") from None
            out += data
            if len(out) > limit or (inflate is not None and inflate.unconsumed_tail):
                resp.close()
                raise FetchFailed(url, f"response larger than {_size(limit)}, stopped reading", reason="too large",
                                  hint="this is not a normal feed or article; remove it or raise the size cap")
        return bytes(out)

    def _count(self, wire: int, *, request: bool = False) -> None:
        with self.stats.lock:
            self.stats.wire_bytes += wire
            self.stats.requests += request


def _release(resp: urllib3.BaseHTTPResponse) -> None:
    """Hand the connection back for reuse: a short unread body (a 304, a redirect, an error page) is read first."""
    length = resp.headers.get("Content-Length", "")
    done = resp.closed
    if not done and (resp.status == 304 or (length.isdigit() and int(length) <= _CHUNK)):
        try:
            resp.drain_conn()
        except (urllib3.exceptions.HTTPError, OSError):
            resp.close()
    elif not done:
        resp.close()  # an unknown or long remainder: cheaper to open a new connection than to read it
    resp.release_conn()


@dataclass(frozen=True, kw_only=True)
class _Redirect:
    status: int
    location: str


def _target(parts: SplitResult) -> str:
    return quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~") + (f"?{parts.query}" if parts.query else "")


def _safe_url(parts: SplitResult) -> str:
    """The URL without credentials or fragment, path quoted: what a proxy is asked for."""
    return f"{parts.scheme.lower()}://{_host_header(parts)}{_target(parts)}"


def _host_header(parts: SplitResult) -> str:
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{parts.port}" if parts.port else host


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
    """Text of a page: the charset the server names if it decodes cleanly, else what the page says or shows."""
    from briefing.collect.decoding import content_charset, decode

    return decode(body, content_charset(content_type))


def _size(n: int) -> str:
    return f"{n / 1048576:g} MB" if n >= 1048576 else f"{n / 1024:g} KB"

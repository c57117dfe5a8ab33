"""The connection layer under the fetcher: urllib3 pools, proxies, one deadline, and where we may connect.

Addresses are checked after DNS resolution and the connection goes to the address that was checked
(no second lookup a rebinding DNS server could answer differently). A request has one deadline that
covers connecting, the headers and the body: a watchdog thread shuts the socket when it passes, so a
server dribbling its headers a byte at a time cannot hold a fetching thread for longer.
"""

from __future__ import annotations

import contextlib
import heapq
import ipaddress
import itertools
import socket
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

Refusal = Literal["private", "dns"]


# --- one deadline per request ---------------------------------------------------------------


@dataclass(eq=False)
class Deadline:
    """The moment a request must be over; the sockets it uses are shut when it passes."""

    when: float
    fired: bool = False
    done: bool = False
    socks: list[socket.socket] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self.when - time.monotonic())

    def watch(self, sock: socket.socket | None) -> None:
        """Shut `sock` when the deadline passes (at once if it already has)."""
        if sock is None:
            return
        with self.lock:
            self.socks.append(sock)
            late = self.fired
        if late:
            _shut(sock)

    def fire(self) -> None:
        """The deadline passed: shut every socket the request uses (unless it finished first)."""
        with self.lock:
            if self.done:
                return
            self.fired = True
            socks = list(self.socks)
        for sock in socks:
            _shut(sock)

    def finish(self) -> None:
        """The request is over: its sockets may go back to the pool untouched."""
        with self.lock:
            self.done = True
            self.socks.clear()
        _WATCHDOG.disarm(self)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in recv(); close() alone would not


class _Watchdog:
    """One thread for the deadlines of the requests in flight: a heap, woken when an earlier deadline arrives.

    A finished request leaves the heap at once, and the thread ends when the heap is empty: no
    thread outlives a feeds run (the deduplicator only forks when this process has one thread).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: Deadline) -> None:
        with self._cond:
            heapq.heappush(self._heap, (deadline.when, next(self._order), deadline))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="briefing-deadlines", daemon=True)
                self._thread.start()
            if self._heap[0][2] is deadline:
                self._cond.notify()

    def disarm(self, deadline: Deadline) -> None:
        with self._cond:
            self._heap = [item for item in self._heap if item[2] is not deadline]  # at most `concurrency` items
            heapq.heapify(self._heap)
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._heap:
                    self._thread = None
                    return
                when, _, deadline = self._heap[0]
                wait = when - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
            deadline.fire()


_WATCHDOG = _Watchdog()
_current = threading.local()  # the deadline of the request this thread is making


def start_deadline(seconds: float) -> Deadline:
    """Begin a request's deadline in this thread; call `finish()` on it when the request is over."""
    deadline = Deadline(when=time.monotonic() + seconds)
    _current.deadline = deadline
    _WATCHDOG.arm(deadline)
    return deadline


def _watch_current(sock: socket.socket | None) -> None:
    deadline: Deadline | None = getattr(_current, "deadline", None)
    if deadline is not None and not deadline.done:
        deadline.watch(sock)


class _Connection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is None:
            self.connect()
        _watch_current(self.sock)  # a new or a reused connection: either way this request's deadline guards it
        super().request(*args, **kwargs)


class _TLSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is None:
            self.connect()
        _watch_current(self.sock)
        super().request(*args, **kwargs)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


def without_credentials(url: str) -> str:
    """The address as a warning, the digest or its JSON may show it: any user:password@ taken out."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.rpartition("@")[2] if "@" in url.partition("?")[0] else url
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def pool_manager(per_host: int, proxy: str | None = None) -> urllib3.PoolManager:
    """A PoolManager (or ProxyManager) whose connections obey the request deadline; `per_host` kept alive per host."""
    manager: urllib3.PoolManager
    if proxy:
        parts = urlsplit(proxy)
        # urllib3 does not read credentials from the proxy's URL: HTTPS_PROXY=http://user:pass@host:3128
        auth = f"{unquote(parts.username or '')}:{unquote(parts.password or '')}" if parts.username else None
        bare = without_credentials(f"{parts.scheme}://{parts.netloc}")
        headers = urllib3.make_headers(proxy_basic_auth=auth) if auth else None
        manager = urllib3.ProxyManager(bare, num_pools=64, maxsize=per_host, block=False, proxy_headers=headers)
    else:
        manager = urllib3.PoolManager(num_pools=256, maxsize=per_host, block=False)
    manager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}
    return manager


# --- proxies from the environment -------------------------------------------------------------


def proxy_for(scheme: str, host: str) -> str | None:
    """The proxy the standard variables (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY) name for a request, or None."""
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(scheme) or proxies.get("all")
    bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]  # public, untyped in typeshed
    if not proxy or bypass(host, proxies):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


# --- where we may connect ---------------------------------------------------------------------


def is_public(address: str) -> bool:
    """True for a globally routable unicast address; False for loopback, private, link-local, multicast, reserved."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            ip = embedded  # ::ffff:127.0.0.1, 64:ff9b::7f00:1, 2002:7f00:1::: loopback in disguise
    return ip.is_global and not ip.is_multicast


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_COMPATIBLE = ipaddress.ip_network("::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4, Teredo, IPv4-compatible), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64 or (ip in _COMPATIBLE and int(ip) > 1):  # ::1 and :: are themselves
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _lookup(host: str, port: int, within: float) -> list[Any]:
    """getaddrinfo, waiting at most `within` seconds (it cannot be interrupted, so it runs in its own thread;
    a pool's threads would outlive the run)."""
    box: list[Any] = []

    def run() -> None:
        try:
            box.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread as it is
            box.append(exc)

    worker = threading.Thread(target=run, name="briefing-dns", daemon=True)
    worker.start()
    worker.join(within)
    if not box:
        raise TimeoutError(f"looking up {host} took longer than {within:.3g}s")
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


@dataclass(frozen=True, kw_only=True)
class Resolved:
    """A host's checked addresses to connect to, in the resolver's order, or why there are none."""

    addresses: tuple[str, ...] = ()
    refused: Refusal | None = None
    detail: str = ""

    @property
    def address(self) -> str | None:
        """The address to try first (None when refused)."""
        return self.addresses[0] if self.addresses else None


def resolve(host: str, port: int, *, private_ok: bool, within: float) -> Resolved:
    """Resolve `host` (waiting at most `within` seconds) and pick an address we may connect to.

    Public addresses only, or any when `private_ok`; TimeoutError when the resolver is too slow.
    """
    if _literal(host):
        addresses = [host]
    else:
        try:
            infos = _lookup(host, port, within)
        except (socket.gaierror, UnicodeError) as exc:
            return Resolved(refused="dns", detail=str(getattr(exc, "strerror", None) or exc))
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    # Every address we may use is kept, not the first alone: a name's first answer may be one this machine
    # cannot reach (an IPv6 address without an IPv6 route) while the next one answers.
    allowed = tuple(a for a in addresses if private_ok or is_public(a))
    if allowed:
        return Resolved(addresses=allowed)
    return Resolved(refused="private", detail=", ".join(addresses[:3]))


def open_first(manager: urllib3.PoolManager, where: Resolved, *, port: int, scheme: str, target: str,
               deadline: Deadline, connect: float, pool_kwargs: dict[str, Any] | None,
               options: dict[str, Any]) -> urllib3.BaseHTTPResponse:
    """GET `target` from the first of the checked addresses that accepts a connection.

    Only a failure to connect moves on to the next address (a request that reached a server is never sent
    twice); each try may take its share of what is left of the deadline, so one silent address cannot use
    up the time of the ones after it."""
    addresses = where.addresses
    for k, address in enumerate(addresses):
        left = len(addresses) - k
        wait = max(0.001, min(connect, deadline.remaining() / left))
        timeout = urllib3.Timeout(connect=wait, read=options["timeout"].read_timeout)
        pool = manager.connection_from_host(address, port, scheme, pool_kwargs=pool_kwargs)
        try:
            return pool.urlopen("GET", target, assert_same_host=False, **{**options, "timeout": timeout})
        except urllib3.exceptions.ConnectTimeoutError:  # NewConnectionError too: refused, unreachable, silent
            if left == 1 or deadline.fired or deadline.remaining() <= 0:
                raise
    raise ValueError("open_first needs at least one address")

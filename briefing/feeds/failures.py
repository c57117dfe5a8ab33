"""What can go wrong with one fetch, told in one line with what to do; and which failures to retry."""

from __future__ import annotations

import datetime as dt
import email.utils
import http.client
import ssl

import urllib3

from briefing.errors import FetchError
from briefing.feeds.transport import Resolved, without_credentials

_RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchFailed(FetchError):
    """One URL could not be fetched; `reason` is a short tag, `transient` says whether to try again."""

    def __init__(self, url: str, what: str, *, reason: str, hint: str, status: int | None = None,
                 transient: bool = False, retry_after: float | None = None) -> None:
        super().__init__(f"{without_credentials(url)}: {what}", hint=hint)  # warnings reach the digest
        self.url = url
        self.what = what  # the reason alone: the feed's health shows it beside the URL
        self.reason = reason
        self.status = status
        self.transient = transient
        self.retry_after = retry_after




def refused(url: str, host: str, where: Resolved) -> FetchFailed:
    """A host we may not connect to: no such name, or an address on the user's own networks."""
    if where.refused == "dns":
        return FetchFailed(url, f"no such host {host} ({where.detail})", reason="dns",
                           hint="check the address for a typo; the site may be gone")
    return FetchFailed(url, f"refused: {host} is on a private or local network ({where.detail})", reason="private",
                       hint="a feed may lead briefing only to public addresses, or to the host you configured it on")


def too_slow(url: str, seconds: float) -> FetchFailed:
    """The request's one deadline passed (connecting, headers or body)."""
    return FetchFailed(url, f"took longer than {seconds:g}s", reason="timeout",
                       hint="the server is very slow; briefing tries again next run", transient=True)


def network_error(url: str, exc: BaseException, timeout: float) -> FetchFailed:
    """A connection-level failure from urllib3 or the socket, told in one line: a short reason, one hint.

    urllib3 wraps the real cause ("_Connection(host=..., port=9): Failed to establish a new connection:
    [Errno 111] Connection refused"); the reader gets the cause in words, never the wrapper's repr.
    """
    cause = exc.__cause__ or exc.__context__
    # urllib3's NewConnectionError subclasses its ConnectTimeoutError: a refused connection is no timeout.
    connect_failed = isinstance(exc, urllib3.exceptions.NewConnectionError) and not isinstance(cause, TimeoutError)
    if not connect_failed and isinstance(exc, TimeoutError | urllib3.exceptions.TimeoutError) or isinstance(cause, TimeoutError):
        return FetchFailed(url, f"timed out after {timeout:g}s", reason="timeout",
                           hint="the server is slow or down; briefing tries again next run", transient=True)
    root = _root_cause(exc)
    if isinstance(exc, urllib3.exceptions.ProxyError):
        return FetchFailed(url, f"the proxy failed: {_in_words(root)}", reason="proxy", transient=True,
                           hint="check HTTP_PROXY / HTTPS_PROXY / NO_PROXY; briefing tries again next run")
    if isinstance(root, ssl.SSLCertVerificationError):
        return FetchFailed(url, f"its certificate is not valid: {root.verify_message or root.reason}", reason="tls",
                           hint="tell the site's owner, or remove the feed")
    if isinstance(root, ssl.SSLError) and root.reason == "WRONG_VERSION_NUMBER":
        return FetchFailed(url, "the server does not speak https at this address", reason="tls",
                           hint="check the port, or try the address with http://")
    if isinstance(exc, urllib3.exceptions.SSLError) or isinstance(root, ssl.SSLError):
        return FetchFailed(url, f"secure connection failed: {_in_words(root)}", reason="tls",
                           hint="the site's https is broken; tell its owner or remove the feed")
    if isinstance(root, http.client.BadStatusLine) and not isinstance(root, http.client.RemoteDisconnected):
        return FetchFailed(url, "the server there does not answer in HTTP", reason="network",
                           hint="check the address and port: it names a server that is not a web server")
    refused = isinstance(root, ConnectionRefusedError)
    return FetchFailed(url, _in_words(root), reason="network", transient=not refused,
                       hint="check the address and your connection; briefing tries again next run")


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost error urllib3 wrapped: the socket's, TLS's or http.client's own."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        reason = getattr(exc, "reason", None)  # MaxRetryError keeps its cause here
        wrapped = [a for a in exc.args if isinstance(a, BaseException)]  # ProtocolError("Connection aborted.", cause)
        inner = next(iter(wrapped), None) or (reason if isinstance(reason, BaseException) else None)
        inner = inner or exc.__cause__ or exc.__context__
        if inner is None:
            break
        exc = inner
    return exc


def _in_words(exc: BaseException) -> str:
    """A short reason a reader understands: "connection refused", "the server closed the connection"."""
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, http.client.RemoteDisconnected | ConnectionResetError | ConnectionAbortedError):
        return "the server closed the connection without answering"
    if isinstance(exc, ssl.SSLError):
        return (exc.reason or first_line(exc)).replace("_", " ").lower()
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return f"connection failed ({first_line(exc)})"


def first_line(exc: BaseException) -> str:
    """An exception's first line, short enough for a warning."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now: either form, delta-seconds or an HTTP-date; None when absent or unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def status_error(url: str, status: int, retry_after: str | None) -> FetchFailed:
    """An HTTP status other than 200, 304 or a redirect, with what to do about it."""
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
        what = "429 too many requests" if status == 429 else f"server error {status}"
        return FetchFailed(url, what, reason="server error", status=status, transient=True,
                           hint="the server is having trouble; briefing tries again next run",
                           retry_after=retry_after_seconds(retry_after))
    return FetchFailed(url, f"unexpected HTTP status {status}", reason="http", status=status,
                       hint="check the address; remove the feed if this persists")

"""A real SMTP server on loopback (aiosmtpd) whose behaviour each test sets: accept, refuse, drop, block."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import ssl
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from helpers import free_port

DATE = dt.date(2024, 5, 2)


class Handler:
    """Records accepted messages; `mode` decides what the next DATA or RCPT gets."""

    def __init__(self) -> None:
        self.delivered: list[tuple[list[str], EmailMessage]] = []
        self.mode = "accept"  # "accept" | "refuse-data" | "refuse-rcpt" | "drop" | "block" | "slow"
        self.refuse_rcpt: set[str] = set()  # these recipients get 550 in any mode
        self.entered = threading.Event()  # set when a DATA arrives (for "block")
        self.release = threading.Event()
        self.logins: list[tuple[str, str]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd hook
        if self.mode == "refuse-rcpt" or address in self.refuse_rcpt:
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        self.entered.set()
        if self.mode == "refuse-data":
            return "554 5.7.1 message rejected as spam"
        if self.mode == "drop":
            server.transport.close()  # hang up without an answer
            return "421 closing"
        if self.mode in ("block", "slow"):
            while not self.release.is_set():
                await asyncio.sleep(0.02)
            return "451 4.3.0 try again later"  # never accepted: the client is gone or timed out
        self.delivered.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 2.0.0 accepted"

    def message_ids(self) -> list[str]:
        """The Message-ID of every accepted message, in order."""
        return [str(msg["Message-ID"]) for _, msg in self.delivered]


class Authenticator:
    """Accepts exactly one user and password."""

    def __init__(self, handler: Handler, user: str, password: str) -> None:
        self.handler, self.user, self.password = handler, user, password

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.handler.logins.append((login, password))
        # handled=False: aiosmtpd then answers 535 itself.
        return AuthResult(success=(login, password) == (self.user, self.password), handled=False)


CERTS = Path(__file__).resolve().parent / "certs"
CA_FILE = CERTS / "localhost.crt"  # self-signed: clients trust it through SSL_CERT_FILE


def _server_tls() -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(CERTS / "localhost.crt", CERTS / "localhost.key")
    return context


@contextlib.contextmanager
def smtp_server(port: int | None = None, *, auth: tuple[str, str] | None = None,
                tls: str | None = None) -> Iterator[tuple[Handler, int]]:
    """Run the server on 127.0.0.1 for the block; yields (handler, port). `tls`: "starttls" or "ssl"."""
    handler = Handler()
    port = port or free_port()
    extra: dict = {}
    if auth:
        # With implicit TLS aiosmtpd cannot tell the connection is encrypted, so it must not insist.
        extra = {"authenticator": Authenticator(handler, *auth), "auth_require_tls": tls == "starttls",
                 "auth_required": True}
    if tls == "starttls":
        extra.update(tls_context=_server_tls(), require_starttls=True)
    elif tls == "ssl":
        extra.update(ssl_context=_server_tls())
    controller = Controller(handler, hostname="127.0.0.1", port=port, **extra)
    controller.start()
    try:
        yield handler, port
    finally:
        handler.release.set()
        controller.stop()


def write_config(folder: Path, port: int, **smtp: object) -> Path:
    """A briefing.toml pointing at the loopback server, with outbox and state inside `folder`."""
    smtp_lines = "\n".join(f"{k} = {json.dumps(v)}" for k, v in {"timeout": 5, "security": "none", **smtp}.items())
    path = folder / "briefing.toml"
    path.write_text(
        f"""
[briefing]
title = "Morning Briefing"
timezone = "Europe/Berlin"
outbox = "outbox"
state = "state/state.sqlite"

[email]
from = "Morning Briefing <briefing@example.org>"
to = ["reader@example.net"]
list_unsubscribe = "https://example.org/unsubscribe?u=1"

[smtp]
host = "127.0.0.1"
port = {port}
{smtp_lines}
""",
        encoding="utf-8",
    )
    return path


def write_edition(outbox: Path, date: dt.date = DATE, title: str = "Morning Briefing", marker: str = "") -> Path:
    """An edition folder as `briefing build` leaves it (the parts send reads)."""
    folder = outbox / date.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "briefing.txt").write_text(f"Anthropic leases Colossus 1.\n{marker}\n", encoding="utf-8")
    (folder / "briefing.html").write_text(f"<html><body><h1>Anthropic leases Colossus 1</h1>{marker}</body></html>",
                                          encoding="utf-8")
    meta = {"schema": 1, "edition": date.isoformat(), "title": title}
    (folder / "briefing.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder

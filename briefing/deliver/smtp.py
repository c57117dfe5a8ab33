"""The SMTP session: TLS as configured, a login whose password only ever comes from the environment."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import smtplib
import socket
import ssl

from briefing.config import SmtpSettings
from briefing.errors import ConfigError


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, where a plain-text login never leaves the machine."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def smtp_password(smtp: SmtpSettings) -> str | None:
    """The password from the environment variable named by smtp.password_env (never from a file)."""
    if not smtp.username:
        return None
    if not smtp.password_env:
        raise ConfigError("'smtp.username' is set but 'smtp.password_env' is not")
    password = os.environ.get(smtp.password_env)
    if not password:
        raise ConfigError(
            f"'smtp.password_env' names ${smtp.password_env}, which is not set",
            hint=f"export {smtp.password_env}=... in the environment that runs briefing",
        )
    if smtp.security == "none" and not is_loopback(smtp.host):
        raise ConfigError(
            f"'smtp.security' = \"none\" would send the password to {smtp.host} unencrypted",
            hint="use security = \"starttls\" or \"ssl\"",
        )
    return password


def connect(smtp: SmtpSettings) -> smtplib.SMTP:
    """An open, logged-in SMTP session (TLS as configured); the caller quits it."""
    password = smtp_password(smtp)
    context = ssl.create_default_context()
    if smtp.security == "ssl":
        session: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
    else:
        session = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
    try:
        session.ehlo()
        if smtp.security == "starttls":
            if not session.has_extn("starttls"):
                # Never fall back to plain text silently.
                raise smtplib.SMTPNotSupportedError("the server does not offer STARTTLS")
            session.starttls(context=context)
            session.ehlo()
        if smtp.username and password:
            session.login(smtp.username, password)
    except BaseException:
        with contextlib.suppress(Exception):
            session.close()
        raise
    return session


def explain_failure(exc: BaseException, smtp: SmtpSettings) -> tuple[str, str | None]:
    """How the server failed, in words (no exception reprs; server replies only, never our credentials), and
    the one thing to try first, if any (None: nothing to change here; the next send tries again)."""
    where = f"{smtp.host}:{smtp.port}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(f"{a}: {reply(c, m)}" for a, (c, m) in exc.recipients.items())
        return f"{where} refused the recipients ({refused})", "check the addresses in [email] 'to'"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return (f"{where} did not accept the login for 'smtp.username' ({reply(exc.smtp_code, exc.smtp_error)})",
                f"check 'smtp.username' and the password in ${smtp.password_env}")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return (f"{where} does not offer STARTTLS",
                "check smtp.port: servers offer STARTTLS on port 587, and on 465 need smtp.security = \"ssl\"")
    if isinstance(exc, smtplib.SMTPResponseException):
        text = reply(exc.smtp_code, exc.smtp_error)
        todo = "set smtp.security = \"starttls\"" if exc.smtp_code == 530 and "STARTTLS" in text.upper() else None
        return f"{where} refused the message ({text})", todo
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        # smtplib wraps a read timeout as a disconnect. A server that waits for TLS while we wait for its
        # greeting (security "starttls" or "none" on port 465) looks exactly like this.
        return (f"{where} did not answer within {smtp.timeout:g} s",
                "check smtp.port and smtp.security: port 465 needs \"ssl\"")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"{where} closed the connection before accepting the message", None
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the certificate of {where} is not valid ({exc.verify_message or exc.reason})",
                "set smtp.host to the name on the server's certificate")
    if isinstance(exc, ssl.SSLError):
        if exc.reason == "WRONG_VERSION_NUMBER":  # we spoke TLS, it answered in plain text
            return (f"{where} does not speak TLS from the first byte",
                    "set smtp.security = \"starttls\", which port 587 usually needs, or check smtp.port")
        return f"TLS with {where} failed ({(exc.reason or str(exc)).replace('_', ' ').lower()})", None
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection", "check smtp.host and smtp.port, and that the server is up"
    if isinstance(exc, socket.gaierror):
        return f"cannot find the mail server {smtp.host}", "check smtp.host and the network"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot reach {where} ({exc.strerror[:1].lower() + exc.strerror[1:]})", None
    text = " ".join(str(exc).split())[:200] or type(exc).__name__
    return f"cannot send via {where} ({text})", None


def reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}"[:300]

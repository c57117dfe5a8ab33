"""The SMTP session: TLS as configured, a login whose password only ever comes from the environment."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import smtplib
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


def describe_failure(exc: BaseException, smtp: SmtpSettings) -> str:
    """One line saying how the server failed; server replies only, never our credentials."""
    where = f"{smtp.host}:{smtp.port}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(f"{a}: {reply(c, m)}" for a, (c, m) in exc.recipients.items())
        return f"{where} refused the recipients ({refused})"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"{where} did not accept the login for 'smtp.username' ({reply(exc.smtp_code, exc.smtp_error)})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{where} refused the message ({reply(exc.smtp_code, exc.smtp_error)})"
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        return f"{where} did not answer within {smtp.timeout:g} s"  # smtplib wraps a read timeout as a disconnect
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"{where} closed the connection before accepting the message"
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed ({exc.reason or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection (is the server up?)"
    return f"cannot send via {where} ({type(exc).__name__}: {exc})"


def reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}"[:300]

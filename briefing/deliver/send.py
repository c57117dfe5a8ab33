"""Delivery: the built edition as a MIME message, sent over SMTP, recorded so nothing is lost or sent twice.

A send is two-phase. Before talking to the server the message is written to outbox/<date>/ and a
*pending* record with its Message-ID goes into the state database; once the server accepts it the
record becomes *sent*. A failed send leaves the pending record, and the next send delivers that same
message (same Message-ID) to the recipients that have not accepted it yet. If the process dies after
the server accepted but before the record, the next send repeats it: at-least-once in that window,
and the shared Message-ID lets a server or mail client drop the duplicate (see docs/delivery.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import ipaddress
import json
import logging
import os
import secrets
import smtplib
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

from briefing.config.schema import Config, EmailSettings, SmtpSettings
from briefing.errors import ConfigError, DeliveryError, InputError
from briefing.render.outbox import edition_dir, write_atomic
from briefing.state import State

log = logging.getLogger(__name__)

SCHEMA = [
    """
    CREATE TABLE delivery_messages (
        message_id TEXT PRIMARY KEY,
        edition TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent')),
        eml TEXT NOT NULL,
        digest TEXT NOT NULL,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_attempt_at TEXT,
        last_error TEXT,
        sent_at TEXT
    );
    CREATE INDEX delivery_messages_by_edition ON delivery_messages (edition, status);
    CREATE TABLE delivery_recipients (
        message_id TEXT NOT NULL REFERENCES delivery_messages (message_id) ON DELETE CASCADE,
        address TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        PRIMARY KEY (message_id, address)
    )
    """
]


@dataclass(frozen=True, kw_only=True)
class EditionMail:
    """The parts of a built edition that go into the email."""

    date: dt.date
    title: str
    text: str
    html: str
    digest: str  # sha256 of the three files: tells whether the edition was rebuilt since a failed send
    events: int | None = None  # how many events it carries, when briefing.json says


@dataclass(frozen=True, kw_only=True)
class SendOutcome:
    """What one send did."""

    date: dt.date
    status: str  # "sent" | "already sent" | "empty"
    message_id: str
    eml: Path
    recipients: tuple[str, ...] = ()
    retry: bool = False  # a kept message from an earlier failed or interrupted send

    def line(self) -> str:
        """One line for the user."""
        if self.status == "already sent":
            return (f"edition {self.date} was already sent (Message-ID {self.message_id}); "
                    "nothing to do (use --force to send it again)")
        if self.status == "empty":
            return f"edition {self.date} has no events (nothing new since earlier editions): not mailed (use --force to mail it)"
        kept = " (kept from an earlier attempt)" if self.retry else ""
        return (f"sent edition {self.date} to {len(self.recipients)} recipient(s){kept}: "
                f"Message-ID {self.message_id}, copy in {self.eml}")


@dataclass(frozen=True, kw_only=True)
class SendReport:
    """Every send one command made: the edition asked for, then any kept messages from earlier days."""

    outcomes: tuple[SendOutcome, ...] = ()
    errors: tuple[DeliveryError, ...] = field(default=())


# --- the edition and the message -------------------------------------------------------------------


def load_edition(outbox: Path, date: dt.date) -> EditionMail:
    """Read outbox/<date>/briefing.{txt,html,json}; one clear error when the edition is missing."""
    folder = edition_dir(outbox, date)
    paths = [folder / name for name in ("briefing.txt", "briefing.html", "briefing.json")]
    if not all(p.is_file() for p in paths):
        raise InputError(
            f"no edition for {date} in {outbox}/: run 'briefing build --date {date}' first", hint=""
        )
    try:
        raw = [p.read_bytes() for p in paths]
        meta = json.loads(raw[2])
        text, html = raw[0].decode("utf-8"), raw[1].decode("utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{folder}: cannot read the edition ({exc})",
                         hint=f"rebuild it: briefing build --date {date}") from None
    if not isinstance(meta, dict) or meta.get("edition") != date.isoformat() or not isinstance(meta.get("title"), str):
        raise InputError(f"{paths[2]}: not the edition of {date}", hint=f"rebuild it: briefing build --date {date}")
    title = " ".join(meta["title"].split()) or "Briefing"  # a line break in a header would be an injection
    digest = hashlib.sha256(b"\0".join(raw)).hexdigest()
    events = len(meta["events"]) if isinstance(meta.get("events"), list) else None
    return EditionMail(date=date, title=title, text=text, html=html, digest=digest, events=events)


def subject(title: str, date: dt.date) -> str:
    """The Subject line: the title and the edition's date."""
    return f"{title} — {date:%A} {date.day} {date:%B %Y}"


def build_message(mail: EditionMail, email: EmailSettings, *, message_id: str, when: dt.datetime) -> EmailMessage:
    """The multipart/alternative message (text, then HTML) with every header a list mail needs."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = subject(mail.title, mail.date)
    msg["From"] = email.sender
    msg["To"] = ", ".join(email.to)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    if email.list_unsubscribe:
        msg["List-Unsubscribe"] = f"<{email.list_unsubscribe}>"
        if email.list_unsubscribe.startswith("https://"):
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058: one-click needs https
    msg["Auto-Submitted"] = "auto-generated"  # keeps vacation auto-replies away from the sender
    msg.set_content(mail.text)
    msg.add_alternative(mail.html, subtype="html")
    return msg


def new_message_id(email: EmailSettings, date: dt.date) -> str:
    """A fresh Message-ID in the sender's domain (not this machine's host name)."""
    domain = parseaddr(email.sender)[1].rpartition("@")[2] or "briefing.invalid"
    # Short enough to stay on one header line; random so a forced resend is a new message.
    return f"<briefing.{date.isoformat()}.{secrets.token_hex(8)}@{domain}>"


# --- SMTP ----------------------------------------------------------------------------------------


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
        refused = "; ".join(f"{a}: {_reply(c, m)}" for a, (c, m) in exc.recipients.items())
        return f"{where} refused the recipients ({refused})"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"{where} did not accept the login for 'smtp.username' ({_reply(exc.smtp_code, exc.smtp_error)})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{where} refused the message ({_reply(exc.smtp_code, exc.smtp_error)})"
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        return f"{where} did not answer within {smtp.timeout:g} s"  # smtplib wraps a read timeout as a disconnect
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"{where} closed the connection before accepting the message"
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed ({exc.reason or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection (is the server up?)"
    return f"cannot send via {where} ({type(exc).__name__}: {exc})"


def _reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}"[:300]


# --- the send records ----------------------------------------------------------------------------


class SendLog:
    """The delivery tables: one row per message, one per recipient that accepted it."""

    def __init__(self, state: State) -> None:
        self.state = state
        state.ensure_schema("delivery", SCHEMA)

    def sent(self, date: dt.date) -> str | None:
        """The Message-ID of the latest message of `date` that every recipient accepted, if any."""
        row = self.state.db.execute(
            "SELECT message_id FROM delivery_messages WHERE edition = ? AND status = 'sent' "
            "ORDER BY sent_at DESC LIMIT 1", (date.isoformat(),),
        ).fetchone()
        return row["message_id"] if row else None

    def pending(self, date: dt.date | None = None) -> list[dict]:
        """Kept messages not yet accepted by every recipient (all dates, oldest first, when date is None)."""
        sql = "SELECT * FROM delivery_messages WHERE status = 'pending'"
        args: tuple = ()
        if date is not None:
            sql, args = sql + " AND edition = ?", (date.isoformat(),)
        return [dict(r) for r in self.state.db.execute(sql + " ORDER BY edition, created_at", args)]

    def count(self, date: dt.date) -> int:
        """How many messages were ever made for `date`."""
        return self.state.db.execute(
            "SELECT COUNT(*) FROM delivery_messages WHERE edition = ?", (date.isoformat(),)
        ).fetchone()[0]

    def accepted(self, message_id: str) -> set[str]:
        """Recipients that already accepted `message_id`."""
        rows = self.state.db.execute("SELECT address FROM delivery_recipients WHERE message_id = ?", (message_id,))
        return {r["address"] for r in rows}

    def keep(self, *, message_id: str, date: dt.date, eml: Path, digest: str) -> None:
        """Record (or refresh) a pending message before it goes to the server."""
        with self.state.transaction() as db:
            db.execute(
                "INSERT INTO delivery_messages (message_id, edition, status, eml, digest, created_at) "
                "VALUES (?, ?, 'pending', ?, ?, ?) "
                "ON CONFLICT (message_id) DO UPDATE SET eml = excluded.eml, digest = excluded.digest",
                (message_id, date.isoformat(), str(eml), digest, _now()),
            )

    def attempt(self, message_id: str) -> None:
        """Count an attempt just before the SMTP transaction."""
        with self.state.transaction() as db:
            db.execute(
                "UPDATE delivery_messages SET attempts = attempts + 1, last_attempt_at = ? WHERE message_id = ?",
                (_now(), message_id),
            )

    def record(self, message_id: str, accepted: list[str], *, complete: bool, error: str | None = None) -> None:
        """Record the recipients the server accepted; the message is sent once all of them have."""
        now = _now()
        with self.state.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO delivery_recipients (message_id, address, accepted_at) VALUES (?, ?, ?)",
                [(message_id, a, now) for a in accepted],
            )
            db.execute(
                "UPDATE delivery_messages SET status = ?, sent_at = ?, last_error = ? WHERE message_id = ?",
                ("sent" if complete else "pending", now if complete else None, error, message_id),
            )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- sending -------------------------------------------------------------------------------------


def mail_settings(config: Config) -> tuple[EmailSettings, SmtpSettings]:
    """The [email] and [smtp] settings, or one line saying which section is missing."""
    where = config.source or "briefing.toml"
    if config.email is None:
        raise ConfigError(f"{where}: no [email] section", hint="add [email] with 'from' and 'to' (docs/delivery.md)")
    if config.smtp is None:
        raise ConfigError(f"{where}: no [smtp] section", hint="add [smtp] with at least 'host' (see docs/delivery.md)")
    return config.email, config.smtp


def edition_status(config: Config, date: dt.date) -> str | None:
    """"pending" if a kept message of `date` awaits delivery, "sent" if it was delivered, else None."""
    with State(config.state) as state:
        sendlog = SendLog(state)
        if sendlog.pending(date):
            return "pending"
        return "sent" if sendlog.sent(date) else None


def send(config: Config, date: dt.date, *, force: bool = False) -> SendReport:
    """Send the edition of `date` (unless already sent), then any messages kept from earlier failures."""
    email, smtp = mail_settings(config)
    smtp_password(smtp)  # a missing password is a config error, found before anything is written
    outcomes: list[SendOutcome] = []
    errors: list[DeliveryError] = []
    with _send_lock(config.state), State(config.state) as state:
        sendlog = SendLog(state)
        try:
            outcomes.append(_send_edition(config, sendlog, date, force=force))
        except DeliveryError as exc:
            errors.append(exc)
        for row in sendlog.pending():
            if row["edition"] == date.isoformat():
                continue  # just tried (and failed) above
            try:
                outcomes.append(_deliver_kept(config, sendlog, row))
            except DeliveryError as exc:
                errors.append(exc)
    return SendReport(outcomes=tuple(outcomes), errors=tuple(errors))


def _send_edition(config: Config, sendlog: SendLog, date: dt.date, *, force: bool) -> SendOutcome:
    email, smtp = mail_settings(config)
    folder = edition_dir(config.outbox, date)
    sent_id = sendlog.sent(date)
    kept = next(iter(sendlog.pending(date)), None)  # a failed or interrupted send of this date comes first
    if sent_id and not kept and not force:
        return SendOutcome(date=date, status="already sent", message_id=sent_id, eml=folder)
    if kept and Path(kept["eml"]).is_file() and not _rebuilt(config.outbox, date, kept["digest"]):
        return _deliver_kept(config, sendlog, kept)
    mail = load_edition(config.outbox, date)
    if mail.events == 0 and not force and not kept:  # an empty digest every quiet day is noise
        return SendOutcome(date=date, status="empty", message_id="", eml=folder)
    if kept:  # rebuilt since the failure: a new body under the same Message-ID, so a duplicate stays detectable
        message_id, eml = kept["message_id"], Path(kept["eml"])
    else:
        message_id = new_message_id(email, date)
        count = sendlog.count(date)
        eml = folder / ("briefing.eml" if count == 0 else f"briefing-{count + 1}.eml")
    message = build_message(mail, email, message_id=message_id, when=dt.datetime.now(config.tz))
    write_atomic(eml, message.as_bytes())
    sendlog.keep(message_id=message_id, date=date, eml=eml, digest=mail.digest)
    return _transmit(smtp, email, sendlog, date=date, message_id=message_id, eml=eml, retry=bool(kept))


def _rebuilt(outbox: Path, date: dt.date, digest: str) -> bool:
    """Whether the edition on disk differs from the one the kept message was made from."""
    try:
        return load_edition(outbox, date).digest != digest
    except InputError:
        return False  # the edition files are gone: the kept message is all there is


def _deliver_kept(config: Config, sendlog: SendLog, row: dict) -> SendOutcome:
    email, smtp = mail_settings(config)
    date = dt.date.fromisoformat(row["edition"])
    eml = Path(row["eml"])
    if not eml.is_file():
        raise DeliveryError(f"the kept message for {date} ({eml}) is gone",
                            hint=f"rebuild and send: briefing run --date {date}")
    log.info("delivering the kept message of %s (%s)", date, row["message_id"])
    return _transmit(smtp, email, sendlog, date=date, message_id=row["message_id"], eml=eml, retry=True)


def _transmit(
    smtp: SmtpSettings, email: EmailSettings, sendlog: SendLog, *,
    date: dt.date, message_id: str, eml: Path, retry: bool,
) -> SendOutcome:
    payload = eml.read_bytes()
    already = sendlog.accepted(message_id)
    envelope = [a for a in _addr_specs(email.to) if a not in already]
    sender = parseaddr(email.sender)[1]
    if not envelope:  # every current recipient already has it (the refused ones were removed from the config)
        sendlog.record(message_id, [], complete=True)
        return SendOutcome(date=date, status="sent", message_id=message_id, eml=eml, retry=retry)
    sendlog.attempt(message_id)
    try:
        session = connect(smtp)
        try:
            refused = session.sendmail(sender, envelope, payload)
        finally:
            with contextlib.suppress(Exception):
                session.quit()
    except (smtplib.SMTPException, OSError) as exc:
        line = describe_failure(exc, smtp)
        sendlog.record(message_id, [], complete=False, error=line)
        raise DeliveryError(f"edition {date} not sent: {line}") from None
    accepted = [a for a in envelope if a not in refused]
    if refused:
        line = "; ".join(f"{a}: {_reply(c, m)}" for a, (c, m) in refused.items())
        sendlog.record(message_id, accepted, complete=False, error=line)
        raise DeliveryError(f"edition {date} sent to {len(accepted)} but refused for {line}")
    sendlog.record(message_id, accepted, complete=True)
    return SendOutcome(date=date, status="sent", message_id=message_id, eml=eml,
                       recipients=tuple(envelope), retry=retry)


def _addr_specs(addresses: tuple[str, ...]) -> list[str]:
    return [addr for _, addr in getaddresses(list(addresses)) if addr]


@contextlib.contextmanager
def _send_lock(state_path: Path, wait: float = 120.0) -> Iterator[None]:
    """One send at a time per state file (cron and the scheduler may overlap); the OS frees it if we die."""
    try:
        import fcntl
    except ImportError:  # not POSIX: rely on the records alone
        yield
        return
    lock_path = Path(state_path).parent / "send.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise DeliveryError(f"another 'briefing send' still holds {lock_path}") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

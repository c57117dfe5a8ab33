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
import logging
import smtplib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Literal

from briefing.config import DEFAULT_CONFIG, Config, EmailSettings, SmtpSettings
from briefing.deliver.message import build_message, load_edition, new_message_id
from briefing.deliver.sendlog import KeptMessage, SendLog
from briefing.deliver.smtp import connect, explain_failure, reply, smtp_password
from briefing.errors import ConfigError, DeliveryError, InputError
from briefing.render import edition_dir, write_atomic
from briefing.state import State

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class SendOutcome:
    """What one send did."""

    date: dt.date
    status: Literal["sent", "already sent", "empty"]
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
            return (f"edition {self.date} has no events (a quiet day, or nothing new since earlier editions): "
                    "not mailed (use --force to mail it)")
        kept = " (kept from an earlier attempt)" if self.retry else ""
        return (f"sent edition {self.date} to {len(self.recipients)} recipient(s){kept}: "
                f"Message-ID {self.message_id}, copy in {self.eml}")


@dataclass(frozen=True, kw_only=True)
class SendReport:
    """Every send one command made: the edition asked for, then any kept messages from earlier days."""

    outcomes: tuple[SendOutcome, ...] = ()
    errors: tuple[DeliveryError, ...] = field(default=())


def mail_settings(config: Config) -> tuple[EmailSettings, SmtpSettings]:
    """The [email] and [smtp] settings, or one line saying which section is missing."""
    if config.source is None:  # no file at all: "briefing.toml: no [email] section" would name a file that is not there
        raise ConfigError(f"no {DEFAULT_CONFIG} in this folder: sending needs its [email] and [smtp] sections",
                          hint=f"create {DEFAULT_CONFIG} with them as docs/delivery.md shows, or give --config FILE")
    where = config.source
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
        for kept in sendlog.pending():
            if kept.edition == date:
                continue  # just tried (and failed) above
            try:
                outcomes.append(_deliver_kept(config, sendlog, kept))
            except DeliveryError as exc:
                errors.append(exc)
    return SendReport(outcomes=tuple(outcomes), errors=tuple(errors))


def mail_dir(config: Config, date: dt.date) -> Path:
    """Where the exact bytes of each message of `date` are kept: beside the state, never in the published outbox."""
    return config.state.parent / "mail" / date.isoformat()


def _send_edition(config: Config, sendlog: SendLog, date: dt.date, *, force: bool) -> SendOutcome:
    email, smtp = mail_settings(config)
    folder = edition_dir(config.outbox, date)
    sent_id = sendlog.sent(date)
    kept = next(iter(sendlog.pending(date)), None)  # a failed or interrupted send of this date comes first
    if sent_id and not kept and not force:
        return SendOutcome(date=date, status="already sent", message_id=sent_id, eml=folder)
    if kept and kept.eml.is_file() and not _rebuilt(config.outbox, date, kept.digest):
        return _deliver_kept(config, sendlog, kept)
    mail = load_edition(config.outbox, date)
    if mail.events == 0 and not force and not kept:  # an empty digest every quiet day is noise
        return SendOutcome(date=date, status="empty", message_id="", eml=folder)
    if kept:  # rebuilt since the failure: a new body under the same Message-ID, so a duplicate stays detectable
        message_id, eml = kept.message_id, kept.eml
    else:
        message_id = new_message_id(email, date)
        count = sendlog.count(date)
        eml = mail_dir(config, date) / ("briefing.eml" if count == 0 else f"briefing-{count + 1}.eml")
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


def _deliver_kept(config: Config, sendlog: SendLog, kept: KeptMessage) -> SendOutcome:
    email, smtp = mail_settings(config)
    date, eml = kept.edition, kept.eml
    if not eml.is_file():
        raise DeliveryError(f"the kept message for {date} ({eml}) is gone",
                            hint=f"rebuild and send: briefing run --date {date}")
    log.info("delivering the kept message of %s (%s)", date, kept.message_id)
    return _transmit(smtp, email, sendlog, date=date, message_id=kept.message_id, eml=eml, retry=True)


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
        line, todo = explain_failure(exc, smtp)
        sendlog.record(message_id, [], complete=False, error=line)
        raise DeliveryError(f"edition {date} not sent: {line}",
                            hint=f"{todo}; {_kept(eml)}" if todo else _kept(eml)) from None
    accepted = [a for a in envelope if a not in refused]
    if refused:
        line = "; ".join(f"{a}: {reply(c, m)}" for a, (c, m) in refused.items())
        sendlog.record(message_id, accepted, complete=False, error=line)
        raise DeliveryError(f"edition {date} sent to {len(accepted)} but refused for {line}",
                            hint=f"check those addresses in [email] 'to'; {_kept(eml)}, for them only")
    sendlog.record(message_id, accepted, complete=True)
    return SendOutcome(date=date, status="sent", message_id=message_id, eml=eml,
                       recipients=tuple(envelope), retry=retry)


def _kept(eml: Path) -> str:
    """Where the unsent message waits: beside the state database, not in the (published) outbox."""
    return f"the message is kept in {eml.parent}/ and the next 'briefing send' delivers it"


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

"""The built edition as a MIME message: text and HTML alternatives with the headers a list mail needs."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

from briefing.config import EmailSettings
from briefing.errors import InputError
from briefing.render import edition_dir


@dataclass(frozen=True, kw_only=True)
class EditionMail:
    """The parts of a built edition that go into the email."""

    date: dt.date
    title: str
    text: str
    html: str
    digest: str  # sha256 of the three files: tells whether the edition was rebuilt since a failed send
    events: int | None = None  # how many events it carries, when briefing.json says


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
    # Encoded here, not by the policy: its folder can emit an empty encoded word (=?utf-8?q??=) at some lengths.
    msg.set_raw("Subject", _encoded(subject(mail.title, mail.date)))
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


def _encoded(text: str) -> str:
    """A header value folded into RFC 2047 words of at most 76 characters a line (ASCII stays as it is)."""
    charset = "us-ascii" if text.isascii() else "utf-8"
    return Header(text, charset, header_name="Subject").encode(linesep="\n")

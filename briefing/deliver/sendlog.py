"""The send records in the state database: one row per message, one per recipient that accepted it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from briefing.state import State

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
class KeptMessage:
    """A message written and recorded before sending that not every recipient has accepted yet."""

    message_id: str
    edition: dt.date
    eml: Path
    digest: str  # of the edition it was made from: tells whether the edition was rebuilt since


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

    def pending(self, date: dt.date | None = None) -> list[KeptMessage]:
        """Kept messages not yet accepted by every recipient (all dates, oldest first, when date is None)."""
        sql = "SELECT message_id, edition, eml, digest FROM delivery_messages WHERE status = 'pending'"
        args: tuple[str, ...] = ()
        if date is not None:
            sql, args = sql + " AND edition = ?", (date.isoformat(),)
        return [
            KeptMessage(message_id=r["message_id"], edition=dt.date.fromisoformat(r["edition"]), eml=Path(r["eml"]),
                        digest=r["digest"])
            for r in self.state.db.execute(sql + " ORDER BY edition, created_at", args)
        ]

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

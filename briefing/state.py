"""The state database (SQLite): what feeds returned, what editions carried, what was sent.

Each component owns its tables and declares them with `ensure_schema`, so the modules stay
independent while sharing one file and one transaction discipline.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from briefing.errors import StateError


class State:
    """A connection to the state database; use `transaction()` for every write."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we open transactions ourselves, so a crash never leaves half a write.
            self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
            )
        except (sqlite3.Error, OSError) as exc:
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
                raise damaged(self.path, exc) from None  # "file is not a database": random bytes, another program's
            # Locked, an unreadable folder: the file itself may be fine.
            raise StateError(f"{path}: cannot open the state database ({exc})") from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one IMMEDIATE transaction: all of it is written or none."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StateError(f"{self.path}: cannot write the state database ({exc})") from None
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def ensure_schema(self, component: str, migrations: list[str]) -> None:
        """Apply the component's migrations not yet applied; migration i brings it to version i+1."""
        with self.transaction() as db:
            row = db.execute("SELECT version FROM schema_versions WHERE component = ?", (component,)).fetchone()
            current = row["version"] if row else 0
            for script in migrations[current:]:
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
            if len(migrations) > current:
                db.execute(
                    "INSERT INTO schema_versions(component, version) VALUES (?, ?) "
                    "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                    (component, len(migrations)),
                )

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: object) -> None:
        self.close()
        if isinstance(error, sqlite3.OperationalError):
            # Locked by another process, read-only, or an I/O error: the file is fine, moving it aside would
            # throw away the send records (and so send twice).
            raise StateError(f"{self.path}: cannot use the state database ({error})",
                             hint="check that no other briefing holds it and that its folder is writable") from None
        if isinstance(error, sqlite3.DatabaseError):
            # A damaged file ("database disk image is malformed") is found by whichever query reads the bad
            # page; it is the state database's problem wherever that query lives.
            raise damaged(self.path, error) from None


def damaged(path: Path, error: sqlite3.DatabaseError) -> StateError:
    """A state file SQLite cannot read: say so, how to start afresh, and what a fresh one no longer knows."""
    return StateError(f"{path}: the state database is damaged or not a briefing state file ({error})",
                      hint=f"move it aside with 'mv {path} {path}.bad' and run again; a new one starts empty, "
                           "forgetting the feeds added with 'briefing feeds import', which events earlier "
                           "editions carried and which editions were sent")

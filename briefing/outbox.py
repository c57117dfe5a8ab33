"""The outbox: one folder per edition, every file written atomically."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

EDITION_FILES = ("briefing.md", "briefing.html", "briefing.txt", "briefing.json")


def edition_dir(outbox: Path, date: dt.date) -> Path:
    """The folder that holds the edition of `date`."""
    return outbox / date.isoformat()


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` so a reader (or a crash) sees the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes 0600; editions are meant to be read (and served)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""The outbox: one folder per edition, every file written atomically, and the index of them all.

outbox/README.md lists every edition, newest first, so the archive reads well on GitHub.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import OutputError
from briefing.render.templates import md_escape
from briefing.text import long_date, plural

log = logging.getLogger(__name__)

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

def publish_edition(folder: Path, files: Mapping[str, str | bytes]) -> tuple[Path, ...]:
    """Write an edition's files into `folder` as one change: readers see the old edition or the new, never a mix.

    The files are written to a hidden folder beside it, the old folder's other files (the .eml copies
    of sent messages) are linked in, and the two folders are swapped by rename. A crash between the
    two renames leaves the old edition as `.<date>.old-*`, which the next build puts back first.
    """
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _recover(folder)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=parent))
    except OSError as exc:
        raise OutputError(f"{parent}: cannot write the outbox ({exc.strerror or exc})") from None
    try:
        for name, content in files.items():
            _write_file(staging / name, content.encode("utf-8") if isinstance(content, str) else content)
        _carry_over(folder, staging, keep=set(files))
        os.chmod(staging, 0o755)  # mkdtemp makes 0700; editions are meant to be read (and served)
        _fsync_dir(staging)
        _swap(staging, folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(f"{folder}: cannot write the edition ({exc.strerror or exc}); "
                          "the previous edition there is unchanged") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return tuple(folder / name for name in files)


def _write_file(path: Path, payload: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o644)


def _carry_over(old: Path, new: Path, *, keep: set[str]) -> None:
    """Files of the old edition folder that the build does not write (sent messages' .eml copies)."""
    if not old.is_dir():
        return
    for item in old.iterdir():
        if item.name in keep or not item.is_file() or item.name.startswith("."):
            continue
        try:
            os.link(item, new / item.name)
        except OSError:
            shutil.copy2(item, new / item.name)


def _swap(staging: Path, folder: Path) -> None:
    if not folder.exists():
        os.rename(staging, folder)
        return
    old = folder.with_name(f".{folder.name}.old-{secrets.token_hex(4)}")
    os.rename(folder, old)
    os.rename(staging, folder)
    _fsync_dir(folder.parent)
    shutil.rmtree(old, ignore_errors=True)


def _recover(folder: Path) -> None:
    """Put back an old edition a crash left between the two renames; drop half-written new ones."""
    leftovers = sorted(folder.parent.glob(f".{folder.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if leftovers and not folder.exists():
        log.warning("%s: restoring the edition an interrupted build had moved aside", folder)
        os.rename(leftovers.pop(), folder)
    for stale in leftovers + list(folder.parent.glob(f".{folder.name}.new-*")):
        shutil.rmtree(stale, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


INDEX_NAME = "README.md"
TOP_HEADLINES = 3


@dataclass(frozen=True, kw_only=True)
class EditionEntry:
    """One edition as the index shows it."""

    date: dt.date
    events: int | None = None
    sources: int | None = None
    headlines: tuple[str, ...] = ()


def write_index(outbox: Path, *, title: str = "Briefing") -> Path:
    """Rewrite outbox/README.md from the edition folders found there; return its path."""
    path = outbox / INDEX_NAME
    try:
        write_atomic(path, render_index(find_editions(outbox), title=title))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write the outbox index ({exc.strerror or exc}); "
                          "the edition itself was written") from None
    return path


def find_editions(outbox: Path) -> list[EditionEntry]:
    """Every outbox/YYYY-MM-DD/ folder holding a digest, newest first."""
    entries = []
    for folder in outbox.iterdir() if outbox.is_dir() else ():
        try:
            date = dt.date.fromisoformat(folder.name)
        except ValueError:
            continue  # not an edition folder (README.md, a user's notes, ...)
        if folder.is_dir() and (folder / "briefing.md").is_file():
            entries.append(_entry(date, folder))
    return sorted(entries, key=lambda e: e.date, reverse=True)


def _entry(date: dt.date, folder: Path) -> EditionEntry:
    """What briefing.json says about the edition; just the date when it is missing or unreadable."""
    try:
        doc = json.loads((folder / "briefing.json").read_text(encoding="utf-8"))
        events = doc["events"]
        return EditionEntry(
            date=date, events=len(events),
            sources=len({s["id"] for e in events for s in e.get("sources", [])}),
            headlines=tuple(str(e["headline"]) for e in events[:TOP_HEADLINES]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.debug("%s: no usable briefing.json (%s); listed by date only", folder, exc)
        return EditionEntry(date=date)


def render_index(entries: list[EditionEntry], *, title: str = "Briefing") -> str:
    """The Markdown of outbox/README.md."""
    lines = [
        f"# {md_escape(title)}: all editions",
        "",
        "Every edition briefing wrote here, newest first: open a date to read it. Each folder also holds the "
        "HTML email (`briefing.html`), the plain text and the JSON export.",
        "",
    ]
    if not entries:
        return "\n".join([*lines, "_No editions yet: run `briefing build`._", ""])
    lines += ["| Edition | Events | Top stories |", "|---|---|---|"]
    for entry in entries:
        link = f"[{entry.date:%a}, {long_date(entry.date)}]({entry.date.isoformat()}/briefing.md)"
        count = "" if not entry.events else f"{plural(entry.events, 'event')} from {plural(entry.sources or 0, 'source')}"
        top = " · ".join(md_escape(h) for h in entry.headlines) if entry.events != 0 else "_no new events_"
        if entry.events and entry.events > len(entry.headlines):
            top += f" · _and {entry.events - len(entry.headlines)} more_"
        lines.append(f"| {link} | {count} | {top} |")
    return "\n".join([*lines, ""])

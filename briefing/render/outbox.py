"""The outbox: one folder per edition, every file written atomically, and the indexes of them all.

outbox/README.md lists every edition, newest first, so the archive reads well on GitHub; index.html and
feed.xml (render/archive.py) let outbox/ be published as it is on a static host and followed in a feed reader.
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
from briefing.render.archive import FEED_NAME, PAGE_NAME, render_feed, render_page
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

def write_atomic_many(files: Mapping[Path, str | bytes]) -> None:
    """Write several files so that none is replaced until all are written (the outbox's index files change together)."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            os.fchmod(fd, 0o644)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise


def publish_edition(folder: Path, files: Mapping[str, str | bytes]) -> tuple[Path, ...]:
    """Write an edition's files into `folder` as one change: readers see the old edition or the new, never a mix.

    The files are written to a hidden folder beside it, the old folder's other files (anything a user
    put there, or .eml copies older versions kept there) are linked in, and the two folders are
    swapped by rename. A crash between the two renames leaves the old edition as `.<date>.old-*`,
    which the next build puts back first.
    """
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _recover(folder)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=parent))
    except OSError as exc:
        blocker = _file_in_the_way(parent)
        if blocker is not None:  # "File exists" would send the user looking for a full disk
            raise OutputError(f"{blocker}: is a file, not a folder, so the outbox cannot be written there",
                              hint="point --outbox or the 'outbox' setting at a folder, or move the file away") from None
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


def _file_in_the_way(folder: Path) -> Path | None:
    """The file standing where `folder` or one of the folders above it should be, if any."""
    for place in (folder, *folder.parents):
        if place.exists():
            return None if place.is_dir() else place
    return None


def _write_file(path: Path, payload: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o644)


def _carry_over(old: Path, new: Path, *, keep: set[str]) -> None:
    """Files of the old edition folder that the build does not write: a rebuild never deletes them."""
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
    """One edition as the indexes (README.md, index.html, feed.xml) show it."""

    date: dt.date
    events: int | None = None
    sources: int | None = None
    headlines: tuple[str, ...] = ()
    title: str | None = None  # the digest's title on that day
    generated_at: dt.datetime | None = None
    files: tuple[str, ...] = ()  # which of EDITION_FILES the folder holds


def write_index(outbox: Path, *, title: str = "Briefing", web_url: str | None = None, templates: Path | None = None,
                language: str = "en") -> Path:
    """Rewrite outbox/README.md, index.html and feed.xml from the edition folders, together; return README's path."""
    path = outbox / INDEX_NAME
    entries = find_editions(outbox)
    files = {
        path: render_index(entries, title=title),
        outbox / PAGE_NAME: render_page(entries, title=title, templates=templates, language=language),
        outbox / FEED_NAME: render_feed(entries, outbox, title=title, web_url=web_url, templates=templates,
                                        language=language),
    }
    try:
        write_atomic_many(files)
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
    files = tuple(name for name in EDITION_FILES if (folder / name).is_file())
    try:
        doc = json.loads((folder / "briefing.json").read_text(encoding="utf-8"))
        events = doc["events"]
        # The headline events: a sectioned edition's top stories, else its first few (events are ranked).
        top = doc.get("top_stories") or ()
        chosen = [e for e in events if e.get("id") in top] or events
        generated = dt.datetime.fromisoformat(doc["generated_at"]) if doc.get("generated_at") else None
        return EditionEntry(
            date=date, events=len(events),
            sources=len({s["id"] for e in events for s in e.get("sources", [])}),
            headlines=tuple(str(e["headline"]) for e in chosen[:TOP_HEADLINES]),
            title=str(doc["title"]) if doc.get("title") else None,
            generated_at=generated if generated and generated.tzinfo else None, files=files,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.debug("%s: no usable briefing.json (%s); listed by date only", folder, exc)
        return EditionEntry(date=date, files=files)


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

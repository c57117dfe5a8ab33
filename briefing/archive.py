"""The outbox index: outbox/README.md lists every edition, newest first, so the archive reads well on GitHub."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from briefing.outbox import write_atomic
from briefing.render import md_escape

log = logging.getLogger(__name__)
INDEX = "README.md"


def write_index(outbox: Path, *, title: str) -> Path:
    """Rewrite outbox/README.md from the editions found in the outbox."""
    lines = [f"# {md_escape(title)}: all editions", "", "Newest first. Each edition is a folder: `briefing.md` reads here, "
             "`briefing.html` is the email.", ""]
    editions = sorted(_editions(outbox), reverse=True)
    for date, folder in editions:
        summary = _summary(folder)
        lines.append(f"- [{date:%A, %B} {date.day}, {date.year}]({folder.name}/briefing.md){summary}")
    if not editions:
        lines.append("_No editions yet: run `briefing build`._")
    path = outbox / INDEX
    write_atomic(path, "\n".join(lines) + "\n")
    return path


def _editions(outbox: Path) -> list[tuple[dt.date, Path]]:
    found = []
    for folder in outbox.iterdir() if outbox.is_dir() else []:
        try:
            date = dt.date.fromisoformat(folder.name)
        except ValueError:
            continue  # not an edition folder
        if (folder / "briefing.md").is_file():
            found.append((date, folder))
    return found


def _summary(folder: Path) -> str:
    """' — 3 events: first headline', from the edition's JSON; nothing when it cannot be read."""
    try:
        doc = json.loads((folder / "briefing.json").read_text(encoding="utf-8"))
        events = doc["events"]
    except (OSError, ValueError, KeyError, TypeError):
        log.debug("no summary for %s", folder)
        return ""
    if not events:
        return " — no new events"
    count = f"{len(events)} event{'s' * (len(events) != 1)}"
    headline = md_escape(events[0].get("headline", ""))
    return f" — {count}: {headline}" if headline else f" — {count}"

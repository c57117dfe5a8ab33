"""The published archive: outbox/feed.xml (Atom, the latest editions) and outbox/index.html (every edition).

Both are rebuilt from the edition folders by every build, like outbox/README.md, so `outbox/` can be put
on any static host as it is and followed in a feed reader, as Buttondown and Substack archives can.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.render.templates import environment, render, tidy
from briefing.text import long_date, plural

if TYPE_CHECKING:
    from briefing.render.outbox import EditionEntry

FEED_NAME = "feed.xml"
PAGE_NAME = "index.html"
FEED_EDITIONS = 30  # a feed reader needs the recent editions; the page lists them all
FILE_LABELS = {"briefing.html": "Email", "briefing.md": "Markdown", "briefing.txt": "Text", "briefing.json": "JSON"}


def render_page(entries: Sequence[EditionEntry], *, title: str = "Briefing", templates: Path | None = None,
                language: str = "en") -> str:
    """The HTML of outbox/index.html: every edition, newest first, with its headline events and files."""
    context = {"title": title, "language": language or "en", "editions": [_edition(e) for e in entries],
               "feed": FEED_NAME}
    return tidy(render(environment(templates, "html"), "archive/index.html.j2", context))


def render_feed(entries: Sequence[EditionEntry], outbox: Path, *, title: str = "Briefing", web_url: str | None = None,
                templates: Path | None = None, language: str = "en") -> str:
    """The Atom XML of outbox/feed.xml: the latest editions, newest first, each with its HTML as content."""
    base = web_url.rstrip("/") if web_url else None
    # Ids must never change for an edition, or feed readers show it again as new: derived from where
    # the archive is published (or, without web_url, the digest's title) and the edition's date.
    space = uuid.uuid5(uuid.NAMESPACE_URL, base or f"briefing:{title}")
    shown = [_feed_entry(e, outbox, space, base) for e in entries[:FEED_EDITIONS]]
    updated = max((e["updated"] for e in shown), default=_stamp(None, dt.date(1970, 1, 1)))
    context = {"title": title, "language": language or "en", "id": space.urn, "updated": updated, "base": base,
               "entries": shown}
    return tidy(render(environment(templates, "xml"), "archive/feed.xml.j2", context))


def _edition(entry: EditionEntry) -> dict[str, Any]:
    folder = entry.date.isoformat()
    more = (entry.events or 0) - len(entry.headlines)
    return {
        "date": entry.date, "title": f"{entry.date:%A}, {long_date(entry.date)}", "folder": folder,
        "html": f"{folder}/briefing.html" if "briefing.html" in entry.files else None,
        "files": [(FILE_LABELS.get(name, name), f"{folder}/{name}") for name in entry.files],
        "count": f"{plural(entry.events, 'event')} from {plural(entry.sources or 0, 'source')}" if entry.events else None,
        "empty": entry.events == 0, "headlines": entry.headlines, "more": max(0, more),
    }


def _feed_entry(entry: EditionEntry, outbox: Path, space: uuid.UUID, base: str | None) -> dict[str, Any]:
    folder = entry.date.isoformat()
    html = _body(outbox / folder / "briefing.html") if "briefing.html" in entry.files else None
    count = f"{plural(entry.events, 'event')} from {plural(entry.sources or 0, 'source')}" if entry.events else None
    page = "briefing.html" if html is not None else "briefing.md"
    return {
        "id": uuid.uuid5(space, folder).urn,
        "title": f"{entry.title or 'Briefing'} — {long_date(entry.date)}",
        "updated": _stamp(entry.generated_at, entry.date),
        "summary": " · ".join(filter(None, [count, *entry.headlines])) or "No new events.",
        # Relative when web_url is not set: a feed reader resolves it against the feed's own address.
        "link": f"{base}/{folder}/{page}" if base else f"{folder}/{page}",
        "html": html,
    }


def _stamp(when: dt.datetime | None, date: dt.date) -> str:
    """An RFC 3339 time (Atom's only format): the build time, or the edition's date at midnight UTC."""
    moment = when or dt.datetime.combine(date, dt.time(0), tzinfo=dt.UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _body(path: Path) -> str | None:
    """The email's body as feed content: no <head> (readers drop styles), no hidden preview line, no comments."""
    try:
        html = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = re.search(r"<body[^>]*>(.*)</body>", html, re.S | re.I)
    body = found.group(1) if found else html
    body = re.sub(r'^\s*<div style="display:none;[^"]*">.*?</div>', "", body, count=1, flags=re.S)
    return re.sub(r"<!--.*?-->", "", body, flags=re.S).strip()

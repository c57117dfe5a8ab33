"""Memory across days: leave out events readers already have, and say what is new about the rest.

`remember_edition` stores what each edition carried (event, headline, sources, figure values);
`apply_memory` compares a new day's events with editions strictly before it, so rebuilding a date
gives the same result. An event matches an earlier one when they share a source id or URL, else
when their headlines are nearly the same.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from briefing.models import Edition, Event, Figure
from briefing.state import State
from briefing.text import jaccard

log = logging.getLogger(__name__)

LOOKBACK_DAYS = 30  # older editions are not compared: a story back after a month is news again
HEADLINE_MATCH = 0.6  # Jaccard overlap of headline words that counts as the same story

SCHEMA = [
    """
    CREATE TABLE memory_editions (
        edition TEXT PRIMARY KEY,
        remembered_at TEXT NOT NULL
    );
    CREATE TABLE memory_events (
        edition TEXT NOT NULL REFERENCES memory_editions (edition) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        headline TEXT NOT NULL,
        sources TEXT NOT NULL,
        figures TEXT NOT NULL,
        PRIMARY KEY (edition, event_id)
    )
    """
]

_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
    "of", "on", "or", "over", "says", "said", "than", "that", "the", "this", "to", "was", "were", "will",
    "with", "after", "new",
})


@dataclass(frozen=True, kw_only=True)
class Remembered:
    """One event as an earlier edition carried it."""

    edition: dt.date
    headline: str
    source_ids: frozenset[str]
    urls: frozenset[str]
    figures: dict[str, dict]  # label -> {"status", "values", "display"}


def remember_edition(state: State, edition: Edition) -> None:
    """Record which events `edition` carried, replacing any earlier record of that date."""
    state.ensure_schema("memory", SCHEMA)
    day = edition.date.isoformat()
    rows = [
        (day, event.id, event.headline, json.dumps(_sources(event)), json.dumps(_figures(event.figures)))
        for event in edition.events
    ]
    with state.transaction() as db:
        db.execute("DELETE FROM memory_editions WHERE edition = ?", (day,))  # cascades to its events
        db.execute(
            "INSERT INTO memory_editions (edition, remembered_at) VALUES (?, ?)",
            (day, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )
        db.executemany(
            "INSERT OR REPLACE INTO memory_events (edition, event_id, headline, sources, figures) "
            "VALUES (?, ?, ?, ?, ?)",
            rows,
        )


def apply_memory(events: Sequence[Event], *, state: State, edition: dt.date) -> tuple[Event, ...]:
    """The events worth carrying in `edition`: new ones as they are, known ones only with an update note."""
    earlier = _earlier(state, edition)
    kept: list[Event] = []
    for event in events:
        matches = _matches(event, earlier)
        if not matches:
            kept.append(event)
            continue
        note = what_is_new(event, matches)
        if note is None:
            log.debug("leaving out %r: carried on %s with nothing new", event.headline, matches[0].edition)
            continue
        kept.append(replace(event, update=note))
    return tuple(kept)


def what_is_new(event: Event, matches: Sequence[Remembered]) -> str | None:
    """'Update: 2 new sources; GPU count now disputed', or None when nothing changed since `matches`."""
    seen_ids = frozenset().union(*(m.source_ids for m in matches))
    seen_urls = frozenset().union(*(m.urls for m in matches))
    fresh = [a for a in event.sources if a.id not in seen_ids and normalize_url(a.url) not in seen_urls]
    parts = [f"{len(fresh)} new source{'s' if len(fresh) != 1 else ''}"] if fresh else []
    previous: dict[str, dict] = {}
    for match in sorted(matches, key=lambda m: m.edition):  # the latest edition's value of a label wins
        previous.update(match.figures)
    now = _figures(event.figures)
    for label, figure in now.items():
        change = _figure_change(label, figure, previous.get(label))
        if change:
            parts.append(change)
    return "Update: " + "; ".join(parts) if parts else None


def _figure_change(label: str, now: dict, before: dict | None) -> str | None:
    if before is not None and before["values"] == now["values"] and before["status"] == now["status"]:
        return None
    if now["status"] == "conflict":
        if before is not None and before["status"] == "conflict":
            return f"{label} still disputed, now {now['display']}"
        return f"{label} now disputed"
    return f"{label} now {now['display']}"


def _earlier(state: State, edition: dt.date) -> list[Remembered]:
    """Events of the editions strictly before `edition` (within LOOKBACK_DAYS), newest first."""
    state.ensure_schema("memory", SCHEMA)
    since = (edition - dt.timedelta(days=LOOKBACK_DAYS)).isoformat()
    rows = state.db.execute(
        "SELECT edition, headline, sources, figures FROM memory_events "
        "WHERE edition < ? AND edition >= ? ORDER BY edition DESC",
        (edition.isoformat(), since),
    )
    found = []
    for row in rows:
        sources = json.loads(row["sources"])
        found.append(
            Remembered(
                edition=dt.date.fromisoformat(row["edition"]),
                headline=row["headline"],
                source_ids=frozenset(s["id"] for s in sources),
                urls=frozenset(s["url"] for s in sources if s["url"]),
                figures=json.loads(row["figures"]),
            )
        )
    return found


def _matches(event: Event, earlier: Sequence[Remembered]) -> list[Remembered]:
    """Earlier records of the same story: shared sources first, else a near-identical headline."""
    ids = {a.id for a in event.sources}
    urls = {u for u in (normalize_url(a.url) for a in event.sources) if u}
    shared = [m for m in earlier if ids & m.source_ids or urls & m.urls]
    if shared:
        return shared
    words = headline_words(event.headline)
    return [m for m in earlier if similarity(words, headline_words(m.headline)) >= HEADLINE_MATCH]


def headline_words(headline: str) -> frozenset[str]:
    """The content words of a headline, lower-cased."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", headline.lower()) if w not in _STOPWORDS)


similarity = jaccard  # overlap of two headlines' word sets


def normalize_url(url: str | None) -> str | None:
    """A URL reduced to what identifies the article: no scheme, www., fragment, tracking or trailing slash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(("utm_", "fbclid"))])
    return urlunsplit(("", host, parts.path.rstrip("/"), query, "")).lstrip("/")


def _sources(event: Event) -> list[dict]:
    return [{"id": a.id, "url": normalize_url(a.url)} for a in event.sources]


def _figures(figures: Sequence[Figure]) -> dict[str, dict]:
    """Per label: status, comparable values, and how a reader sees them."""
    out: dict[str, dict] = {}
    for figure in figures:
        values = sorted(
            ([round(c.value, 6), c.unit, None if c.upper is None else round(c.upper, 6)] for c in figure.claims),
            key=lambda v: (v[0], v[1], -1.0 if v[2] is None else v[2]),
        )
        shown = [c.display for c in figure.claims] if figure.status == "conflict" else [figure.claims[0].display]
        display = " vs ".join(dict.fromkeys(shown)) if figure.claims else ""
        # JSON round trip so values compare equal to what _earlier reads back.
        out[figure.label] = json.loads(json.dumps({"status": figure.status, "values": values, "display": display}))
    return out

"""The feeds' tables in the state database: feed list and validators, entries seen, extracted pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.collect.seeds import host_of
from briefing.collect.textclean import normalise, printable_line
from briefing.config import FeedSpec
from briefing.feeds.parse import Entry
from briefing.feeds.transport import without_credentials
from briefing.models import Article, FeedHealth
from briefing.state import State

# Entries and pages older than this are far outside any edition's window; keep the file small.
KEEP_DAYS = 30

SCHEMA = [
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        name TEXT,
        title TEXT,
        imported INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT,
        etag TEXT,
        last_modified TEXT,
        status TEXT,
        message TEXT,
        used INTEGER NOT NULL DEFAULT 0,
        checked_at TEXT,
        gone_at TEXT
    );
    CREATE TABLE feed_entries (
        feed_url TEXT NOT NULL,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        link TEXT,
        published TEXT,
        summary TEXT NOT NULL DEFAULT '',
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        PRIMARY KEY (feed_url, key)
    );
    CREATE TABLE feed_pages (
        url TEXT PRIMARY KEY,
        article TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    );
    CREATE INDEX feed_pages_fetched ON feed_pages(fetched_at)
    """,
    # The digest section of an imported feed: the OPML folder it sat in.
    "ALTER TABLE feeds ADD COLUMN section TEXT",
]


@dataclass(frozen=True, kw_only=True)
class Imported:
    """What an OPML import changed: feeds new to the list, and known feeds whose folder (section) moved."""

    added: int = 0
    moved: tuple[tuple[FeedSpec, str | None], ...] = ()  # (the feed with its new section, its old section)


@dataclass(frozen=True, kw_only=True)
class CachedPage:
    """An extracted page to keep for later runs (or the feed's own text, when the page can never be used)."""

    url: str
    article: Article


class FeedStore:
    """Reads and writes the feeds' tables; every write is one transaction."""

    def __init__(self, state: State) -> None:
        self.state = state
        state.ensure_schema("feeds", SCHEMA)

    def feed(self, url: str) -> sqlite3.Row | None:
        """The stored row of one feed, or None."""
        return self.state.db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()

    def imported(self) -> tuple[FeedSpec, ...]:
        """Feeds added by `briefing feeds import`, oldest first."""
        rows = self.state.db.execute(
            "SELECT url, name, section FROM feeds WHERE imported = 1 ORDER BY imported_at, rowid")
        return tuple(FeedSpec(url=row["url"], name=row["name"], section=row["section"]) for row in rows)

    def add_imported(self, feeds: Sequence[FeedSpec]) -> Imported:
        """Mark feeds as imported (adding rows as needed); returns how many were not imported before, and which
        imported ones moved to another folder."""
        now = _now()
        added = 0
        moved: list[tuple[FeedSpec, str | None]] = []
        with self.state.transaction() as db:
            for spec in feeds:
                row = db.execute("SELECT imported, section FROM feeds WHERE url = ?", (spec.url,)).fetchone()
                added += row is None or not row["imported"]
                if row is not None and row["imported"] and spec.section and spec.section != row["section"]:
                    moved.append((spec, row["section"]))
                db.execute(
                    "INSERT INTO feeds(url, name, section, imported, imported_at) VALUES (?, ?, ?, 1, ?) "
                    "ON CONFLICT(url) DO UPDATE SET imported = 1, name = COALESCE(feeds.name, excluded.name), "
                    # a feed moved to another folder in the reader moves section on the next import
                    "section = COALESCE(excluded.section, feeds.section), "
                    "imported_at = COALESCE(feeds.imported_at, excluded.imported_at)",
                    (spec.url, spec.name, spec.section, now),
                )
        return Imported(added=added, moved=tuple(moved))

    def entries(self, url: str) -> list[Entry]:
        """The entries of the feed's last full read (what a 304 means is still there)."""
        rows = self.state.db.execute("SELECT * FROM feed_entries WHERE feed_url = ? ORDER BY rowid", (url,))
        # Normalised again on the way out: a row written by an older version may hold what we now strip.
        return [
            Entry(key=r["key"], title=_title(r["title"]), link=r["link"], summary=normalise(r["summary"]),
                  published=dt.datetime.fromisoformat(r["published"]) if r["published"] else None)
            for r in rows
        ]

    def entry_keys(self, url: str) -> set[str]:
        """Keys of every entry of this feed seen before."""
        return {r[0] for r in self.state.db.execute("SELECT key FROM feed_entries WHERE feed_url = ?", (url,))}

    def cached_page(self, url: str) -> Article | None:
        """The article extracted from `url` on an earlier run, or None."""
        row = self.state.db.execute("SELECT article FROM feed_pages WHERE url = ?", (url,)).fetchone()
        return _article_from_json(row["article"]) if row else None

    def save(self, spec: FeedSpec, *, status: str, message: str | None, title: str | None, etag: str | None,
             last_modified: str | None, used: int, entries: Sequence[Entry] | None,
             pages: Sequence[CachedPage]) -> None:
        """Record one feed's result: status, validators, entries (after a full read) and pages, all or nothing."""
        now = _now()
        with self.state.transaction() as db:
            db.execute(
                "INSERT INTO feeds(url, name, title, etag, last_modified, status, message, used, checked_at, gone_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "title = excluded.title, etag = excluded.etag, last_modified = excluded.last_modified, "
                "status = excluded.status, message = excluded.message, used = excluded.used, "
                "checked_at = excluded.checked_at, gone_at = COALESCE(feeds.gone_at, excluded.gone_at)",
                (spec.url, spec.name, title, etag, last_modified, status, message, used, now,
                 now if status == "gone" else None),
            )
            if entries is not None:
                db.executemany(
                    "INSERT INTO feed_entries(feed_url, key, title, link, published, summary, first_seen, last_seen) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(feed_url, key) DO UPDATE SET "
                    "title = excluded.title, link = excluded.link, published = excluded.published, "
                    "summary = excluded.summary, last_seen = excluded.last_seen",
                    [(spec.url, e.key, e.title, e.link, e.published.isoformat() if e.published else None,
                      e.summary, now, now) for e in entries],
                )
                # Entries gone from the feed for a while can never be in a window again; undated ones that
                # are still listed keep their row, so they are not mistaken for new.
                db.execute("DELETE FROM feed_entries WHERE feed_url = ? AND last_seen < ?", (spec.url, _ago(KEEP_DAYS)))
            db.executemany(
                "INSERT OR REPLACE INTO feed_pages(url, article, fetched_at) VALUES (?, ?, ?)",
                [(page.url, _article_to_json(page.article), now) for page in pages],
            )

    def prune(self) -> None:
        """Forget extracted pages older than any window could reach."""
        with self.state.transaction() as db:
            db.execute("DELETE FROM feed_pages WHERE fetched_at < ?", (_ago(KEEP_DAYS),))

    def last_health(self, spec: FeedSpec) -> tuple[FeedHealth | None, str | None]:
        """How the feed fared on its last check, and when that was."""
        row = self.feed(spec.url)
        if row is None or row["status"] is None:
            return None, None
        name = spec.name or row["name"] or printable_line(row["title"] or "") or feed_name_of(spec.url)
        health = FeedHealth(name=name, url=without_credentials(spec.url), status=row["status"], entries=row["used"],
                            message=printable_line(row["message"]) if row["message"] else None)
        return health, row["checked_at"]


_STORED = tuple(f for f in dataclasses.fields(Article) if f.name != "also_ran_in")  # placements belong to a run


def _article_to_json(article: Article) -> str:
    # A shallow dict: every stored field is a str, a date, a time or None (dataclasses.asdict deep-copies
    # each value, a third of the coordinator's time in a 2,000-page run).
    data = {f.name: getattr(article, f.name) for f in _STORED}
    data["published"] = article.published.isoformat() if article.published else None
    data["published_at"] = article.published_at.isoformat() if article.published_at else None
    return json.dumps(data, ensure_ascii=False)


def _article_from_json(text: str) -> Article | None:
    try:
        data = json.loads(text)
        data["published"] = dt.date.fromisoformat(data["published"]) if data.get("published") else None
        # Cached by an older version without it: None, as for a page that states no time.
        data["published_at"] = dt.datetime.fromisoformat(data["published_at"]) if data.get("published_at") else None
        for key in ("title", "outlet", "author"):  # cached by an older version: normalise as if just read
            if isinstance(data.get(key), str):
                data[key] = printable_line(data[key])
        data["text"] = normalise(data["text"])
        return Article(**data)
    except (ValueError, TypeError, KeyError):
        return None  # written by another version: fetch the page again


def feed_name_of(url: str) -> str:
    """What names a feed that names nothing itself (no name given, no title): its host, else its address."""
    return host_of(url) or without_credentials(url)


def _title(stored: str) -> str:
    """A stored entry's title; older versions wrote "(untitled)" where the feed gave none."""
    title = printable_line(stored)
    return "" if title == "(untitled)" else title


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _ago(days: int) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat(timespec="seconds")

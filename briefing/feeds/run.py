"""Collect from RSS/Atom feeds: the entry points a build and the CLI use (the run itself is in coordinator.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefing.config import FeedSpec
from briefing.feeds.coordinator import Run
from briefing.feeds.fetch import Fetcher, FetchSettings
from briefing.feeds.schedule import Progress
from briefing.feeds.store import FeedStore, Imported, feed_name_of
from briefing.models import Collected, FeedHealth
from briefing.state import State
from briefing.text import plural


def collect_feeds(feeds: Sequence[FeedSpec], *, state: State, window_start: dt.datetime,
                  window_end: dt.datetime | None = None, settings: FetchSettings | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Collected:
    """Fetch every feed, keep entries inside the window, and read each entry's page; never raises for one feed.

    Dated entries count from `window_start` up to (not including) `window_end`, when given.
    """
    if window_start.tzinfo is None or (window_end is not None and window_end.tzinfo is None):
        raise ValueError("window_start and window_end must be timezone-aware")
    store = FeedStore(state)
    store.prune()
    run = Run(store, Fetcher(settings), window_start, Progress(progress), end=window_end)
    return run.go(unique_feeds(feeds))


def unique_feeds(feeds: Sequence[FeedSpec]) -> tuple[FeedSpec, ...]:
    """Each URL once; the first spec that names it wins (config before imports)."""
    seen: dict[str, FeedSpec] = {}
    for spec in feeds:
        prior = seen.get(spec.url)
        if prior is None:
            seen[spec.url] = spec
        elif (prior.name is None and spec.name) or (prior.section is None and spec.section):
            # keeps the first position and filters, takes a name or an OPML folder's section the first lacked
            seen[spec.url] = replace(prior, name=prior.name or spec.name, section=prior.section or spec.section)
    return tuple(seen.values())


def feeds_from_state(state: State) -> tuple[FeedSpec, ...]:
    """The feeds `briefing feeds import` added, in the order they were imported."""
    return FeedStore(state).imported()


def import_feeds(state: State, feeds: Sequence[FeedSpec]) -> Imported:
    """Add feeds to the imported list; returns how many were new and which moved to another section."""
    return FeedStore(state).add_imported(feeds)


@dataclass(frozen=True, kw_only=True)
class FeedListing:
    """One line of `briefing feeds list`."""

    spec: FeedSpec
    origin: str  # "config" | "imported" | "config+imported"
    health: FeedHealth | None = None  # None: never checked
    checked_at: str | None = None

    @property
    def name(self) -> str:
        """The feed's name as a build names it in the digest and the JSON (its title when it was given none)."""
        return self.health.name if self.health else self.spec.name or feed_name_of(self.spec.url)


def feed_report(state: State, configured: Sequence[FeedSpec]) -> list[FeedListing]:
    """Every feed a build reads (configured, then imported) with how its last check went."""
    store = FeedStore(state)
    imported = {f.url for f in store.imported()}
    ours = {f.url for f in configured}
    listing = []
    for spec in unique_feeds(tuple(configured) + store.imported()):
        origin = "imported" if spec.url not in ours else "config+imported" if spec.url in imported else "config"
        health, checked = store.last_health(spec)
        listing.append(FeedListing(spec=spec, origin=origin, health=health, checked_at=checked))
    return listing


def window_start(since: dt.datetime | dt.timedelta | None, *, now: dt.datetime, hours: float,
                 tz: dt.tzinfo) -> dt.datetime:
    """Where the edition's window opens: --since as a time or a span back from `now` (the end of the edition's
    day when --date names it), else `hours` before `now`."""
    if isinstance(since, dt.datetime):
        return since if since.tzinfo else since.replace(tzinfo=tz)
    return now - (since if isinstance(since, dt.timedelta) else dt.timedelta(hours=hours))


def health_summary(health: Sequence[FeedHealth]) -> str:
    """One line for the end of a run: '12 feeds: 9 ok, 2 not modified, 1 error'."""
    counts: dict[str, int] = {}
    for item in health:
        counts[item.status] = counts.get(item.status, 0) + 1
    # "error" is a noun and counts ("6 errors"); "ok", "not modified" and "gone" describe the feeds.
    parts = ", ".join(plural(n, "error") if status == "error" else f"{n} {status}" for status, n in counts.items())
    return f"{plural(len(health), 'feed')}: {parts}" if health else "no feeds"

"""Feeds: RSS/Atom and OPML in; each linked page fetched politely and reduced to its article.

The network stack loads only when feeds are read: `collect_feeds` imports it on first use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from briefing.config import FeedSpec
from briefing.feeds.store import FeedStore
from briefing.models import Collected
from briefing.state import State


def configured_feeds(configured: Sequence[FeedSpec], state: State) -> tuple[FeedSpec, ...]:
    """The feeds a build reads: those of briefing.toml and --feed, then those `feeds import` added."""
    return tuple(configured) + FeedStore(state).imported()


def collect_feeds(feeds: Sequence[FeedSpec], *, state: State, window_start: dt.datetime,
                  window_end: dt.datetime | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Collected:
    """Fetch every feed and read each entry's page; one bad feed costs a warning, never the run."""
    from briefing.feeds.run import collect_feeds as run

    return run(feeds, state=state, window_start=window_start, window_end=window_end, progress=progress)


__all__ = ["FeedStore", "collect_feeds", "configured_feeds"]

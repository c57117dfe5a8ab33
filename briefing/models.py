"""Frozen value objects passed between the pipeline stages.

collect -> Article; dedupe -> Story; figures -> Figure; writeup -> Event; render -> Edition.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

# "conflict": different sources give different values; "self-contradiction": one source gives two.
FigureStatus = Literal["agreed", "conflict", "single", "self-contradiction"]


@dataclass(frozen=True, kw_only=True)
class Placement:
    """Where a syndicated copy of an article also ran."""

    outlet: str
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True, kw_only=True)
class Article:
    """One source text reduced to the article and its metadata."""

    id: str
    title: str
    text: str  # article body only; paragraphs separated by blank lines
    outlet: str
    author: str | None = None
    published: dt.date | None = None
    # The moment it was published, when the source states a time with its offset (a feed entry, a page's
    # article:published_time): of syndicated copies dated the same day, the earliest is the original.
    published_at: dt.datetime | None = None
    url: str | None = None
    path: str | None = None  # a seed's file relative to the project or its seeds folder's parent; None (feeds)
    origin: str = "seed"  # "seed" | "feed" | "jsonl"
    also_ran_in: tuple[Placement, ...] = ()
    section: str | None = None  # the digest section its feed or seeds subfolder names, if any
    feed: str | None = None  # the URL of the feed it came from (its include/exclude words apply)


def source_names(articles: Sequence[Article]) -> dict[str, str]:
    """How the digest names each source, by id: its outlet, numbered when two sources share one.

    Every place that names a source (summary credits, figures, differences, the source list, the JSON)
    takes the name from here, over the event's sources in their shown order, so "Unknown outlet (2)" in
    the figures table is never plain "Unknown outlet" in the box beside it.
    """
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.outlet] = counts.get(article.outlet, 0) + 1
        n = counts[article.outlet]
        names[article.id] = article.outlet if n == 1 else f"{article.outlet} ({n})"
    return names


@dataclass(frozen=True, kw_only=True)
class Story:
    """One real-world event: the independent articles that report it."""

    id: str
    articles: tuple[Article, ...]


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One value for a figure, credited to the sources that state it."""

    value: float
    unit: str  # "USD", "USD/month", "MW", "GPUs", "%", "x", "date", "years", ...
    display: str  # how a reader sees it: "$200 billion", "300+ MW"
    qualifier: str | None = None  # "over", "about", "up to", ... or None
    upper: float | None = None  # the top of a range ("3x to 10x"), else None
    source_ids: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Figure:
    """One thing measured, with every value the sources give for it."""

    label: str  # one measure of one subject: "Colossus 1 GPU count", "people killed"
    status: FigureStatus
    claims: tuple[Claim, ...]
    key: bool = True  # a key figure (several sources, a lead, casualties, money): short views show these;
    # extraction says which; a figure made by hand is key unless it says otherwise

    @property
    def source_ids(self) -> tuple[str, ...]:
        """Every source that gives a value, in claim order."""
        seen: dict[str, None] = {}
        for claim in self.claims:
            seen.update(dict.fromkeys(claim.source_ids))
        return tuple(seen)


@dataclass(frozen=True, kw_only=True)
class SummarySentence:
    """One sentence of an event's summary and every source that states it."""

    text: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Event:
    """One event as the reader sees it."""

    id: str
    headline: str
    summary: tuple[SummarySentence, ...]
    sources: tuple[Article, ...]
    figures: tuple[Figure, ...] = ()
    differences: tuple[str, ...] = ()  # "where sources differ", one line each
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    update: str | None = None  # set when an earlier edition carried this event
    section: str | None = None  # the section most of its sources come from (None: the digest has no sections)


@dataclass(frozen=True, kw_only=True)
class FeedHealth:
    """How one feed fared in this run."""

    name: str
    url: str
    status: Literal["ok", "not modified", "error", "gone"]
    entries: int = 0
    message: str | None = None  # why it failed or what is odd, without the URL (shown beside it)
    hint: str | None = None  # what to do about a failed feed


@dataclass(frozen=True, kw_only=True)
class Collected:
    """What the collect stages give a build: articles, one warning line per skipped input, each feed's health."""

    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()
    health: tuple[FeedHealth, ...] = ()

    def __add__(self, other: Collected) -> Collected:
        return Collected(articles=self.articles + other.articles, warnings=self.warnings + other.warnings,
                         health=self.health + other.health)


@dataclass(frozen=True, kw_only=True)
class Edition:
    """Everything one digest shows."""

    title: str
    date: dt.date
    timezone: str
    events: tuple[Event, ...]
    generated_at: dt.datetime
    warnings: tuple[str, ...] = ()
    feed_health: tuple[FeedHealth, ...] = ()
    total_sources: int = field(default=0)
    sections: tuple[str, ...] = ()  # the sections in reading order; () when the digest has none
    top_stories: tuple[str, ...] = ()  # ids of the events shown first, under "Top stories"

    @property
    def source_count(self) -> int:
        """The sources the digest shows: its events' (a syndicated copy, folded into its original, is no
        source of its own). The digest's "N events from M sources" and the build's summary line both say it."""
        return len({a.id for e in self.events for a in e.sources})

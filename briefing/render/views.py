"""What the templates read: the edition as plain view objects, with outlets, counts and dates spelled out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TypedDict

from briefing.models import Article, Edition, Event, FeedHealth, Figure
from briefing.text import long_date, plural

STATUS_WORDS = {"agreed": "sources agree", "conflict": "sources differ", "single": "one source"}
STATUS_ICONS = {"agreed": "✓", "conflict": "⚠", "single": ""}


@dataclass(frozen=True, kw_only=True)
class FigureRow:
    """One figure as a table row: its values, who said each, and the agreement."""

    label: str
    status: str
    status_text: str
    icon: str  # "✓" agreed, "⚠" conflict, "" single
    values: tuple[ClaimView, ...]


@dataclass(frozen=True, kw_only=True)
class ClaimView:
    """One claimed value and the outlets that state it."""

    display: str
    outlets: tuple[str, ...]
    count_text: str  # "4 of 5 sources"
    count_short: str  # "4 of 5", where space is short (the email)
    quote: str | None


@dataclass(frozen=True, kw_only=True)
class SourceView:
    """A source line: outlet, title, author, date, link or path, and where else it ran."""

    id: str
    outlet: str
    title: str
    author: str | None
    published: str | None
    href: str | None
    path: str | None
    also_ran_in: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class EventView:
    """Everything a template shows for one event."""

    number: int
    anchor: str
    headline: str
    update: str | None
    date_range: str | None
    source_count: int
    summary: tuple[tuple[str, tuple[str, ...]], ...]  # sentence, outlets
    figures: tuple[FigureRow, ...]
    differences: tuple[str, ...]  # the write-up's notes, or one line per conflicting figure
    sources: tuple[SourceView, ...]


class TemplateContext(TypedDict):
    """The names every template can use (docs/templates.md)."""

    title: str
    edition_date: dt.date
    date_long: str
    weekday: str
    events: tuple[EventView, ...]
    full_events: tuple[EventView, ...]  # the email shows these in full ...
    brief_events: tuple[EventView, ...]  # ... and these as one-liners, when the day is too big for one email
    event_count: int
    source_count: int
    article_count: int
    conflict_count: int
    preheader: str
    feed_health: tuple[FeedHealth, ...]
    warnings: tuple[str, ...]
    generated_at: dt.datetime
    language: str
    edition_url: str | None
    edition_path: str


def context(edition: Edition, *, web_url: str | None = None, language: str = "en") -> TemplateContext:
    """The template context of one edition."""
    events = tuple(_event_view(i, e) for i, e in enumerate(edition.events, 1))
    source_total = len({a.id for e in edition.events for a in e.sources})
    conflicts = sum(1 for e in edition.events for f in e.figures if f.status == "conflict")
    base = web_url.rstrip("/") if web_url and web_url.startswith(("https://", "http://")) else None
    return {
        "title": edition.title,
        "edition_date": edition.date,
        "date_long": long_date(edition.date),
        "weekday": f"{edition.date:%A}",
        "events": events,
        "full_events": events,
        "brief_events": (),
        "event_count": len(events),
        "source_count": source_total,
        "article_count": edition.total_sources or source_total,
        "conflict_count": conflicts,
        "preheader": f"{plural(len(events), 'event')} from {plural(source_total, 'source')}",
        "feed_health": edition.feed_health,
        "warnings": edition.warnings,
        "generated_at": edition.generated_at,
        "language": language or "en",
        "edition_url": f"{base}/{edition.date.isoformat()}/briefing.md" if base else None,
        "edition_path": f"outbox/{edition.date.isoformat()}/briefing.md",
    }


def _event_view(number: int, event: Event) -> EventView:
    outlets = _outlet_names(event.sources)
    total = len(event.sources)
    rows = tuple(_figure_row(f, outlets, total) for f in event.figures)
    return EventView(
        number=number,
        anchor=anchor(number, event.headline),
        headline=event.headline,
        update=event.update,
        date_range=date_range(event.first_date, event.last_date),
        source_count=total,
        summary=tuple((s.text, tuple(outlets.get(i, i) for i in s.source_ids)) for s in event.summary),
        figures=rows,
        differences=event.differences or tuple(_conflict_note(r) for r in rows if r.status == "conflict"),
        sources=tuple(_source_view(a, outlets[a.id]) for a in event.sources),
    )


def _figure_row(figure: Figure, outlets: dict[str, str], total: int) -> FigureRow:
    values = tuple(
        ClaimView(
            display=c.display,
            outlets=tuple(outlets.get(i, i) for i in c.source_ids),
            count_text=f"{len(c.source_ids)} of {plural(total, 'source')}",
            count_short=f"{len(c.source_ids)} of {total}",
            quote=c.quotes[0] if c.quotes else None,
        )
        for c in figure.claims
    )
    label = figure.label[:1].upper() + figure.label[1:]  # labels start a table row: capitalised for reading
    return FigureRow(label=label, status=figure.status, status_text=STATUS_WORDS.get(figure.status, figure.status),
                     icon=STATUS_ICONS.get(figure.status, ""), values=values)


def _conflict_note(row: FigureRow) -> str:
    """'GPU count: 220,000+ GPUs vs 200,000 GPUs' (the figures table beside it says who said which)."""
    return f"{row.label}: " + " vs ".join(v.display for v in row.values)


def _source_view(article: Article, outlet: str) -> SourceView:
    return SourceView(
        id=article.id,
        outlet=outlet,
        title=article.title,
        author=article.author,
        published=long_date(article.published) if article.published else None,
        href=article.url if article.url and article.url.startswith(("https://", "http://")) else None,
        path=article.path,
        also_ran_in=tuple(p.outlet for p in article.also_ran_in),
    )


def _outlet_names(articles: tuple[Article, ...]) -> dict[str, str]:
    """Outlet names for display, made unique when two sources share an outlet."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.outlet] = counts.get(article.outlet, 0) + 1
        n = counts[article.outlet]
        names[article.id] = article.outlet if n == 1 else f"{article.outlet} ({n})"
    return names


def anchor(number: int, headline: str) -> str:
    """A stable in-page anchor for an event (GitHub-style slug, numbered to stay unique)."""
    slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60].rstrip("-")
    return f"{number}-{slug}" if slug else str(number)


def date_range(first: dt.date | None, last: dt.date | None) -> str | None:
    """'May 5 – 11, 2026', 'May 30 – June 2, 2026' or one date."""
    if not first or not last:
        only = first or last
        return long_date(only) if only else None
    if first == last:
        return long_date(first)
    if first.year != last.year:
        return f"{long_date(first)} – {long_date(last)}"
    if first.month != last.month:
        return f"{first:%B} {first.day} – {last:%B} {last.day}, {last.year}"
    return f"{first:%B} {first.day} – {last.day}, {last.year}"

"""What the templates read: the edition as plain view objects, with outlets, counts and dates spelled out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TypedDict

from briefing.models import Article, Edition, Event, FeedHealth, Figure, source_names
from briefing.sections import TOP_STORIES
from briefing.text import long_date, plural

# "sources differ" only ever means different sources; one source giving two values says so by name.
STATUS_WORDS = {"agreed": "sources agree", "conflict": "sources differ", "single": "one source",
                "self-contradiction": "one source gives both"}
STATUS_ICONS = {"agreed": "✓", "conflict": "⚠", "single": "", "self-contradiction": "⚠"}
# A seed's path is relative to the folder holding outbox/ and seeds/, two levels above outbox/<date>/.
DEFAULT_SEED_LINKS = "../../"
CARD_FIGURES = 6  # the email card and the top of each event show at most this many key figures


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
    link: str | None  # the path as a link from the edition's folder; None when the seeds are not published beside it
    also_ran_in: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class SectionHead:
    """A heading events are shown under: "Top stories" or a section's name, with its in-page anchor."""

    name: str
    anchor: str
    top: bool = False


@dataclass(frozen=True, kw_only=True)
class EventView:
    """Everything a template shows for one event."""

    number: int
    anchor: str
    section: str | None  # the section it belongs to (None: the digest has no sections)
    group: SectionHead | None  # the heading it is shown under (a top story's is "Top stories")
    opens: bool  # the first event under its heading: the template writes the heading before it
    headline: str
    update: str | None
    date_range: str | None
    source_count: int
    summary: tuple[tuple[str, tuple[str, ...]], ...]  # sentence, outlets
    figures: tuple[FigureRow, ...]  # every figure, key figures first
    top_figures: tuple[FigureRow, ...]  # the key figures a card shows (at most CARD_FIGURES)
    more_figures: tuple[FigureRow, ...]  # the rest, for the details
    differences: tuple[str, ...]  # the write-up's notes, or one line per conflicting figure
    contradictions: tuple[str, ...]  # "ChaoBro gives both May 6, 2026 and May 5, 2026 for ..."
    sources: tuple[SourceView, ...]


@dataclass(frozen=True, kw_only=True)
class SectionView:
    """One heading of a sectioned digest and the events under it, in order."""

    name: str
    anchor: str
    top: bool
    events: tuple[EventView, ...]


class TemplateContext(TypedDict):
    """The names every template can use (docs/templates.md)."""

    title: str
    edition_date: dt.date
    date_long: str
    weekday: str
    events: tuple[EventView, ...]
    sections: tuple[SectionView, ...]  # () when the digest has no sections
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


def context(edition: Edition, *, web_url: str | None = None, language: str = "en",
            seed_links: str | None = DEFAULT_SEED_LINKS) -> TemplateContext:
    """The template context of one edition; `seed_links` turns a seed's path into a link (see render_all)."""
    heads = _heads(edition)
    groups = [heads.get(e.id) for e in edition.events]
    # Events come in reading order, so a heading is written where the group changes.
    events = tuple(_event_view(i, e, groups[i - 1], opens=i == 1 or groups[i - 1] != groups[i - 2],
                               seed_links=seed_links)
                   for i, e in enumerate(edition.events, 1))
    sections = tuple(SectionView(name=h.name, anchor=h.anchor, top=h.top,
                                 events=tuple(v for v in events if v.group == h))
                     for h in dict.fromkeys(v.group for v in events if v.group))
    source_total = edition.source_count
    conflicts = sum(1 for e in edition.events for f in e.figures if f.status == "conflict")
    base = web_url.rstrip("/") if web_url and web_url.startswith(("https://", "http://")) else None
    return {
        "title": edition.title,
        "edition_date": edition.date,
        "date_long": long_date(edition.date),
        "weekday": f"{edition.date:%A}",
        "events": events,
        "sections": sections,
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


def _heads(edition: Edition) -> dict[str, SectionHead]:
    """The heading each event is shown under, by event id; empty when the digest has no sections."""
    if not edition.sections:
        return {}
    used: set[str] = set()

    def head(name: str, *, top: bool = False) -> SectionHead:
        slug = "top-stories" if top else "section-" + (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "x")
        unique, n = slug, 1
        while unique in used:  # "C++" and "C#" slug alike; anchors must not
            n += 1
            unique = f"{slug}-{n}"
        used.add(unique)
        return SectionHead(name=name, anchor=unique, top=top)

    top = head(TOP_STORIES, top=True)
    found = {event_id: top for event_id in edition.top_stories}
    by_name = {name: head(name) for name in edition.sections}
    for event in edition.events:
        if event.id not in found and event.section in by_name:
            found[event.id] = by_name[event.section]
    return found


def _event_view(number: int, event: Event, group: SectionHead | None = None, *, opens: bool = False,
                seed_links: str | None = None) -> EventView:
    outlets = source_names(event.sources)
    total = len(event.sources)
    rows = tuple(_figure_row(f, outlets, total) for f in event.figures)
    shown = [i for i, f in enumerate(event.figures) if f.key][:CARD_FIGURES]
    top = tuple(rows[i] for i in shown)
    return EventView(
        number=number,
        anchor=anchor(number, event.headline),
        section=event.section,
        group=group,
        opens=opens and group is not None,
        headline=event.headline,
        update=event.update,
        date_range=date_range(event.first_date, event.last_date),
        source_count=total,
        summary=tuple((s.text, tuple(outlets.get(i, i) for i in s.source_ids)) for s in event.summary),
        figures=rows,
        top_figures=top,
        more_figures=tuple(r for i, r in enumerate(rows) if i not in shown),
        differences=event.differences or tuple(_conflict_note(r) for r in rows if r.status == "conflict"),
        contradictions=tuple(f"{r.status_text} for {r.label[:1].lower() + r.label[1:]}"
                             for r in rows if r.status == "self-contradiction"),
        sources=tuple(_source_view(a, outlets[a.id], seed_links) for a in event.sources),
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
    text = STATUS_WORDS.get(figure.status, figure.status)
    if figure.status == "self-contradiction":  # in those words: "ChaoBro gives both May 6, 2026 and May 5, 2026"
        who = values[0].outlets[0] if values and values[0].outlets else "one source"
        text = f"{who} gives both " + " and ".join(v.display for v in values)
    return FigureRow(label=label, status=figure.status, status_text=text,
                     icon=STATUS_ICONS.get(figure.status, ""), values=values)


def _conflict_note(row: FigureRow) -> str:
    """'GPU count: 220,000+ GPUs vs 200,000 GPUs' (the figures table beside it says who said which)."""
    return f"{row.label}: " + " vs ".join(v.display for v in row.values)


def _source_view(article: Article, outlet: str, seed_links: str | None) -> SourceView:
    return SourceView(
        id=article.id,
        outlet=outlet,
        title=article.title,
        author=article.author,
        published=long_date(article.published) if article.published else None,
        href=article.url if article.url and article.url.startswith(("https://", "http://")) else None,
        path=article.path,
        link=seed_links + article.path if article.path and seed_links is not None else None,
        also_ran_in=tuple(p.outlet for p in article.also_ran_in),
    )


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

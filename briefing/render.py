"""Render: one Edition into Markdown, an MJML-compiled HTML email, plain text and JSON."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefing.models import Article, Claim, Edition, Event, Figure

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
JSON_SCHEMA_VERSION = 1
# Gmail clips a message whose HTML passes 102 KB; stay under it with room for what mail servers add.
EMAIL_BUDGET_BYTES = 100 * 1024
STATUS_WORDS = {"agreed": "sources agree", "conflict": "sources differ", "single": "one source"}


@dataclass(frozen=True, kw_only=True)
class FigureRow:
    """One figure as a table row: its values, who said each, and the agreement."""

    label: str
    status: str
    status_text: str
    values: tuple[ClaimView, ...]


@dataclass(frozen=True, kw_only=True)
class ClaimView:
    """One claimed value and the outlets that state it."""

    display: str
    outlets: tuple[str, ...]
    count_text: str  # "4 of 5 sources"
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
    differences: tuple[str, ...]
    sources: tuple[SourceView, ...]


def render_all(edition: Edition, *, templates: Path | None = None, language: str = "en",
               web_url: str | None = None) -> dict[str, str]:
    """Every output file of the edition, by file name."""
    context = _context(edition, language=language, web_url=web_url)
    files = {
        "briefing.md": _env(templates, "md").get_template("digest.md.j2").render(context),
        "briefing.txt": _env(templates, "txt").get_template("digest.txt.j2").render(context),
        "briefing.html": render_email(context, _env(templates, "html")),
        "briefing.json": to_json(edition),
    }
    return {name: _tidy(text) for name, text in files.items()}


def render_email(context: dict[str, Any], env: jinja2.Environment) -> str:
    """The HTML email: every event in full if it fits the budget, else the top ones in full and the rest listed."""
    template = env.get_template("email.mjml.j2")
    events = context["events"]
    full = len(events)
    while True:
        html = compile_email(template.render({**context, "full_events": events[:full], "brief_events": events[full:]}))
        size = len(html.encode("utf-8"))
        if size <= EMAIL_BUDGET_BYTES or full == 0:
            return html
        # Cards are about the same size: shrink in proportion, at least by one, and measure again.
        full = min(full - 1, int(full * EMAIL_BUDGET_BYTES / size))


def compile_email(mjml_source: str) -> str:
    """Compile MJML to the HTML that mail clients render."""
    import mjml  # a compiled extension; imported only when an email is rendered

    return mjml.mjml2html(mjml_source, disable_comments=True)


def to_json(edition: Edition) -> str:
    """The JSON export (schema documented in the README)."""
    doc = {
        "schema": JSON_SCHEMA_VERSION,
        "edition": edition.date.isoformat(),
        "title": edition.title,
        "generated_at": edition.generated_at.isoformat(timespec="seconds"),
        "events": [_event_json(e) for e in edition.events],
        "warnings": list(edition.warnings),
        "feeds": [
            {"name": h.name, "url": h.url, "status": h.status, "entries": h.entries, "message": h.message}
            for h in edition.feed_health
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "headline": event.headline,
        "update": event.update,
        "first_date": _iso(event.first_date),
        "last_date": _iso(event.last_date),
        "summary": [{"text": s.text, "sources": list(s.source_ids)} for s in event.summary],
        "sources": [_source_json(a) for a in event.sources],
        "figures": [
            {"label": f.label, "status": f.status, "claims": [_claim_json(c) for c in f.claims]} for f in event.figures
        ],
        "differences": list(event.differences),
    }


def _source_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": _iso(article.published),
        "url": article.url,
        "path": article.path,
        "also_ran_in": [{"outlet": p.outlet, "url": p.url, "path": p.path} for p in article.also_ran_in],
    }


def _claim_json(claim: Claim) -> dict[str, Any]:
    value: float | int = int(claim.value) if float(claim.value).is_integer() else claim.value
    doc: dict[str, Any] = {"value": value, "unit": claim.unit, "qualifier": claim.qualifier, "display": claim.display}
    if claim.upper is not None:
        doc["upper"] = int(claim.upper) if float(claim.upper).is_integer() else claim.upper
    doc.update(sources=list(claim.source_ids), quotes=list(claim.quotes))
    return doc


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# --- the view the templates read -------------------------------------------------------------------


def _context(edition: Edition, *, language: str = "en", web_url: str | None = None) -> dict[str, Any]:
    events = tuple(_event_view(i, e) for i, e in enumerate(edition.events, 1))
    source_total = len({a.id for e in edition.events for a in e.sources})
    conflicts = sum(1 for e in edition.events for f in e.figures if f.status == "conflict")
    return {
        "title": edition.title,
        "edition_date": edition.date,
        "date_long": long_date(edition.date),
        "events": events,
        "event_count": len(events),
        "source_count": source_total,
        "conflict_count": conflicts,
        "preheader": f"{_plural(len(events), 'event')} from {_plural(source_total, 'source')}",
        "feed_health": edition.feed_health,
        "warnings": edition.warnings,
        "generated_at": edition.generated_at,
        "language": language,
        "web_edition": f"{web_url}/{edition.date.isoformat()}/briefing.html" if web_url else None,
        "outbox_path": f"outbox/{edition.date.isoformat()}/briefing.md",
    }


def _event_view(number: int, event: Event) -> EventView:
    outlets = _outlet_names(event.sources)
    total = len(event.sources)
    return EventView(
        number=number,
        anchor=anchor(number, event.headline),
        headline=event.headline,
        update=event.update,
        date_range=date_range(event.first_date, event.last_date),
        source_count=total,
        summary=tuple((s.text, tuple(outlets.get(i, i) for i in s.source_ids)) for s in event.summary),
        figures=tuple(_figure_row(f, outlets, total) for f in event.figures),
        differences=event.differences,
        sources=tuple(_source_view(a, outlets[a.id]) for a in event.sources),
    )


def _figure_row(figure: Figure, outlets: dict[str, str], total: int) -> FigureRow:
    values = tuple(
        ClaimView(
            display=c.display,
            outlets=tuple(outlets.get(i, i) for i in c.source_ids),
            count_text=f"{len(c.source_ids)} of {_plural(total, 'source')}",
            quote=c.quotes[0] if c.quotes else None,
        )
        for c in figure.claims
    )
    status_text = STATUS_WORDS.get(figure.status, figure.status)
    label = figure.label[:1].upper() + figure.label[1:]  # labels start a table row: capitalised for reading
    return FigureRow(label=label, status=figure.status, status_text=status_text, values=values)


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


def long_date(value: dt.date) -> str:
    """'May 7, 2026'."""
    return f"{value:%B} {value.day}, {value.year}"


def date_range(first: dt.date | None, last: dt.date | None) -> str | None:
    """'May 5 – 11, 2026', 'May 30 – June 2, 2026' or one date."""
    if not first or not last:
        return long_date(first or last) if (first or last) else None  # type: ignore[arg-type]
    if first == last:
        return long_date(first)
    if first.year != last.year:
        return f"{long_date(first)} – {long_date(last)}"
    if first.month != last.month:
        return f"{first:%B} {first.day} – {last:%B} {last.day}, {last.year}"
    return f"{first:%B} {first.day} – {last.day}, {last.year}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --- escaping -----------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_escape(value: Any) -> str:
    """Text safe inside Markdown (and inside a table cell): no markup, no HTML, no line breaks."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = re.sub(r"\s+", " ", str(value)).strip()
    return _MD_SPECIAL.sub(r"\\\1", text)


def _plain(value: Any) -> str:
    """Plain text: one line, no control characters."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return re.sub(r"\s+", " ", str(value)).strip()


def md_url(value: str | None) -> Markup:
    """A URL or path usable inside a Markdown link target."""
    text = (value or "").strip()
    for char, code in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E"), ("\n", "")):
        text = text.replace(char, code)
    return Markup(text)


def wrap(value: Any, width: int = 72, indent: str = "", first: str | None = None) -> Markup:
    """Wrap plain text for the text email (returned as-is so the text finalizer keeps the newlines)."""
    import textwrap

    lead = indent if first is None else first
    return Markup(textwrap.fill(_plain(value), width=width, initial_indent=lead, subsequent_indent=indent,
                                break_long_words=False, break_on_hyphens=False))


def _env(user_templates: Path | None, kind: str) -> jinja2.Environment:
    """A Jinja environment that looks in the user's templates first, then ours, and escapes by default."""
    folders = [str(p) for p in (user_templates, TEMPLATES_DIR) if p is not None]
    options: dict[str, Any] = {"loader": jinja2.FileSystemLoader(folders), "undefined": jinja2.StrictUndefined,
                               "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}
    if kind == "html":
        env = jinja2.Environment(autoescape=True, **options)
    else:
        # Markdown and text are not HTML, so they get their own escaping on every {{ }} output.
        env = jinja2.Environment(autoescape=False, finalize=md_escape if kind == "md" else _plain, **options)
    env.filters.update(long_date=long_date, raw=Markup, plural=_plural, md_url=md_url, wrap=wrap)
    return env


def _tidy(text: str) -> str:
    """One trailing newline, no runs of blank lines (templates stay readable without fighting whitespace)."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

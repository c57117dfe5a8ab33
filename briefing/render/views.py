"""Render: one Edition into Markdown, an MJML-compiled HTML email, plain text and JSON."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefing.errors import ConfigError
from briefing.models import Article, Claim, Edition, Event, Figure
from briefing.text import long_date, plural

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
BUILTIN_PREFIX = "builtin/"  # "builtin/email.mjml.j2" is always ours, so a user's template can extend it
JSON_SCHEMA_VERSION = 1
STATUS_WORDS = {"agreed": "sources agree", "conflict": "sources differ", "single": "one source"}
STATUS_ICONS = {"agreed": "✓", "conflict": "⚠", "single": ""}
# Gmail clips an email whose HTML passes 102 KB ("[Message clipped]"): stay under it with room for
# whatever the sending side adds (a List-Unsubscribe footer, tracking-free but still bytes).
EMAIL_BUDGET_BYTES = 100 * 1024


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


def render_all(
    edition: Edition, *, templates: Path | None = None, web_url: str | None = None, language: str = "en",
    email_budget: int = EMAIL_BUDGET_BYTES,
) -> dict[str, str]:
    """Every output file of the edition, by file name.

    `templates` is the user's folder (ours fill in what it leaves out); `web_url` is where the outbox is
    published, linked from the email when it is too big to show every event in full.
    """
    context = _context(edition, web_url=web_url, language=language)
    files = {
        "briefing.md": _render(_env(templates, "md"), "digest.md.j2", context),
        "briefing.txt": _render(_env(templates, "txt"), "digest.txt.j2", context),
        "briefing.html": fit_email(_env(templates, "html"), context, budget=email_budget),
        "briefing.json": to_json(edition),
    }
    return {name: _tidy(text) for name, text in files.items()}


def fit_email(env: jinja2.Environment, context: dict[str, Any], *, budget: int = EMAIL_BUDGET_BYTES) -> str:
    """The compiled email with as many events in full as fit in `budget` bytes; the rest as one-liners.

    Decided by measuring the compiled HTML, not by guessing: render, measure, show fewer full cards.
    """
    events = context["events"]

    def compiled(full: int) -> str:
        shown = {**context, "full_events": events[:full], "brief_events": events[full:]}
        return compile_email(_render(env, "email.mjml.j2", shown))

    html = compiled(len(events))
    if _size(html) <= budget or not events:
        return html
    bare = compiled(0)
    if _size(bare) > budget:
        log.warning("the email is %d KB even with every event as a one-liner; it will be clipped", _size(bare) // 1024)
        return bare
    per_card = (_size(html) - _size(bare)) / len(events)
    full = min(len(events) - 1, max(0, int((budget - _size(bare)) / per_card)))
    html = compiled(full)
    while _size(html) > budget and full > 0:  # cards differ in size: step down until it fits
        full -= 1
        html = compiled(full)
    while full + 1 < len(events) and _size(candidate := compiled(full + 1)) <= budget:  # and up while it still fits
        full, html = full + 1, candidate
    return html


def _size(html: str) -> int:
    return len(_tidy(html).encode("utf-8"))


def compile_email(mjml_source: str) -> str:
    """Compile MJML to the HTML that mail clients render."""
    import mjml  # a compiled extension; imported only when an email is rendered

    try:
        # fonts={}: no web-font <link>; the email must not call out to a font server when opened.
        return mjml.mjml2html(mjml_source, disable_comments=True, fonts={})
    except ValueError as exc:
        raise ConfigError(f"the email template does not compile as MJML: {exc}",
                          hint="check the MJML in your templates folder, or remove your copy to use ours") from None


def _render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    """Render one template; a broken user template is one line naming the file and line."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        raise ConfigError(f"{where}: template error: {exc.message}",
                          hint="fix the template, or remove your copy to use ours") from None
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(f"template not found: {exc.name}", hint="check the name in your include or extends") from None
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"{name}: template error: {exc.message}",
                          hint="see docs/templates.md for the names a template can use") from None


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


def _context(edition: Edition, *, web_url: str | None = None, language: str = "en") -> dict[str, Any]:
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
        "full_events": events,  # the email shows these in full ...
        "brief_events": (),  # ... and these as one-liners, when the day is too big for one email
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


@functools.lru_cache(maxsize=16)
def _env(user_templates: Path | None, kind: str) -> jinja2.Environment:
    """A Jinja environment that looks in the user's templates first, then ours, and escapes by default.

    Every template and partial can be replaced by a file of the same name in the user's folder; a user's
    template can also `{% extends "builtin/email.mjml.j2" %}` and replace only some blocks.
    Cached: parsing the templates is most of a small edition's render time, and the loaders notice
    an edited template by its modification time, so a long-running scheduler still sees changes.
    """
    folders = [str(p) for p in (user_templates, TEMPLATES_DIR) if p is not None]
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader(folders),
        jinja2.PrefixLoader({BUILTIN_PREFIX.rstrip("/"): jinja2.FileSystemLoader(str(TEMPLATES_DIR))}),
    ])
    options: dict[str, Any] = {"loader": loader, "undefined": jinja2.StrictUndefined,
                               "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}
    if kind == "html":
        env = jinja2.Environment(autoescape=True, **options)
    else:
        # Markdown and text are not HTML, so they get their own escaping on every {{ }} output.
        env = jinja2.Environment(autoescape=False, finalize=md_escape if kind == "md" else _plain, **options)
    env.filters.update(long_date=long_date, raw=Markup, plural=plural, md_url=md_url, wrap=wrap)
    return env


def _tidy(text: str) -> str:
    """One trailing newline, no runs of blank lines (templates stay readable without fighting whitespace)."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

"""The JSON export (schema documented in the README)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from briefing.models import Article, Claim, Edition, Event, source_names

JSON_SCHEMA_VERSION = 1


def to_json(edition: Edition) -> str:
    """The JSON export (schema documented in the README)."""
    doc = {
        "schema": JSON_SCHEMA_VERSION,
        "edition": edition.date.isoformat(),
        "title": edition.title,
        "generated_at": edition.generated_at.isoformat(timespec="seconds"),
        **({"sections": list(edition.sections), "top_stories": list(edition.top_stories)} if edition.sections else {}),
        "events": [_event_json(e, sectioned=bool(edition.sections)) for e in edition.events],
        "warnings": list(edition.warnings),
        "feeds": [
            {"name": h.name, "url": h.url, "status": h.status, "entries": h.entries, "message": h.message}
            for h in edition.feed_health
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _event_json(event: Event, *, sectioned: bool = False) -> dict[str, Any]:
    # "section" is there only when the digest has sections, so a day without them reads as it always did.
    names = source_names(event.sources)
    return {
        "id": event.id,
        "headline": event.headline,
        **({"section": event.section} if sectioned else {}),
        "update": event.update,
        "first_date": _iso(event.first_date),
        "last_date": _iso(event.last_date),
        "summary": [{"text": s.text, "sources": list(s.source_ids)} for s in event.summary],
        "sources": [_source_json(a, names[a.id]) for a in event.sources],
        "figures": [
            {"label": f.label, "status": f.status, "key": f.key, "claims": [_claim_json(c) for c in f.claims]}
            for f in event.figures
        ],
        "differences": list(event.differences),
    }


def _source_json(article: Article, name: str) -> dict[str, Any]:
    # "name" is how the digest (and "differences") names the source: the outlet, numbered when two share it.
    return {
        "id": article.id,
        "name": name,
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

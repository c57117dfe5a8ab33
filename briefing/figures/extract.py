"""Figures: the numbers each source reports, aligned by what they measure.

A mention is one number in one sentence. Mentions are grouped by what they measure: the kind of
quantity (money per month, GPU count, power, a date, ...), the aspect the words around them name
(a contract, spending, a death toll, a signing) and the thing they are about (the nearest named
entity that is not shared by the whole story). Values never decide the grouping on their own: equal
values about different things stay apart, different values for one thing become a conflict.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.figures.aspects import aspect_of, figure_label
from briefing.figures.passages import Passage, article_passages
from briefing.models import Article, Claim, Figure
from briefing.text.dates import find_dates, month_year_spans
from briefing.text.entities import EntityIndex
from briefing.text.numbers import Quantity, find_quantities

log = logging.getLogger(__name__)

_CASUALTIES = frozenset({"deaths", "injured", "shot"})  # counts of these are counts of people


@dataclass(frozen=True, kw_only=True)
class Mention:
    """One quantity in one passage of one source, with what it is about."""

    source: str
    order: int  # source order in the story, then position
    passage: Passage
    quantity: Quantity
    key: str  # the kind of quantity: "money", "money/month", "count:gpu", "date", ...
    aspect: str | None
    subject: frozenset[str]  # discriminating entity tokens; empty when unknown
    label_subject: str | None  # the entity named near it, for the label


def _key(q: Quantity) -> str:
    if q.dim == "money":
        return "money/" + q.unit.partition("/")[2] if "/" in q.unit else "money"
    if q.dim == "count":
        return "count:" + q.unit.split()[-1].lower().rstrip("s")
    if q.dim == "duration":
        return "duration:" + q.unit
    return q.dim


def _year_hint(articles: Sequence[Article]) -> int | None:
    years = Counter(a.published.year for a in articles if a.published)
    return years.most_common(1)[0][0] if years else None


def find_mentions(articles: Sequence[Article]) -> list[Mention]:
    """Every quantity in every article, with its measure key, aspect and subject."""
    per_article = [(a, article_passages(a.text)) for a in articles]
    index = EntityIndex.build([(a.title, [p.text for p in ps if p.kind != "heading"]) for a, ps in per_article])
    hint = _year_hint(articles)
    mentions: list[Mention] = []
    for number, (article, passages) in enumerate(per_article):
        for passage in passages:
            for q in _quantities(passage.text, article.published, hint):
                subject, shown = index.subject_of(passage.text, q, passage.heading,
                                                  item=passage.kind in ("item", "table"))
                aspect = aspect_of(passage.text, q)
                if q.dim == "count" and aspect in _CASUALTIES and q.unit != "people":
                    q = replace(q, unit="people", display=q.display.replace(q.unit, "people"))
                mentions.append(Mention(
                    source=article.id, order=number * 100000 + passage.index, passage=passage,
                    quantity=q, key=_key(q), aspect=aspect, subject=subject,
                    label_subject=shown,
                ))
    return mentions


def _quantities(text: str, published: dt.date | None, hint: int | None) -> list[Quantity]:
    dates = find_dates(text, published, hint)
    blocked = [(d.start, d.end) for d in dates] + month_year_spans(text)
    return dates + find_quantities(text, blocked)


def _cluster(mentions: list[Mention]) -> list[list[Mention]]:
    """Split one (key, aspect) group by subject.

    Named mentions gather by shared name tokens (or a shared value); unnamed ones join the figure
    with their value, else the best-supported figure of the group (that is how a conflict is found:
    "more than 200,000 GPUs" in a source that names nothing), else each other.
    """
    named: list[list[Mention]] = []
    for m in (m for m in mentions if m.subject):
        home = next((c for c in named if any(_same_subject(m.subject, o.subject) for o in c)), None)
        if home is None:
            named.append([m])
        else:
            home.append(m)
    named = _merge_same_value(named)
    unplaced: list[Mention] = []
    for m in (m for m in mentions if not m.subject):
        same_value = [c for c in named if any(_same_value(m, o) for o in c)]
        if same_value:
            max(same_value, key=_support).append(m)
        else:
            unplaced.append(m)
    anonymous: list[Mention] = []
    for m in unplaced:
        supported = [c for c in named if _support(c) >= 2]
        same_value = [c for c in [anonymous] if any(_same_value(m, o) for o in c)]
        if supported and not same_value:
            max(supported, key=_support).append(m)
        else:
            anonymous.append(m)
    return named + ([anonymous] if anonymous else [])


def _same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """'Google' ~ 'Google Cloud', but 'Claude Pro' is not 'Claude Max'."""
    return a <= b or b <= a or len(a & b) >= len(a | b) / 2


def _merge_same_value(clusters: list[list[Mention]]) -> list[list[Mention]]:
    """Two names for one thing ("Anthropic's 300 MW", "Colossus 1: 300 MW") share a value."""
    merged: list[list[Mention]] = []
    for cluster in clusters:
        home = next((c for c in merged if any(_same_value(m, o) for m in cluster for o in c)), None)
        if home is None:
            merged.append(cluster)
        else:
            home.extend(cluster)
    return merged


def _same_value(a: Mention, b: Mention) -> bool:
    return (a.quantity.value, a.quantity.upper, a.quantity.unit) == (b.quantity.value, b.quantity.upper,
                                                                       b.quantity.unit)


def _support(cluster: list[Mention]) -> int:
    return len({m.source for m in cluster})


def _attach_aspectless(mentions: list[Mention], clusters: list[list[Mention]]) -> list[Mention]:
    """A mention that names no aspect joins a figure of its kind that already has its value."""
    left: list[Mention] = []
    for m in mentions:
        homes = [c for c in clusters if c[0].key == m.key and any(_same_value(m, o) for o in c)
                 and not (m.subject and all(o.subject and not _same_subject(o.subject, m.subject) for o in c))]
        if homes:
            max(homes, key=_support).append(m)
        else:
            left.append(m)
    return left


def align(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Mentions grouped into figures (one list per thing measured)."""
    groups: dict[tuple[str, str | None], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.key, m.aspect), []).append(m)
    clusters: list[list[Mention]] = []
    for (_, aspect), members in groups.items():
        if aspect is not None:
            clusters.extend(_cluster(members))
    aspectless = [m for (_, aspect), ms in groups.items() if aspect is None for m in ms]
    left = _attach_aspectless(aspectless, clusters)
    by_key: dict[str, list[Mention]] = {}
    for m in left:
        by_key.setdefault(m.key, []).append(m)
    for members in by_key.values():
        clusters.extend(_cluster(members))
    return clusters


def _claims(cluster: list[Mention]) -> tuple[Claim, ...]:
    by_value: dict[tuple[float, float | None, str], list[Mention]] = {}
    for m in sorted(cluster, key=lambda m: m.order):
        by_value.setdefault((m.quantity.value, m.quantity.upper, m.quantity.unit), []).append(m)
    claims = []
    for (value, upper, unit), ms in by_value.items():
        displays = Counter(dict.fromkeys((m.source, m.quantity.display) for m in ms)).keys()
        ranked = Counter(display for _, display in displays).most_common()
        best = next(m for m in ms if m.quantity.display == ranked[0][0])
        sources = tuple(dict.fromkeys(m.source for m in ms))
        quotes = tuple(dict.fromkeys(next(m.passage.text for m in ms if m.source == s) for s in sources))
        claims.append(Claim(value=value, unit=unit, upper=upper, display=best.quantity.display,
                            qualifier=best.quantity.qualifier, source_ids=sources, quotes=quotes))
    claims.sort(key=lambda c: -len(c.source_ids))
    return tuple(claims)


def _status(claims: tuple[Claim, ...]) -> str:
    if len(claims) > 1:
        return "conflict"
    return "agreed" if len(claims[0].source_ids) > 1 else "single"


def _label(cluster: list[Mention]) -> str:
    """Dates name only a discriminating subject ("Pentagon release date", not "Anthropic signing date")."""
    named_ones = [m for m in cluster if m.label_subject and m.subject]
    if not named_ones and cluster[0].quantity.dim != "date":
        named_ones = [m for m in cluster if m.label_subject]
    subjects = Counter(dict.fromkeys((m.source, m.label_subject) for m in named_ones))
    named = Counter(s for _, s in subjects).most_common(1)
    first = cluster[0]
    return figure_label(first.quantity, first.aspect, named[0][0] if named else None)


def extract_figures(articles: Sequence[Article]) -> tuple[Figure, ...]:
    """Every figure the articles report, each with its claims credited to sources."""
    clusters = align(find_mentions(articles))
    figures = []
    for cluster in clusters:
        cluster.sort(key=lambda m: m.order)
        claims = _claims(cluster)
        figures.append((cluster[0].order, Figure(label=_label(cluster), status=_status(claims),
                                                 claims=claims)))
    rank = {"conflict": 0, "agreed": 1, "single": 2}
    figures.sort(key=lambda f: (-len(f[1].source_ids), rank[f[1].status], f[0]))
    log.debug("%d figures from %d articles", len(figures), len(articles))
    return tuple(f for _, f in figures)

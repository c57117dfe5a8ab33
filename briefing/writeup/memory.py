"""Memory across days: leave out events readers already have, and say what is new about the rest.

`remember_edition` stores what each edition carried (event, headline, sources, figure values, and the
event's evidence: its words, cities, days, ages and people); `apply_memory` compares a new day's events
with editions strictly before it, so rebuilding a date gives the same result.

An event matches an earlier one when they share a source id or URL. Otherwise (a follow-up is a new
article by every outlet) it is the same story when its evidence says so, read as the deduplicator reads
it (text/evidence.py): enough of the same rare words (fewer when the leads give one day and nothing
clashes), or (continuing.py) three names that no other story gives, or a name or two with the day told
back and the city or an age, or (asked last) it is the only
earlier event of that day that shares a name with it, and not two clear clashes (another city and another
day, other victims). A new story of the same kind shares the kind's words but few of the
story's own, and names its own people, places and day: it is news, not an update.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from briefing.models import Article, Edition, Event, Figure
from briefing.state import State
from briefing.text import jaccard
from briefing.text.dayparts import tells_other
from briefing.text.event_evidence import EventEvidence, compare_events, event_evidence
from briefing.writeup.aside import own_values
from briefing.writeup.body_names import told_rare
from briefing.writeup.continuing import MATCHING, Matching, carried_names, on_the_day, rare_for, rare_names
from briefing.writeup.kept_apart import kept_apart
from briefing.writeup.told_back import Report, Told, continues, told_of
from briefing.writeup.told_figures import marks, rare_marks
from briefing.writeup.told_later import coverage

log = logging.getLogger(__name__)

LOOKBACK_DAYS = 30  # older editions are not compared: a story back after a month is news again
# An update note is one line under the headline (a badge in the email): a follow-up told days later brings
# ten or more figures the first day did not have, so the note names this many and counts the rest, which
# the event's figures table shows.
UPDATE_FIGURES = 3


SCHEMA = [
    """
    CREATE TABLE memory_editions (
        edition TEXT PRIMARY KEY,
        remembered_at TEXT NOT NULL
    );
    CREATE TABLE memory_events (
        edition TEXT NOT NULL REFERENCES memory_editions (edition) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        headline TEXT NOT NULL,
        sources TEXT NOT NULL,
        figures TEXT NOT NULL,
        PRIMARY KEY (edition, event_id)
    )
    """,
    # Version 2: each event's evidence, so tomorrow's follow-ups match by who, where and when.
    "ALTER TABLE memory_events ADD COLUMN evidence TEXT NOT NULL DEFAULT '{}'",
]

_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
    "of", "on", "or", "over", "says", "said", "than", "that", "the", "this", "to", "was", "were", "will",
    "with", "after", "new",
})


@dataclass(frozen=True, kw_only=True)
class RememberedFigure:
    """One figure as an earlier edition showed it: its status, comparable values and how it read."""

    status: str
    values: tuple[tuple[float, str, float | None], ...]  # (value, unit, upper), sorted
    display: str

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"status": self.status, "values": [list(v) for v in self.values], "display": self.display}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> RememberedFigure:
        """Read back what `to_json` stored."""
        return cls(status=doc["status"], values=tuple((float(v[0]), str(v[1]), v[2]) for v in doc["values"]),
                   display=doc["display"])


@dataclass(frozen=True, kw_only=True)
class Remembered:
    """One event as an earlier edition carried it."""

    edition: dt.date
    headline: str
    source_ids: frozenset[str]
    urls: frozenset[str]
    figures: dict[str, RememberedFigure]  # by label
    evidence: EventEvidence | None = None  # None for events remembered before evidence was stored


def remember_edition(state: State, edition: Edition) -> None:
    """Record which events `edition` carried, replacing any earlier record of that date."""
    state.ensure_schema("memory", SCHEMA)
    day = edition.date.isoformat()
    rows = [
        (day, event.id, event.headline, json.dumps(_sources(event)),
         json.dumps({label: f.to_json() for label, f in _figures(event.figures).items()}),
         json.dumps(_evidence_json(evidence_of_event(event))))
        for event in edition.events
    ]
    with state.transaction() as db:
        db.execute("DELETE FROM memory_editions WHERE edition = ?", (day,))  # cascades to its events
        db.execute(
            "INSERT INTO memory_editions (edition, remembered_at) VALUES (?, ?)",
            (day, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )
        db.executemany(
            "INSERT OR REPLACE INTO memory_events (edition, event_id, headline, sources, figures, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def apply_memory(events: Sequence[Event], *, state: State, edition: dt.date,
                 matching: Matching = MATCHING) -> tuple[Event, ...]:
    """The events worth carrying in `edition`: new ones as they are, known ones only with an update note."""
    kept: list[Event] = []
    for event, matches in zip(events, match_events(events, state=state, edition=edition, matching=matching),
                              strict=True):
        if not matches:
            kept.append(event)
            continue
        note = what_is_new(event, matches)
        if note is None:
            log.debug("leaving out %r: carried on %s with nothing new", event.headline, matches[0].edition)
            continue
        kept.append(replace(event, update=note))
    return tuple(kept)


def match_events(events: Sequence[Event], *, state: State, edition: dt.date,
                 matching: Matching = MATCHING) -> list[list[Remembered]]:
    """For each event, the records of editions before `edition` that tell the same story (none: it is new)."""
    earlier = _earlier(state, edition)
    today = {event.id: evidence_of_event(event, told_other=matching.told_other) for event in events}
    remembered = [(m.edition, m.evidence) for m in earlier if m.evidence]
    idf = _idf([*today.values(), *(e for _, e in remembered)])
    rare = rare_names(today.values(), remembered, matching.name_events, today_once=matching.name_editions)
    if matching.told_words:
        rare |= rare_names(today.values(), remembered, matching.name_events, words=True)
    carried = carried_names(today.values(), remembered, matching) - rare
    # The figures' values as marks (told_figures.py), rare as names are: by how many events give them.
    told_marks = {e.id: _marks(_figures(e.figures), matching, e.sources) for e in events}
    earlier_marks = [_marks(m.figures, matching) for m in earlier]
    rare |= rare_marks([*told_marks.values(), *earlier_marks], matching.name_events)
    reports = {e.id: [(a.title, a.text, a.published) for a in e.sources] for e in events}
    body = _body_names(events, reports, today, remembered, matching)
    return [_matches(event, today[event.id], list(zip(earlier, earlier_marks, strict=True)), idf, matching,
                     (rare, rare | carried if carried else rare),
                     replace(told_of(reports[event.id], today[event.id], matching), figures=told_marks[event.id],
                             body=body[event.id]))
            for event in events]


def what_is_new(event: Event, matches: Sequence[Remembered]) -> str | None:
    """'Update: 2 new sources; GPU count now disputed', or None when nothing changed since `matches`."""
    seen_ids = frozenset().union(*(m.source_ids for m in matches))
    seen_urls = frozenset().union(*(m.urls for m in matches))
    fresh = [a for a in event.sources if a.id not in seen_ids and normalize_url(a.url) not in seen_urls]
    parts = [f"{len(fresh)} new source{'s' if len(fresh) != 1 else ''}"] if fresh else []
    previous: dict[str, RememberedFigure] = {}
    for match in sorted(matches, key=lambda m: m.edition):  # the latest edition's value of a label wins
        previous.update(match.figures)
    now = _figures(event.figures)
    key = {f.label for f in event.figures if f.key}
    # Today's outlets may label a figure another way ("Hill's age" for yesterday's "age"); a value under a
    # new label that an earlier edition already gave, in the same unit, is not news.
    known = {value for figure in previous.values() for value in figure.values}
    changes = []
    for label, figure in now.items():
        if label not in previous and all(value in known for value in figure.values):
            continue
        change = _figure_change(label, figure, previous.get(label))
        if change:
            changes.append((label not in previous, label not in key, change))
    # What changed comes first, then new key figures, each group in the event's order (sorted is stable).
    news = [change for *_, change in sorted(changes, key=lambda c: c[:2])]
    parts += news[:UPDATE_FIGURES]
    if len(news) > UPDATE_FIGURES:
        rest = len(news) - UPDATE_FIGURES
        parts.append(f"{rest} more figure{'s' if rest != 1 else ''}")
    return "Update: " + "; ".join(parts) if parts else None


def _figure_change(label: str, now: RememberedFigure, before: RememberedFigure | None) -> str | None:
    if before is not None and before.values == now.values and before.status == now.status:
        return None
    if now.status == "conflict":
        if before is not None and before.status == "conflict":
            return f"{label} still disputed, now {now.display}"
        return f"{label} now disputed"
    return f"{label} now {now.display}"


def _earlier(state: State, edition: dt.date) -> list[Remembered]:
    """Events of the editions strictly before `edition` (within LOOKBACK_DAYS), newest first."""
    state.ensure_schema("memory", SCHEMA)
    since = (edition - dt.timedelta(days=LOOKBACK_DAYS)).isoformat()
    rows = state.db.execute(
        "SELECT edition, headline, sources, figures, evidence FROM memory_events "
        "WHERE edition < ? AND edition >= ? ORDER BY edition DESC",
        (edition.isoformat(), since),
    )
    found = []
    for row in rows:
        sources = json.loads(row["sources"])
        found.append(
            Remembered(
                edition=dt.date.fromisoformat(row["edition"]),
                headline=row["headline"],
                source_ids=frozenset(s["id"] for s in sources),
                urls=frozenset(s["url"] for s in sources if s["url"]),
                figures={label: RememberedFigure.from_json(doc) for label, doc in json.loads(row["figures"]).items()},
                evidence=_evidence_from(json.loads(row["evidence"])),
            )
        )
    return found


def _matches(event: Event, evidence: EventEvidence, marked: Sequence[tuple[Remembered, frozenset[str]]],
             idf: dict[str, float], matching: Matching, rares: tuple[frozenset[str], frozenset[str]],
             told: Told) -> list[Remembered]:
    """Earlier records of the same story (`marked`: each with its figures' marks): shared sources first, else
    the same evidence, else the one record of the day (continuing.on_the_day), else (for records kept before
    evidence was stored) a near-identical headline. A clear clash rules a record out."""
    earlier = [m for m, _ in marked]
    ids = {a.id for a in event.sources}
    urls = {u for u in (normalize_url(a.url) for a in event.sources) if u}
    shared = [m for m in earlier if ids & m.source_ids or urls & m.urls]
    if shared:
        return shared
    found = [m for m, figures in marked if m.evidence is not None
             and (words_match(evidence, m.evidence, idf, matching)
                  or continues(told, m.evidence, rare_for(evidence, m.evidence, rares), matching, figures=figures,
                               score=functools.partial(evidence_score, evidence, m.evidence, idf, matching),
                               cover=functools.partial(coverage, story=m.evidence.words, idf=idf)))]
    found = [m for m in found if not kept_apart(event.sources, evidence, m, rares, matching)]
    if found:
        return found
    if matching.on_day:
        kept = [(m, m.evidence) for m in earlier if m.evidence is not None]
        one = on_the_day(evidence, [e for _, e in kept], matching)
        if one is not None and evidence_score(evidence, kept[one][1], idf, matching) >= matching.on_day_score:
            return [kept[one][0]]
    words = headline_words(event.headline)
    return [m for m in earlier if similarity(words, headline_words(m.headline)) >= matching.headline_match
            and (m.evidence is None or compare_events(evidence, m.evidence).clash == 0)]


def _body_names(events: Sequence[Event], reports: dict[str, list[Report]], today: dict[str, EventEvidence],
                remembered: Sequence[tuple[dt.date, EventEvidence]], matching: Matching) -> dict[str, frozenset[str]]:
    """Each event's rare names told anywhere (Matching.body_names); none, and no reading, while the rule is off."""
    if not matching.body_names:
        return dict.fromkeys(today, frozenset())
    rare = told_rare([reports[e.id] for e in events], [today[e.id] for e in events], remembered,
                     matching.body_names, matching.name_events)
    return dict(zip((e.id for e in events), rare, strict=True))


def words_match(a: EventEvidence, b: EventEvidence, idf: dict[str, float], matching: Matching = MATCHING) -> bool:
    """Whether two events' words overlap enough to tell one story: `evidence_match`, or `apart_match` when
    both are dated and share no day (a look-alike a night later nearby shares the kind's and the place's words),
    or `day_match` when they share a day and nothing clashes (a follow-up's new words, the day unchanged)."""
    apart = bool(a.days and b.days and not a.days & b.days)
    score, clash = _scored(a, b, idf, matching)
    if score >= (matching.apart_match if apart else matching.evidence_match):
        return True
    return bool(matching.day_match and a.days & b.days and not clash and score >= matching.day_match)


def evidence_score(a: EventEvidence, b: EventEvidence, idf: dict[str, float],
                   matching: Matching = MATCHING) -> float:
    """How surely two events are one story: word overlap, plus agreements, minus a clash (-1 for two)."""
    return _scored(a, b, idf, matching)[0]


def _scored(a: EventEvidence, b: EventEvidence, idf: dict[str, float], matching: Matching) -> tuple[float, int]:
    """evidence_score and the clashes it counted, so that the day's bar reads them without comparing again."""
    if len(a.words & b.words) < matching.min_shared_words:  # the cheap test first: most pairs of events fail it
        return -1.0, 0
    verdict = compare_events(a, b)
    if verdict.clash > 1:
        return -1.0, verdict.clash
    return (_overlap(a.words, b.words, idf) + matching.agree_bonus * verdict.agree
            - matching.clash_penalty * verdict.clash), verdict.clash


def _marks(figures: dict[str, RememberedFigure], matching: Matching,
           sources: tuple[Article, ...] = ()) -> frozenset[str]:
    """The values of an event's figures that `matching` counts as evidence (told_figures.py); with `sources`
    (today's event), only those its reports give in a sentence of their own story (aside.py)."""
    values = [v for f in figures.values() for v in f.values]
    if sources and matching.told_figures and matching.figure_aside:
        values = own_values(values, sources, matching.figure_aside)
    return marks(values, matching.told_figures, matching.figure_min)


def _overlap(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    """Cosine of two word sets, each word weighted by its IDF among the events compared."""
    shared = sum(idf.get(w, 0.0) ** 2 for w in a & b)
    norm = math.sqrt(sum(idf.get(w, 0.0) ** 2 for w in a) * sum(idf.get(w, 0.0) ** 2 for w in b))
    return shared / norm if norm else 0.0


def _idf(pool: Sequence[EventEvidence]) -> dict[str, float]:
    """Smoothed IDF of each word over today's and the remembered events: a word every story uses
    ("police", "said") says little; one only this story uses says much."""
    df: Counter[str] = Counter(w for e in pool for w in e.words)
    n = len(pool) + 1
    return {w: math.log(n / k) + 0.1 for w, k in df.items()}


def evidence_of_event(event: Event, *, told_other: int = MATCHING.told_other) -> EventEvidence:
    """The evidence of an event, read from its headline and sources (text/event_evidence.py); with `told_other`,
    dated by the reports whose headlines tell no other incident (Matching.told_other): 1 where they give a day,
    2 always (a report alone that tells another incident back is undated)."""
    reports = [(a.title, a.text, a.published) for a in event.sources]
    found = _evidence_of_reports((event.headline, "", None), *reports)
    own = [r for r in reports if not tells_other(r[0])] if told_other and found.days else reports
    if len(own) == len(reports):
        return found
    days = _evidence_of_reports(*own).days if own else frozenset()
    return replace(found, days=days) if days or told_other >= 2 else found


# A build reads each event's evidence twice: to match it with earlier editions (apply_memory) and to
# remember it (remember_edition), with the same headline and sources both times (an update note or a
# section changes neither). The second reading is a look-up. The cache keeps the reports' texts, so it
# holds a few days' events, not more: `briefing schedule` runs for months in one process.
@functools.lru_cache(maxsize=256)
def _evidence_of_reports(*reports: tuple[str, str, dt.date | None]) -> EventEvidence:
    return event_evidence(reports)


def _evidence_json(e: EventEvidence) -> dict[str, list]:
    return {"words": sorted(e.words), "cities": sorted(e.cities), "mentioned": sorted(e.mentioned),
            "days": sorted(e.days), "ages": sorted(e.ages), "people": sorted(e.people),
            "streets": sorted(e.streets), "named_streets": sorted(e.named_streets)}


def _evidence_from(row: dict[str, list]) -> EventEvidence | None:
    if not row:
        return None
    return EventEvidence(words=frozenset(row["words"]), cities=frozenset(row["cities"]),
                         mentioned=frozenset(row["mentioned"]), days=frozenset(row["days"]),
                         ages=frozenset(row["ages"]), people=frozenset(row["people"]),
                         streets=frozenset(row.get("streets", ())), named_streets=frozenset(row.get("named_streets", ())))


def headline_words(headline: str) -> frozenset[str]:
    """The content words of a headline, lower-cased."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", headline.lower()) if w not in _STOPWORDS)


similarity = jaccard  # overlap of two headlines' word sets


def normalize_url(url: str | None) -> str | None:
    """A URL reduced to what identifies the article: no scheme, www., fragment, tracking or trailing slash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(("utm_", "fbclid"))])
    return urlunsplit(("", host, parts.path.rstrip("/"), query, "")).lstrip("/")


def _sources(event: Event) -> list[dict]:
    return [{"id": a.id, "url": normalize_url(a.url)} for a in event.sources]


def _figures(figures: Sequence[Figure]) -> dict[str, RememberedFigure]:
    """Per label: status, comparable values, and how a reader sees them."""
    out: dict[str, RememberedFigure] = {}
    for figure in figures:
        values = sorted(
            ((round(c.value, 6), c.unit, None if c.upper is None else round(c.upper, 6)) for c in figure.claims),
            key=lambda v: (v[0], v[1], -1.0 if v[2] is None else v[2]),
        )
        shown = [c.display for c in figure.claims] if figure.status == "conflict" else [figure.claims[0].display]
        display = " vs ".join(dict.fromkeys(shown)) if figure.claims else ""
        out[figure.label] = RememberedFigure(status=figure.status, values=tuple(values), display=display)
    return out

"""Write-up: headline, credited extractive summary, date range and differences for one story.

Extractive only (no language-model service): sentences are picked from the sources, each one
credited to every source that states it (the same content words, allowing small rewordings).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.figures.passages import article_passages
from briefing.models import Article, Event, Figure, Story, SummarySentence, source_names
from briefing.text import jaccard, word_set

_STOP = word_set("a an the of in on at to for from by with and or but as is are was were be been being has have had "
    "that which who whom this these those it its their they them he she his her we our you your i "
    "than then so if not no will would could should can may might must do does did also just more most "
    "very into over about after before up out new says said say")
# A sentence that addresses the reader ("Explore the partnership...", "Discover how...") is a promo line.
_PROMO = re.compile(r"^(?:Explore|Discover|Learn|Find out|Read|See|Check out|Click|Subscribe|Sign up|Join|Get)\b")
# "GPUs: More than 220,000 ..." is a fact-box line: true, but it does not read as a sentence of news.
_LABELLED = re.compile(r"^[A-Z][\w ]{0,25}: ")
_DANGLING = re.compile(r"^(?:It|This|That|These|Those|They|He|She|But|And|Or|So|Then|Also|However|"
                       r"Still|Yet|Here|There|Now|Meanwhile|Instead|Honestly|Weirdly|Of course)\b")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_DUPLICATE = 0.5  # Jaccard of content words above which two sentences say the same thing
_STATES = 0.6  # share of a sentence's content words another sentence must carry to state it
_SUMMARY_MAX = 5
_SUMMARY_MIN = 3


@dataclass(frozen=True, kw_only=True)
class _Candidate:
    text: str
    source: str
    position: float  # 0 = first sentence of its article, 1 = last
    words: frozenset[str]


def content_words(text: str) -> frozenset[str]:
    """Lowercased content words, plural 's' dropped, for comparing sentences."""
    words = re.findall(r"[a-z0-9][a-z0-9.,$%+-]*[a-z0-9%+]|[a-z0-9]", text.lower().replace("’", "'"))
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _STOP)


def _covers(claim: frozenset[str], other: frozenset[str]) -> bool:
    """Does `other` carry (nearly) all the words of `claim`? Then the two are near-duplicates."""
    return bool(claim) and len(claim & other) / len(claim) >= _STATES and jaccard(claim, other) >= 0.35


def _states(claim: frozenset[str], other: frozenset[str]) -> bool:
    """Does `other` state `claim`: its words, and every number and date in it?"""
    # A paraphrase that leaves out the figure ("signed a deal" vs "on May 6 signed a deal") does not state it.
    return _covers(claim, other) and all(w in other for w in claim if any(ch.isdigit() for ch in w))


def _candidates(article: Article) -> list[_Candidate]:
    prose = [p for p in article_passages(article.text) if p.kind in ("prose", "item")]
    found = []
    for i, passage in enumerate(prose):
        text = passage.text.strip()
        n_words = len(text.split())
        if not 8 <= n_words <= 45 or not re.search(r"[.!]['\"”’)]?$", text) or "?" in text or _PROMO.match(text):
            continue
        found.append(_Candidate(text=text, source=article.id, position=i / max(1, len(prose) - 1),
                                words=content_words(text)))
    return found


def _score(candidate: _Candidate, others: dict[str, list[_Candidate]], figure_words: frozenset[str]) -> float:
    """Central (other sources say much the same), early, self-contained, carrying agreed numbers."""
    support = sum(max((jaccard(candidate.words, o.words) for o in cands), default=0.0)
                  for source, cands in others.items() if source != candidate.source)
    score = support + 0.6 * (1 - candidate.position) + 0.3 * bool(candidate.words & figure_words)
    return score - (0.5 if _DANGLING.match(candidate.text) or _LABELLED.match(candidate.text) else 0.0)


def _credits(candidate: _Candidate, by_source: dict[str, list[_Candidate]]) -> tuple[str, ...]:
    return tuple(source for source, cands in by_source.items()
                 if source == candidate.source or any(_states(candidate.words, o.words) for o in cands))


def summarize(articles: Sequence[Article], figures: Sequence[Figure] = ()) -> tuple[SummarySentence, ...]:
    """3-5 extractive sentences from several sources, no near-duplicates, each fully credited."""
    by_source = {a.id: _candidates(a) for a in articles}
    agreed = frozenset(w for f in figures if f.status != "single" for c in f.claims
                       for w in content_words(c.display))
    pool = sorted((c for cands in by_source.values() for c in cands),
                  key=lambda c: -_score(c, by_source, agreed))
    chosen: list[_Candidate] = []
    used_sources: dict[str, int] = {}
    for candidate in pool:
        if len(chosen) >= _SUMMARY_MAX:
            break
        if any(jaccard(candidate.words, c.words) >= _DUPLICATE or _covers(candidate.words, c.words)
               or _covers(c.words, candidate.words) for c in chosen):
            continue
        if used_sources.get(candidate.source, 0) >= 2 and len(by_source) > 1:
            continue  # draw on several sources
        chosen.append(candidate)
        used_sources[candidate.source] = used_sources.get(candidate.source, 0) + 1
    chosen = chosen[:max(_SUMMARY_MIN, min(len(chosen), 4))]
    chosen.sort(key=lambda c: (c.position, list(by_source).index(c.source)))
    return tuple(SummarySentence(text=c.text, source_ids=_credits(c, by_source)) for c in chosen)


def choose_headline(articles: Sequence[Article]) -> str:
    """The title most like the others (the story's common core), of a readable length."""
    titles = [(a, _SITE_SUFFIX.sub("", a.title.strip())) for a in articles if a.title.strip()]
    if not titles:
        return ""
    texts = [content_words(a.text[:2000]) for a, _ in titles]

    def score(item: tuple[int, tuple[Article, str]]) -> float:
        i, (_, title) = item
        words = content_words(title)
        shared = sum(len(words & t) / max(1, len(words)) for j, t in enumerate(texts) if j != i)
        n_words = len(title.split())
        return shared - (0.5 if n_words < 5 or n_words > 16 else 0.0)

    return max(enumerate(titles), key=score)[1][1]


def differences(figures: Sequence[Figure], articles: Sequence[Article]) -> tuple[str, ...]:
    """One line per conflict: 'GPU count: 220,000+ GPUs (3 sources) vs more than 200,000 GPUs (GeekyGadgets)'.

    `articles` in the order the event shows its sources, so the names match the rest of the digest.
    """
    outlets = source_names(articles)
    lines = []
    for figure in figures:
        if figure.status != "conflict":
            continue  # only different sources differ; a source contradicting itself is said apart, by name
        parts = []
        for claim in figure.claims:
            who = (f"{len(claim.source_ids)} sources" if len(claim.source_ids) > 1
                   else outlets.get(claim.source_ids[0], claim.source_ids[0]))
            parts.append(f"{claim.display} ({who})")
        lines.append(f"{_capital(figure.label)}: " + " vs ".join(parts))
    return tuple(lines)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def date_range(articles: Sequence[Article], figures: Sequence[Figure]) -> tuple[dt.date | None, dt.date | None]:
    """From the first thing that happened to the last report.

    Uses article published dates and the event dates the sources state (date figures), but only event
    dates from the 31 days before the first report: older dates are background ("an April 2007
    shooting" in a 2008 verdict story), not this event.
    """
    published = sorted(a.published for a in articles if a.published)
    stated = sorted(d for f in figures for c in f.claims if c.unit == "date" and (d := _as_date(c.value)))
    if published:
        window = published[0] - dt.timedelta(days=31)
        stated = [d for d in stated if window <= d <= published[-1]]
    days = sorted(stated + published)
    return (days[0], (published or days)[-1]) if days else (None, None)


def _as_date(value: float) -> dt.date | None:
    number = int(value)
    try:
        return dt.date(number // 10000, number // 100 % 100, number % 100)
    except ValueError:
        return None


def _ordered_sources(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Earliest report first (who broke it); undated sources after, in story order."""
    far = dt.date.max
    return tuple(sorted(articles, key=lambda a: a.published or far))


def write_event(story: Story, figures: Sequence[Figure]) -> Event:
    """Compose the reader-facing event from a story and its figures."""
    first, last = date_range(story.articles, figures)
    sources = _ordered_sources(story.articles)
    return Event(
        id=story.id,
        headline=choose_headline(story.articles),
        summary=summarize(story.articles, figures),
        sources=sources,
        figures=tuple(figures),
        differences=differences(figures, sources),
        first_date=first,
        last_date=last,
    )

"""What a follow-up tells back of the first day besides its lead: the day it happened, and the one-word names
(a firm, a brand) the story keeps. memory.py asks `continues` for two events that share no source and too few
words; continuing.py's names and told-alike rules decide on what this module reads.

A follow-up leads with its own news, dated by its own day ("Southline Freight asked a judge on Monday to throw
out last week's verdict") and tells the first day further on ("the verdict returned on May 29", "Saturday's
runoff"). The lead's day (text/evidence.py) is the development's, so rules that read only the lead find the
days apart. But a look-alike tells the other story back too ("the second fatal crash on that stretch this
week; on Tuesday, a woman died nearby"): hence the guards, each a Matching field the bench sweeps.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefing.text import CLOCK_WORDS
from briefing.text.dates import find_dates
from briefing.text.event_evidence import EventEvidence, compare_events, content_words
from briefing.text.evidence import LEAD_CHARS, people_of
from briefing.text.sentences import SENTENCE_BREAK
from briefing.writeup.aside import SUBJECT, aside, names_in
from briefing.writeup.continuing import Matching, named_apart, same_names, told_alike
from briefing.writeup.told_figures import shared
from briefing.writeup.told_later import later_passage, later_told, named_bar

# Report = (title, text, published), as text/event_evidence.py reads an event's reports.
Report = tuple[str, str, dt.date | None]

# A weekday or date told as the name of what happened: "Monday's explosion", "the May 29 verdict".
_PARAGRAPH = re.compile(r"\n\s*\n")
_POSSESSIVE_DAY = re.compile(r"['’]s\b")
# A sentence that tells a plan, not what happened: its weekday is the coming one, read by find_dates as the last.
_PLAN = re.compile(r"\b(?:will|would|shall|(?:is|are) (?:due|set|scheduled) to)\b", re.IGNORECASE)
# A week told as the name of what happened: "last week's verdict", "this week's flooding", "last weekend's
# cyberattack". The lead gives the development's day; this gives the event's week.
_WEEK_TOLD = re.compile(r"\b(last|this|past) (week|weekend)['’]s\b", re.IGNORECASE)
# A capitalised word between two that are not ("sues Trailvolt, says"): a name of one word, not a piece of a
# longer one ("Dorr Street", "Miami Valley Crime Stoppers"), an abbreviation ("Lt.") or a sentence's first word.
_CAPITALISED = re.compile(r"\b[a-z][a-z'’-]*,? ([A-Z][a-z]{2,}(?:[A-Z][a-z]+)?)\b(?! [A-Z]| &|\.\w)")


@dataclass(frozen=True, kw_only=True)
class Told:
    """A new event as the names and told-alike rules read it against remembered ones."""

    evidence: EventEvidence  # as text/evidence.py reads it: the lead's day
    days: frozenset[int]  # the past days its texts give anywhere (Matching.told_back)
    words: frozenset[str]  # its one-word names that are among its words (Matching.told_words)
    lead_names: frozenset[str]  # the names its headlines and leads give (Matching.told_lead)
    weeks: frozenset[int] = frozenset()  # the days of the weeks its texts name the event by (Matching.told_week)
    figures: frozenset[str] = frozenset()  # its figures' values as told_figures.marks reads them (Matching.told_figures)
    body: frozenset[str] = frozenset()  # its rare names anywhere in its texts (Matching.body_names, body_names.py)
    back: frozenset[int] = frozenset()  # the past days its texts give anywhere (Matching.later_names, told_later.py)
    # Each past day its texts give, with the words of the sentences that give it (Matching.later_passage)
    passages: tuple[tuple[int, frozenset[str]], ...] = ()
    # The same from the sentences of its own story only (aside.py's another subject; Matching.passage_aside)
    own_passages: tuple[tuple[int, frozenset[str]], ...] = ()


def told_of(reports: Sequence[Report], evidence: EventEvidence, matching: Matching) -> Told:
    """What the event's reports tell beyond `evidence`, as far as `matching` reads it."""
    return Told(
        evidence=evidence,
        days=told_days(reports, possessive=matching.told_back == 1) if matching.told_back else frozenset(),
        words=_one_word_names(reports, titles=matching.told_titles) & evidence.words - evidence.mentioned
        if matching.told_words else frozenset(),
        lead_names=_lead_names(reports, one_word=matching.name_lead >= 2)
        if matching.told_lead or matching.name_lead else frozenset(),
        weeks=told_weeks(reports) if matching.told_week else frozenset(),
        back=told_days(own_story(reports, matching.later_aside)) if matching.later_names else frozenset(),
        passages=told_passages(reports, paragraphs=matching.passage_paragraph) if matching.later_passage else (),
        own_passages=told_passages(own_story(reports, SUBJECT)) if matching.passage_aside else (),
    )


def _one_word_names(reports: Sequence[Report], *, titles: bool) -> frozenset[str]:
    """The reports' one-word names (proper_words); with `titles`, their headlines' too: a follow-up's text may give
    the firm only as a sentence's first word ("Swedavia said") and its headline mid-line ("... from Swedavia as")."""
    found = proper_words(reports)
    return found | proper_words([("", title, None) for title, _, _ in reports]) if titles else found


def _lead_names(reports: Sequence[Report], *, one_word: bool) -> frozenset[str]:
    """The names the reports' headlines and leads give; with `one_word`, their one-word names too (the brand, the
    germ, the firm: "FDA finds Cronobacter at Brightmeadow plant"), as proper_words reads them."""
    leads = [(title, f"{title}\n{text[:LEAD_CHARS]}", None) for title, text, _ in reports]
    names = frozenset().union(*(people_of(text) for _, text, _ in leads))
    return names | proper_words(leads) if one_word else names


def continues(told: Told, remembered: EventEvidence, rare: frozenset[str], matching: Matching, *,
              figures: frozenset[str] = frozenset(), score: Callable[[], float] = lambda: -1.0,
              cover: Callable[[frozenset[str]], float] = lambda words: 0.0) -> bool:
    """Whether the story's names or its telling alike join the new event to `remembered`, each on the days
    told back where they count; one-word names and the figures both give (`figures`: the remembered event's
    marks) count in the told-alike and named-apart rules only, as names do (a listicle and a sale share
    "Amazon", "AirPods" and "MacBook"; two stories share a count: three names of two or more words stay the
    story's names rule). `score`: the two events' word overlap, asked only by told_later's rules; `cover`: how
    much of the remembered event's words a set of words gives (told_later.later_passage)."""
    days = _days(told, remembered, rare, matching)
    # Most pairs keep the lead's days (every pair with told_back off): no copy of the record then, as this is
    # asked of nearly every pair of a new event and a remembered one.
    dated = told.evidence if days is told.evidence.days else replace(told.evidence, days=days)
    if matching.moved_names and moved(told, remembered, rare, matching):
        dated = replace(dated, cities=frozenset())  # its own news's city: no place clash with the story's
    if same_names(dated, remembered, rare, matching):
        return True
    if matching.told_words:
        dated = replace(dated, people=dated.people | told.words)
        remembered = replace(remembered, people=remembered.people | remembered.words)
    both = shared(told.figures, figures, dated.days & remembered.days, matching.figure_points)
    body = told.body & (remembered.words | remembered.mentioned)  # rare names today's texts give anywhere
    if body and len(body) >= matching.body_min:  # one place both name is often only the area (body_names.py)
        both |= body
        rare = rare | both
    if both:
        dated = replace(dated, people=dated.people | both)
        remembered = replace(remembered, people=remembered.people | both)
    names = len(dated.people & remembered.people & rare)
    return (told_alike(dated, remembered, rare, matching) or named_apart(dated, remembered, rare, matching)
            or later_told(dated, remembered, told.back, rare, score, matching)
            or later_passage(told.evidence, remembered, told.passages, names, cover, matching)
            or bool(matching.passage_aside) and later_passage(
                told.evidence, remembered, told.own_passages, names, cover, matching,
                floor=(matching.passage_aside, matching.aside_names))
            or bool(matching.name_match) and named_bar(dated, remembered, rare, score(), matching,
                                                        told.lead_names))


def moved(told: Told, remembered: EventEvidence, rare: frozenset[str], matching: Matching) -> bool:
    """Whether today's event clashes with `remembered` on the place yet shares `moved_names` rare names with it
    (its one-word names among them with told_words) and, with `moved_told`, tells a day of it back."""
    if not compare_events(told.evidence, remembered).place:
        return False
    names = told.evidence.people & remembered.people
    if matching.told_words:
        names |= told.words & remembered.words
    if len(names & rare) < matching.moved_names:
        return False
    first, last = (min(remembered.days), max(remembered.days)) if remembered.days else (0, -1)
    return not matching.moved_told or any(first - matching.later_back <= d <= last for d, _ in told.passages)


def _days(told: Told, remembered: EventEvidence, rare: frozenset[str], matching: Matching) -> frozenset[int]:
    """The event's days: its lead's, and those its texts tell back unless a guard keeps them out.
    told_stand_in: a lead dated within a day of the remembered event is that event or the next night's
    look-alike, so its own day stands. told_lead: a follow-up names the story in its headline or lead; a
    look-alike names the other story further on, beside the day it tells back."""
    lead = told.evidence
    if told.weeks and not lead.days & remembered.days:
        return lead.days | told.weeks
    if not told.days:
        return lead.days
    if matching.told_stand_in and lead.days and not compare_events(lead, remembered).day:
        return lead.days
    if matching.told_lead and not told.lead_names & remembered.people & rare:
        return lead.days
    return lead.days | told.days


def told_days(reports: Sequence[Report], *, possessive: bool = False) -> frozenset[int]:
    """Ordinals of the past days the reports' texts give anywhere (sentence by sentence), relative ones
    resolved against each report's publication date; `possessive`: only days told as a name of the event
    ("Monday's explosion", "the May 29 verdict")."""
    days: set[int] = set()
    for _, text, published in reports:
        for sentence in SENTENCE_BREAK.split(text):
            for q in find_dates(sentence, published, None):
                day = dt.date(int(q.value) // 10000, int(q.value) // 100 % 100, int(q.value) % 100)
                if published is not None and day > published:
                    continue  # a hearing set for next week is a plan, not the story's day
                if possessive and not (_POSSESSIVE_DAY.match(sentence, q.end)
                                       or sentence[max(0, q.start - 4):q.start].lower() == "the "):
                    continue
                days.add(day.toordinal())
    return frozenset(days)


def told_passages(reports: Sequence[Report], *, paragraphs: int = 0) -> tuple[tuple[int, frozenset[str]], ...]:
    """Each past day the reports' texts give (as told_days reads them, sentence by sentence), with the content
    words of the sentences that give it: a follow-up tells the first day back in a sentence of its own ("The
    InterCity ploughed into a stationary gravel train on Tuesday evening"). `paragraphs` (Matching.passage_paragraph):
    the words of the paragraphs that give it (the day in one sentence, the platform, the time and the victims in
    the next)."""
    found: dict[int, set[str]] = {}
    for title, text, published in reports:
        for paragraph in _PARAGRAPH.split(text) if paragraphs else (text,):
            for sentence in SENTENCE_BREAK.split(paragraph):
                days = told_days([(title, sentence, published)])
                if days:
                    # A plan's weekday ("would take charge for Sunday's match") is the coming one, read as the
                    # last: its paragraph tells no day back; the sentence alone counts, as without paragraphs.
                    whole = bool(paragraphs) and not _PLAN.search(sentence)
                    words = content_words(paragraph if whole else sentence)
                    for day in days:
                        found.setdefault(day, set()).update(words)
    return tuple((day, frozenset(words)) for day, words in sorted(found.items()))


def own_story(reports: Sequence[Report], mode: int) -> list[Report]:
    """The reports without the sentences they tell aside (aside.aside as `mode` asks; all kept at 0): a look-alike
    tells the other story back with its day ("A man was shot near Sherman Drive late Monday night")."""
    if not mode:
        return list(reports)
    kept = []
    for title, text, published in reports:
        sentences = SENTENCE_BREAK.split(text)
        lead = names_in(title) | names_in(sentences[0] if sentences else "")
        kept.append((title, "\n".join(s for s in sentences if not aside(s, lead, mode)), published))
    return kept


def told_weeks(reports: Sequence[Report]) -> frozenset[int]:
    """Ordinals of the days of the weeks the reports name the event by ("last week's verdict", "this week's
    flooding", "last weekend's attack"), resolved against each report's publication date, none after it."""
    days: set[int] = set()
    for _, text, published in reports:
        if published is None:
            continue
        monday = published - dt.timedelta(days=published.weekday())
        for m in _WEEK_TOLD.finditer(text):
            which, weekend = m.group(1).lower(), m.group(2).lower() == "weekend"
            week = monday if which == "this" else monday - dt.timedelta(days=7)
            if weekend:  # "this weekend's" read before the weekend is a plan ("this weekend's festival"): none
                span = [week + dt.timedelta(days=n) for n in (5, 6)]
            elif which == "past":  # the seven days up to the report
                span = [published - dt.timedelta(days=n) for n in range(7)]
            else:
                span = [week + dt.timedelta(days=n) for n in range(7)]
            days.update(d.toordinal() for d in span if d <= published)
    return frozenset(days)


def proper_words(reports: Sequence[Report]) -> frozenset[str]:
    """One-word names mid-sentence ("Trailvolt", "Lindqvist"), lower-cased: a capitalised word between
    uncapitalised ones, and no weekday or month."""
    found = {m.group(1).lower() for _, text, _ in reports for m in _CAPITALISED.finditer(text)}
    return frozenset(found - CLOCK_WORDS)

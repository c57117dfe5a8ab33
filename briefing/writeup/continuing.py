"""Whether a new event continues a remembered one when they share no source: the story's names and the
evidence of who, where and when (memory.py asks; text/event_evidence.py reads).

A follow-up told days later (a charge, the victims named, a cause found) is a new article by another outlet,
in new words under a new headline. What it keeps of the first day's story is who (the firm, the victims, the
fire chief), where (the city) and when (the day it happened, told back: "Monday's explosion"). A new story of
the same kind shares the kind's words, and often the city or the week, but names its own people and its own
day. Three ways to call two events one story, each with few clashes allowed:

- the story's names: `story_names` names of two or more words that no other event of the compared days names;
- told alike: `told_points` counts of agreement, each such name one and each kind of evidence that agrees
  (the same city, the same day, an age in common) one, the day among them, with at most one clash;
- the one on the day (asked last): the only earlier event that agrees on the day, with no clash, and shares a
  name, however many events name it (the street a look-alike names too), with some words in common.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from briefing.text.event_evidence import EventEvidence, compare_events
from briefing.writeup.matching import MATCHING, Matching


def same_names(a: EventEvidence, b: EventEvidence, rare: frozenset[str], matching: Matching = MATCHING) -> bool:
    """Whether two events share `story_names` names only they name, with at most one clash (two when they
    share `strong_names`)."""
    names = len(a.people & b.people & rare)
    if not matching.story_names or names < matching.story_names:
        return False
    return compare_events(a, b).clash <= (2 if matching.strong_names and names >= matching.strong_names else 1)


def told_alike(a: EventEvidence, b: EventEvidence, rare: frozenset[str], matching: Matching = MATCHING) -> bool:
    """Whether two events agree on `told_points` counts of who, where and when (the day among them), with at
    most `told_clashes` clashes."""
    if not matching.told_points and not matching.told_kinds:
        return False
    names = len(a.people & b.people & rare)
    if names + 3 < matching.told_points and not matching.told_kinds:  # three kinds at most can agree
        return False
    verdict = compare_events(a, b)
    if verdict.clash > matching.told_clashes or (matching.told_day and not verdict.same_day):
        return False
    kinds = verdict.same_place + verdict.same_day + verdict.same_ages
    return bool(matching.told_points and names + kinds >= matching.told_points
                or matching.told_kinds and kinds >= matching.told_kinds)


def named_apart(a: EventEvidence, b: EventEvidence, rare: frozenset[str], matching: Matching = MATCHING) -> bool:
    """Whether two events dated apart share `apart_names` rare names, clash on nothing but the day, and lie
    within `apart_days` days of each other."""
    if not matching.apart_names or len(a.people & b.people & rare) < matching.apart_names:
        return False
    if not a.days or not b.days or min(abs(x - y) for x in a.days for y in b.days) > matching.apart_days:
        return False
    verdict = compare_events(a, b)
    return not (verdict.place or verdict.ages or verdict.score)


def on_the_day(a: EventEvidence, earlier: Sequence[EventEvidence], matching: Matching = MATCHING) -> int | None:
    """The index of the one earlier event that agrees with `a` on the day, with no clash, and shares `on_day`
    names with it; None when none does or more than one: a name the story shares with the day's other events
    counts when no other event of that day shares one."""
    found = None
    for n, b in enumerate(earlier):
        if len(a.people & b.people) < matching.on_day or not a.days & b.days or compare_events(a, b).clash:
            continue
        if found is not None:
            return None
        found = n
    return found


def rare_names(today: Iterable[EventEvidence], earlier: Iterable[tuple[dt.date, EventEvidence]],
               limit: int, *, words: bool = False, today_once: bool = False, story: int = 0,
               story_day: bool = False, links: dict[int, list[int]] | None = None) -> frozenset[str]:
    """The names that at most `limit` of today's events and earlier editions name (`words`: the words they
    use). An earlier edition counts once: a story it carried as two events (two outlets' headlines apart)
    names its people twice; so does today's with `today_once`. `story`: editions that carried one story count
    once too (Matching.story_editions: records sharing `story` names, no clash, `story_day` a day in common;
    `links`, when given, are those records' _story_links, read once for the names and the words alike)."""
    def names(e: EventEvidence) -> frozenset[str]:
        return e.words if words else e.people

    named = Counter(set().union(*map(names, today))) if today_once else Counter(n for e in today for n in names(e))
    earlier = list(earlier)
    per_edition: dict[dt.date, set[str]] = {}
    for edition, evidence in earlier:
        per_edition.setdefault(edition, set()).update(names(evidence))
    for found in per_edition.values():
        named.update(found)
    if story:
        tied = _story_links(earlier, story, story_day) if links is None else links
        for name, n in _carried(earlier, named, limit, tied, names).items():
            named[name] -= n
    return frozenset(name for name, n in named.items() if n <= limit)


def _carried(earlier: Sequence[tuple[dt.date, EventEvidence]], named: Counter[str], limit: int,
             links: dict[int, list[int]], names: Callable[[EventEvidence], frozenset[str]]) -> Counter[str]:
    """Per name counted over `limit`, the editions it was counted in for a story an earlier edition carried already:
    a record `links` ties to one of an earlier edition (_story_links: names shared, no clash; a story told on three
    days names its street and its officer in two remembered editions besides today's)."""
    less: Counter[str] = Counter()
    if not links:
        return less
    over = {name for name, n in named.items() if n > limit}
    for name in over:
        later = {earlier[i][0] for i, before in links.items() if name in names(earlier[i][1])
                 and any(name in names(earlier[j][1]) for j in before)}
        less[name] = len(later)
    return less


def _story_links(earlier: Sequence[tuple[dt.date, EventEvidence]], least: int, same_day: bool) -> dict[int, list[int]]:
    """Per remembered record, the records of earlier editions that tell its story (_one_story, `least` names shared),
    found through the names they share: two records that share no name are never compared."""
    giving: dict[str, list[int]] = {}
    for n, (_, evidence) in enumerate(earlier):
        for name in evidence.people:
            giving.setdefault(name, []).append(n)
    shared = Counter((i, j) for records in giving.values() for i in records for j in records
                     if earlier[j][0] < earlier[i][0])
    links: dict[int, list[int]] = {}
    for (i, j), n in shared.items():
        if n >= least and _one_story(earlier[i][1], earlier[j][1], same_day):
            links.setdefault(i, []).append(j)
    return links


def _one_story(a: EventEvidence, b: EventEvidence, same_day: bool) -> bool:
    """Two remembered records that clash on nothing (`same_day`: and date one day in common)."""
    verdict = compare_events(a, b)
    return not verdict.clash and (verdict.same_day or not same_day)


def carried_names(today: Iterable[EventEvidence], earlier: Sequence[tuple[dt.date, EventEvidence]],
                  matching: Matching) -> frozenset[str]:
    """The names (one-word names among them with told_words) rare when a story several earlier editions carried
    counts once (Matching.story_editions; none while it is off)."""
    if not matching.story_editions:
        return frozenset()
    today = list(today)
    links = _story_links(earlier, matching.story_editions, matching.story_day)  # one reading for names and words
    found = rare_names(today, earlier, matching.name_events, story=matching.story_editions, links=links)
    if matching.told_words:
        found |= rare_names(today, earlier, matching.name_events, words=True, story=matching.story_editions,
                            links=links)
    return found


def rare_for(a: EventEvidence, b: EventEvidence, rares: tuple[frozenset[str], frozenset[str]]) -> frozenset[str]:
    """The rare names for a pair (`rares`: without and with carried_names): a story's carried names count only when
    the two clash on nothing, as a new incident on the story's road days later clashes on the day."""
    plain, carried = rares
    if plain is carried or compare_events(a, b).clash:
        return plain
    return carried

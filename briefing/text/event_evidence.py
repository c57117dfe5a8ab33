"""One event, as several reports tell it: the words, cities, days, ages and people the memory across editions compares."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.text import word_set
from briefing.text.evidence import Verdict, ages_near, evidence_of
from briefing.text.places import far_apart
from briefing.text.streets import clash

_CONTENT = re.compile(r"[a-z][a-z'’-]*[a-z]|\d+")
_FUNCTION_WORDS = word_set(
    """about above after again against also and are around been before being below between both but can
    could did does doing down during each even from further had has have having her here hers him his how into
    its just last like made make many may might more most much must near not now off once only other our out
    over own said same say says she should since some still such than that the their them then there these
    they this those though through too under until upon very was were what when where which while who whom
    why will with within without would year years yet you your""")
# Words kept per event: enough for the who, what and where of a story told by a few outlets.
EVENT_WORDS = 40


@dataclass(frozen=True, kw_only=True)
class EventEvidence:
    """What an event's reports say together: its words, cities, days, ages and people."""

    words: frozenset[str]
    cities: frozenset[str]  # the city each report puts it in
    mentioned: frozenset[str]  # every place any report names
    days: frozenset[int]
    ages: frozenset[int]
    people: frozenset[str]
    # The streets the reports lead with, and every street they name (text/streets.py; empty in older state).
    streets: frozenset[str] = frozenset()
    named_streets: frozenset[str] = frozenset()


def content_words(text: str) -> frozenset[str]:
    """The words of `text` an event's evidence counts: lower-cased, three letters or more, no function words."""
    return frozenset(w for w in _CONTENT.findall(text.lower()) if len(w) > 2) - _FUNCTION_WORDS


def event_evidence(reports: Sequence[tuple[str, str, dt.date | None]]) -> EventEvidence:
    """The evidence of an event from its reports' (title, text, published)."""
    seen_in: dict[str, int] = {}
    for title, text, _ in reports:
        for word in content_words(f"{title}\n{text}"):
            seen_in[word] = seen_in.get(word, 0) + 1
    # The words most reports use; ties by the word itself, so the same reports give the same words.
    words = sorted(seen_in, key=lambda w: (-seen_in[w], w))[:EVENT_WORDS]
    each = [evidence_of(title, text, published) for title, text, published in reports]
    return EventEvidence(
        words=frozenset(words),
        cities=frozenset(e.places.city for e in each if e.places.city),
        mentioned=frozenset().union(*(e.places.mentioned for e in each)),
        days=frozenset(e.day for e in each if e.day is not None),
        ages=frozenset().union(*(e.ages for e in each)),
        people=frozenset().union(*(e.people for e in each)),
        streets=frozenset().union(*(e.streets for e in each)),
        named_streets=frozenset().union(*(e.named_streets for e in each)),
    )


def compare_events(a: EventEvidence, b: EventEvidence, *, day_gap: int = 1) -> Verdict:
    """Agreements and clashes between two events, as `compare` does for two reports: a place clashes
    when no city of one is named by the other and every pair is far apart; days clash when no day of one
    is within `day_gap` of a day of the other; ages when both give ages and none is within a year of one of
    the other's; streets when each leads with a street the other never names, alone too: an event's reports together
    name the streets of its second places (where the getaway car was found), so a street none names is another's."""
    same_place = bool(a.cities & b.cities)
    place = (bool(a.cities and b.cities) and not same_place and not a.cities & b.mentioned
             and not b.cities & a.mentioned and all(far_apart(x, y) for x in a.cities for y in b.cities))
    same_day = bool(a.days & b.days)
    day = (bool(a.days and b.days) and not same_day
           and min(abs(x - y) for x in a.days for y in b.days) > day_gap)
    same_ages = not ages_near(a.ages).isdisjoint(b.ages)
    ages = bool(a.ages and b.ages) and not same_ages
    street = clash(a.streets, a.named_streets, b.streets, b.named_streets)
    return Verdict(place=place, day=day, ages=ages, street=street, same_place=same_place, same_day=same_day,
                   same_ages=same_ages, same_people=bool(a.people & b.people))

"""Sections: each event goes to the section most of its sources come from; the top stories lead the digest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefing.config import SectionSpec
from briefing.models import Event

TOP_STORIES = "Top stories"
OTHER_SECTION = "Other"  # the last section: events none of whose sources name one


@dataclass(frozen=True, kw_only=True)
class Arranged:
    """Events in reading order (top stories, then each section's), the section order and the top stories' ids."""

    events: tuple[Event, ...]
    sections: tuple[str, ...] = ()
    top_stories: tuple[str, ...] = ()


def arrange(events: Sequence[Event], sections: Sequence[SectionSpec] = (), *, top: int = 3) -> Arranged:
    """Place ranked events in sections; a day whose sources name no section is left as it is."""
    if not any(a.section for e in events for a in e.sources):
        return Arranged(events=tuple(events))
    names = _spellings(events, sections)
    configured = [s.name.casefold() for s in sections]

    def order(name: str) -> tuple[int, int, str]:
        key = name.casefold()
        if key in configured:
            return (0, configured.index(key), "")
        return (2 if key == OTHER_SECTION.casefold() else 1, 0, key)  # unnamed sections A-Z, then the catch-all

    placed = [replace(e, section=_section_of(e, names, order)) for e in events]
    # Events come ranked, most sources first: the top stories are the first few carried by several
    # outlets. When they would be the whole digest, sections alone say more.
    leaders = [e.id for e in placed if len(e.sources) > 1][:top]
    if len(leaders) >= len(placed):
        leaders = []
    rest = [e for e in placed if e.id not in leaders]
    shown = sorted({e.section for e in rest if e.section}, key=order)
    by_id = {e.id: e for e in placed}
    reading = [by_id[i] for i in leaders] + [e for name in shown for e in rest if e.section == name]
    return Arranged(events=tuple(reading), sections=tuple(shown), top_stories=tuple(leaders))


def _spellings(events: Sequence[Event], sections: Sequence[SectionSpec]) -> dict[str, str]:
    """Each section's name as the reader wrote it: configured first, else the first spelling seen."""
    names = {s.name.casefold(): s.name for s in sections}
    for event in events:
        for article in event.sources:
            if article.section:
                names.setdefault(article.section.casefold(), article.section)
    return names


def _section_of(event: Event, names: dict[str, str], order: Callable[[str], tuple[int, int, str]]) -> str:
    """The section most of the event's sources name; sources without one do not vote, ties go to the earlier section."""
    votes = Counter(names[a.section.casefold()] for a in event.sources if a.section)
    if not votes:
        return names.get(OTHER_SECTION.casefold(), OTHER_SECTION)
    most = max(votes.values())
    return min((n for n, v in votes.items() if v == most), key=order)

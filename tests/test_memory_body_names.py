"""A follow-up that leads with its own news tells day 1 back by names further on (body_names.py; off by default)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.body_names import names_told, rare_told
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import Told, continues, told_of

MONDAY = dt.date(2026, 3, 2)
THURSDAY = dt.date(2026, 3, 5)
ON = replace(MATCHING, body_names=5)  # one-word names from sentences of the report's own story
# Day 1: the escape from the prison, its village and its director among its words.
ESCAPE = EventEvidence(words=frozenset({"inmates", "escaped", "prison", "brackmoor", "hallerby", "voss"}),
                       cities=frozenset(), mentioned=frozenset(), days=frozenset({MONDAY.toordinal()}),
                       ages=frozenset(), people=frozenset({"ilse voss"}))
# Day 2's follow-up leads with the arrest; the prison, the village and the warden only further on.
ARREST = ("Corrections officer arrested",
          "Corrections officer Dale Pruett has been arrested and charged with helping two men flee, authorities "
          "said Thursday.\n\nPruett worked at Brackmoor prison near the village of Hallerby, where the men broke "
          "out on Monday; warden Ilse Voss said staff had been questioned.", THURSDAY)
# The same news, the prison and the village told only in a sentence that names none of the lead's names.
ASIDE = ("Corrections officer arrested",
         "Corrections officer Dale Pruett has been arrested and charged with helping two men flee, authorities "
         "said Thursday.\n\nThe men broke out of Brackmoor prison near the village of Hallerby on Monday; warden "
         "Ilse Voss said staff had been questioned.", THURSDAY)
LEAD = EventEvidence(words=frozenset({"corrections", "officer", "arrested", "charged", "flee"}), cities=frozenset(),
                     mentioned=frozenset(), days=frozenset({THURSDAY.toordinal()}), ages=frozenset(),
                     people=frozenset({"ilse voss"}))
# A look-alike of the same kind: another prison's escape, its own names.
OTHER = ("Two inmates escape from Dunmere jail",
         "Two inmates escaped from Dunmere jail in Pellworth on Thursday, the state's prisons agency said.", THURSDAY)
OTHER_LEAD = EventEvidence(words=frozenset({"inmates", "escaped", "jail", "dunmere", "pellworth"}), cities=frozenset(),
                           mentioned=frozenset(), days=frozenset({THURSDAY.toordinal()}), ages=frozenset(),
                           people=frozenset())

NAMED = frozenset({"ilse voss"})  # the one name of two words only the story gives


def _told(report: tuple[str, str, dt.date], lead: EventEvidence, rare: frozenset[str], mode: int = 5) -> Told:
    return replace(told_of([report], lead, ON), body=names_told([report], lead, mode) & rare)


def test_a_follow_up_naming_the_storys_prison_and_village_further_on_continues_it() -> None:
    rare = rare_told([names_told([ARREST], LEAD, 1), names_told([OTHER], OTHER_LEAD, 1)], [(MONDAY, ESCAPE)], 1, 2)
    told = _told(ARREST, LEAD, rare)
    assert {"brackmoor", "hallerby"} <= told.body
    assert continues(told, ESCAPE, NAMED, ON)  # the warden, the prison, the village
    assert not continues(told_of([ARREST], LEAD, MATCHING), ESCAPE, NAMED, MATCHING)  # off: the days clash


def test_a_look_alike_of_the_same_kind_is_not_joined() -> None:
    rare = rare_told([names_told([ARREST], LEAD, 1), names_told([OTHER], OTHER_LEAD, 1)], [(MONDAY, ESCAPE)], 1, 2)
    assert not continues(_told(OTHER, OTHER_LEAD, rare), ESCAPE, NAMED, ON)


def test_a_name_more_events_give_is_no_evidence() -> None:
    # Three of the day's events name Hallerby: it is the region's, not the story's.
    many = [names_told([ARREST], LEAD, 1), frozenset({"hallerby"}), frozenset({"hallerby"})]
    rare = rare_told(many, [(MONDAY, ESCAPE)], 1, 2)
    assert "hallerby" not in rare and "brackmoor" in rare


def test_names_only_in_a_sentence_told_aside_count_only_unguarded() -> None:
    rare = rare_told([names_told([ASIDE], LEAD, 1), names_told([OTHER], OTHER_LEAD, 1)], [(MONDAY, ESCAPE)], 1, 2)
    assert not {"brackmoor", "hallerby"} & _told(ASIDE, LEAD, rare).body
    assert {"brackmoor", "hallerby"} <= _told(ASIDE, LEAD, rare, mode=1).body

"""A follow-up that leads with its own news tells day 1 back by names further on (body_names.py; off by default)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.body_names import AREA, OFFICIALS, names_told, officials, rare_told, told_rare
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


# Memory round 11: an area's officers, roads and villages recur across its incidents.
CRASH = ("Driver killed on Highway 2",
         "A driver was killed when his pickup hit a semi on Highway 2 near the village of Hallerby on Thursday, "
         "said Cpl. Jenna Holloway. Traffic on Ridgeline Road was diverted.", THURSDAY)
CRASH_LEAD = EventEvidence(words=frozenset({"driver", "killed", "pickup", "semi", "highway"}), cities=frozenset(),
                           mentioned=frozenset(), days=frozenset({THURSDAY.toordinal()}), ages=frozenset(),
                           people=frozenset())


def test_an_officer_by_rank_and_a_road_are_no_story_names() -> None:
    found = officials([CRASH])
    assert {"cpl", "jenna", "holloway", "highway", "ridgeline", "road"} <= found
    assert "hallerby" not in found
    # A courtesy title names anyone: the victim "Mr. Pruett" stays a name.
    assert "pruett" not in officials([("t", "The driver, Mr. Dale Pruett, was from Hallerby.", THURSDAY)])


def test_with_officials_guarded_the_officer_and_the_road_do_not_count() -> None:
    reports = [[CRASH], [OTHER]]
    guarded = told_rare(reports, [CRASH_LEAD, OTHER_LEAD], [(MONDAY, ESCAPE)], 1 | OFFICIALS, 2)
    plain = told_rare(reports, [CRASH_LEAD, OTHER_LEAD], [(MONDAY, ESCAPE)], 1, 2)
    assert {"cpl", "highway"} <= plain[0] and not {"cpl", "highway"} & guarded[0]  # the rank, the road
    assert "hallerby" in guarded[0]  # the village is no official's


def test_a_name_several_remembered_events_of_one_edition_give_is_common_there() -> None:
    # Two of Monday's remembered incidents were near Hallerby: per edition it counts once, per event twice.
    nearby = replace(ESCAPE, words=frozenset({"crash", "hallerby"}), people=frozenset())
    today = [frozenset({"hallerby", "brackmoor"})]
    assert "hallerby" in rare_told(today, [(MONDAY, ESCAPE), (MONDAY, nearby)], 1, 2)
    assert "hallerby" not in rare_told(today, [(MONDAY, ESCAPE), (MONDAY, nearby)], 1 | AREA, 2)


def test_one_body_name_alone_does_not_join_when_body_min_asks_two() -> None:
    rare = rare_told([names_told([ARREST], LEAD, 1), names_told([OTHER], OTHER_LEAD, 1)], [(MONDAY, ESCAPE)], 1, 2)
    told = replace(_told(ARREST, LEAD, rare), body=frozenset({"hallerby"}))
    assert continues(replace(told, body=frozenset({"hallerby", "brackmoor"})), ESCAPE, NAMED, replace(ON, body_min=2))
    assert not continues(told, ESCAPE, NAMED, replace(ON, body_min=2))

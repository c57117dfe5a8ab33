"""Memory round 16 (Matching.passage_aside): a follow-up's told-back passage read from the sentences of its own
story only, at a lower cover floor; a look-alike relating the remembered incident beside another subject is not."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import continues, told_of
from briefing.writeup.told_later import coverage

SUNDAY = dt.date(2026, 10, 4)
WEDNESDAY = dt.date(2026, 10, 7)
NAMES = frozenset({"la esperanza", "san pelayo"})
WORDS = frozenset({"bridge", "collapsed", "bus", "river", "swollen", "sinu", "passengers", "rescuers", "divers",
                   "cordoba", "department", "span", "rains", "killed", "missing", "governor", "cement", "trucks",
                   "esperanza", "pelayo"})
COLLAPSE = EventEvidence(words=WORDS, cities=frozenset(), mentioned=frozenset(), days=frozenset({SUNDAY.toordinal()}),
                         ages=frozenset(), people=NAMES)
IDF = {w: math.log(10) for w in WORDS}
ON = MATCHING  # on by default since memory round 16: 0.1 of the story's words, two rare names
OFF = replace(MATCHING, passage_aside=0.0)

# Wednesday's arrest; Sunday's collapse told back as its own story (the lead's names, the same bridge).
ARREST = ("Engineer arrested over La Esperanza bridge collapse",
          "Prosecutors arrested the contractor's engineer on Wednesday over the La Esperanza bridge in San Pelayo."
          "\n\nThe bridge collapsed into the swollen river on Sunday.", WEDNESDAY)
# A look-alike of Wednesday tells the same collapse back beside another town's news, as background.
OTHER = ("Footbridge closed in San Pelayo after cracks found",
         "Engineers closed a footbridge in San Pelayo on Wednesday after cracks were found in La Esperanza barrio."
         "\n\nIt came as Montería divers searched the river where a bridge collapsed on Sunday.", WEDNESDAY)


def _continues(report: tuple[str, str, dt.date], matching=ON) -> bool:
    lead = EventEvidence(words=frozenset(report[0].lower().split()), cities=frozenset(), mentioned=frozenset(),
                         days=frozenset({WEDNESDAY.toordinal()}), ages=frozenset(), people=NAMES)
    told = told_of([report], lead, matching)
    return continues(told, COLLAPSE, NAMES, matching, cover=lambda words: coverage(words, COLLAPSE.words, IDF))


def test_a_follow_up_telling_the_story_back_as_its_own_joins_below_the_passage_floor() -> None:
    assert _continues(ARREST)
    assert not _continues(ARREST, OFF)  # the passage gives 0.15 of the story's words: under 0.2


def test_a_look_alike_telling_the_story_back_beside_another_subject_is_new() -> None:
    assert not _continues(OTHER)
    assert _continues(OTHER, replace(OFF, later_passage=0.1))  # the whole passage, at the same floor, joins it


def test_the_names_guard_parts_a_follow_up_sharing_one_rare_name() -> None:
    assert not _continues(ARREST, replace(ON, aside_names=3))

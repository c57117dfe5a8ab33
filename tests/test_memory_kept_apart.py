"""A new incident of the same kind on the same road a night later is news, not the first one's update, when its
victims' ages are others (Matching.kept_apart, memory round 23); a follow-up that names a suspect beside the victim
and shares the story's names still continues it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.kept_apart import AGES, kept_apart
from briefing.writeup.memory import Remembered, RememberedFigure, match_events, remember_edition
from tests.helpers import morning_edition, one_report_event

MONDAY = dt.date(2026, 3, 9)
TUESDAY = dt.date(2026, 3, 10)
ON = replace(MATCHING, kept_apart=AGES)
OFF = replace(MATCHING, kept_apart=0)

FIRST = one_report_event(
    "ledger", "Man, 34, shot dead on Blackstone Avenue in Fresno",
    "A 34-year-old man was shot and killed on Blackstone Avenue in central Fresno late Monday night, police said. "
    "Officers found the man near a gas station at Blackstone Avenue and Shields Avenue. Fresno police spokesman "
    "Lt. Mark Ortega said detectives were searching for a gray sedan seen leaving the area. Anyone with "
    "information is asked to call Fresno police or Valley Crime Stoppers.", MONDAY)
SECOND = one_report_event(
    "channel", "Two teens wounded in shooting on Blackstone Avenue in Fresno",
    "A 16-year-old and a 17-year-old were wounded in a shooting on Blackstone Avenue in central Fresno late "
    "Tuesday night, police said. Officers found the teenagers near a gas station at Blackstone Avenue and "
    "Ashlan Avenue. Fresno police spokesman Lt. Mark Ortega said detectives were searching for a gray sedan. "
    "Anyone with information is asked to call Fresno police or Valley Crime Stoppers.", TUESDAY)
FOLLOW_UP = one_report_event(
    "radio", "Man, 19, charged in Blackstone Avenue killing of father of two",
    "A 19-year-old man was charged on Tuesday with murder in Monday night's shooting on Blackstone Avenue in "
    "central Fresno that killed Daniel Reyes, police said. Fresno police spokesman Lt. Mark Ortega said Daniel "
    "Reyes was found near a gas station at Blackstone Avenue and Shields Avenue. Officers found the gray sedan "
    "at Fresno Yosemite International Airport.", TUESDAY)


def _matched(state, event, matching) -> list[str]:
    remember_edition(state, morning_edition(MONDAY, FIRST))
    [found] = match_events([event], state=state, edition=TUESDAY, matching=matching)
    return [m.headline for m in found]


def test_the_next_nights_shooting_with_other_victims_is_news(state) -> None:
    assert _matched(state, SECOND, OFF) == [FIRST.headline]  # the words, the road and the spokesman join them
    assert _matched(state, SECOND, ON) == []


def test_a_follow_up_naming_the_suspect_still_continues_the_story(state) -> None:
    assert _matched(state, FOLLOW_UP, ON) == [FIRST.headline]


def _record(people: float) -> Remembered:
    """A remembered incident of `people` casualties whose lead gives one victim's age (52)."""
    evidence = EventEvidence(words=frozenset({"shot", "road"}), cities=frozenset(), mentioned=frozenset(),
                             days=frozenset({MONDAY.toordinal()}), ages=frozenset({52}), people=frozenset())
    killed = RememberedFigure(status="agreed", values=((people, "people", None),), display=f"{people:g} people")
    return Remembered(edition=MONDAY, headline="Victims named", source_ids=frozenset(), urls=frozenset(),
                      figures={"people killed": killed}, evidence=evidence)


def test_a_tolls_next_victim_of_another_age_is_not_kept_apart() -> None:
    today = replace(_record(1).evidence, ages=frozenset({37}))
    rares = (frozenset(), frozenset())
    assert kept_apart((), today, _record(1), rares, ON)  # one victim, another age: another incident
    assert not kept_apart((), today, _record(4), rares, ON)  # a toll of four names its next victim by age
    assert not kept_apart((), today, _record(1), rares, OFF)
    on_other_day = replace(today, days=frozenset({MONDAY.toordinal() + 3}))
    assert not kept_apart((), on_other_day, _record(1), rares, ON)  # days apart: the day's clash is the rules'

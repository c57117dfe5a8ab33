"""A follow-up that leads with its own news in another city than day 1's (a new minister picked in Bilbao after a
Madrid resignation) clashes on the place and on its later day; with Matching.moved_names the place clash does not
count for a pair that shares the story's rare names and tells day 1's day back (memory round 22)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import compare_events
from briefing.writeup.continuing import MATCHING
from briefing.writeup.memory import evidence_of_event, match_events, remember_edition
from tests.helpers import morning_edition, one_report_event

MONDAY = dt.date(2026, 3, 2)
TUESDAY = dt.date(2026, 3, 3)
FRIDAY = dt.date(2026, 3, 6)
ON = replace(MATCHING, moved_names=3, moved_told=True)
OFF = replace(MATCHING, moved_names=0)
UNGUARDED = replace(MATCHING, moved_names=3, moved_told=False)

RESIGNATION = one_report_event(
    "wire", "Transport minister Elena Varga resigns in Madrid over Ribera Alta derailment",
    "Transport minister Elena Varga resigned in Madrid on Monday, a week after the Ribera Alta derailment killed "
    "nine passengers. Prime Minister Tomas Ebro accepted her resignation at the Moncloa Palace. The Rail Safety "
    "Board had faulted the ministry over signalling at Ribera Alta, and the Greens Coalition had called for her "
    "to go. Varga said she took responsibility for the failures.", MONDAY)
FOLLOWUP = one_report_event(
    "herald", "Ebro picks Bilbao judge to run transport ministry after Varga exit",
    "A judge in Bilbao, Marta Quiroga, was named transport minister on Friday, Prime Minister Tomas Ebro said. "
    "Quiroga, 58, has led the regional high court's criminal chamber since 2019 and is known for long fraud "
    "trials; she was sworn in at the palace in the evening and named a new head of the rail regulator at once."
    "\n\nVarga resigned on Monday over the Ribera Alta derailment, which killed "
    "nine passengers, after the Rail Safety Board faulted the ministry over signalling. The Greens Coalition said "
    "it would question Quiroga in parliament.", FRIDAY)
# Another minister's exit in another city, naming the same offices and party but telling no day of the story back.
LOOKALIKE = one_report_event(
    "post", "Health minister quits in Bilbao as Ebro reshuffle widens",
    "Health minister Pablo Rivas resigned in Bilbao on Friday, Prime Minister Tomas Ebro's office said, as the "
    "Greens Coalition pressed over hospital waiting lists. The Rail Safety Board was not involved.", FRIDAY)


def test_the_follow_up_clashes_on_place_and_day() -> None:
    verdict = compare_events(evidence_of_event(FOLLOWUP), evidence_of_event(RESIGNATION))
    assert verdict.place and verdict.day


def test_a_follow_up_in_another_city_continues_the_story(state) -> None:
    remember_edition(state, morning_edition(TUESDAY, RESIGNATION))
    assert match_events([FOLLOWUP], state=state, edition=FRIDAY, matching=OFF) == [[]]
    [found] = match_events([FOLLOWUP], state=state, edition=FRIDAY, matching=ON)
    assert [m.headline for m in found] == [RESIGNATION.headline]


def test_a_look_alike_that_tells_no_day_back_stays_new(state) -> None:
    remember_edition(state, morning_edition(TUESDAY, RESIGNATION))
    assert match_events([LOOKALIKE], state=state, edition=FRIDAY, matching=ON) == [[]]
    assert match_events([LOOKALIKE], state=state, edition=FRIDAY, matching=UNGUARDED) != [[]]


def test_on_by_default_with_the_told_back_guard() -> None:
    assert (MATCHING.moved_names, MATCHING.moved_told) == (ON.moved_names, ON.moved_told)

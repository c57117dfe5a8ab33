"""A report whose headline sets another incident beside its news ("..., days after street stabbing yards away")
dates its lead by that incident; memory dates the event by its other reports (Matching.told_other, memory round
20), so a robbery on the street of last week's stabbing is news, not the stabbing's update."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.dayparts import tells_other
from briefing.writeup.continuing import MATCHING
from briefing.writeup.memory import evidence_of_event, match_events, remember_edition
from tests.helpers import morning_edition, one_report_event

MONDAY = dt.date(2026, 9, 7)
TUESDAY = dt.date(2026, 9, 8)
SUNDAY = dt.date(2026, 9, 13)
ON = replace(MATCHING, told_other=1)
OFF = replace(MATCHING, told_other=0)

STABBING = one_report_event(
    "echo", "Cordon on Mill Lane in Ashcombe as police investigate stabbing",
    "A man was seriously injured in a stabbing on Mill Lane in Ashcombe on Monday evening. Westshire Police "
    "said a cordon was in place near the Red Lion pub. Inspector Carla Denholm appealed for witnesses and "
    "asked traders on Mill Lane to check their CCTV.", MONDAY)
_OWN = one_report_event(
    "bulletin", "Masked pair raid Mill Lane bookmakers in Ashcombe",
    "Two masked men threatened staff during a robbery at a bookmakers on Mill Lane in Ashcombe on Sunday "
    "afternoon. Police said the pair took cash. Sergeant Tom Hale said officers were reviewing CCTV from "
    "traders.", SUNDAY)
_TOLD = one_report_event(
    "gazette", "Staff threatened in robbery at Ashcombe bookmakers, days after street stabbing yards away",
    "Staff at a bookmakers in Ashcombe were threatened by two men during a robbery, a short distance from the "
    "spot where a man was seriously injured in a stabbing last Monday. Police said the men took cash and "
    "appealed for witnesses, asking traders to check their CCTV.", SUNDAY)
# One event of the day's grouping: the two reports of the robbery.
ROBBERY = replace(_OWN, sources=(*_OWN.sources, *_TOLD.sources))


def test_a_headline_telling_another_incident_after_its_news_is_read() -> None:
    assert tells_other(_TOLD.headline)
    assert not tells_other("Two teenagers arrested after Mill Lane stabbing")  # the report's own story
    assert not tells_other("Mill Lane closed for hours after fatal crash")  # a duration, its own crash


def test_the_event_is_dated_by_the_report_that_tells_no_other_incident() -> None:
    assert evidence_of_event(ROBBERY, told_other=0).days == {MONDAY.toordinal(), SUNDAY.toordinal()}
    assert evidence_of_event(ROBBERY, told_other=1).days == {SUNDAY.toordinal()}
    assert evidence_of_event(_TOLD, told_other=1).days == {MONDAY.toordinal()}  # no other report: kept
    assert evidence_of_event(_TOLD, told_other=2).days == frozenset()  # 2: undated even alone (measured, not on)


def test_the_robbery_is_not_the_stabbings_update(state) -> None:
    remember_edition(state, morning_edition(TUESDAY, STABBING))
    assert match_events([ROBBERY], state=state, edition=SUNDAY, matching=ON) == [[]]
    [found] = match_events([ROBBERY], state=state, edition=SUNDAY, matching=OFF)
    assert [m.headline for m in found] == [STABBING.headline]

"""A story carried on two earlier editions counts once in its names' rarity (Matching.story_editions, memory round 19):
the next day's charge continues it by the street, the squad and the inspector both days named; a new incident on
that street days later, which clashes on the day, stays news."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING, rare_names
from briefing.writeup.memory import match_events, remember_edition
from tests.helpers import morning_edition, one_report_event

WEDNESDAY = dt.date(2026, 7, 15)
THURSDAY = dt.date(2026, 7, 16)
FRIDAY = dt.date(2026, 7, 17)
SUNDAY = dt.date(2026, 7, 19)
OFF = replace(MATCHING, story_editions=0)
NAMES = ("warspite avenue", "armed offenders squad", "tui marino", "cannons creek")


def evidence(*names: str, day: dt.date | None = WEDNESDAY) -> EventEvidence:
    return EventEvidence(words=frozenset(), cities=frozenset(), mentioned=frozenset(),
                         days=frozenset({day.toordinal()} if day else ()), ages=frozenset(), people=frozenset(names))


def test_a_story_two_editions_carried_counts_once_in_a_names_rarity() -> None:
    earlier = [(WEDNESDAY, evidence(*NAMES)), (THURSDAY, evidence(*NAMES))]
    today = [evidence(*NAMES, day=THURSDAY)]
    assert rare_names(today, earlier, 2) == frozenset()  # three events give each name
    assert rare_names(today, earlier, 2, story=4, story_day=True) == set(NAMES)


def test_two_incidents_on_one_street_are_two_stories_however_many_names_they_share() -> None:
    # The second record dates another day (two days on: a clash), so its names count for an edition of their own.
    earlier = [(WEDNESDAY, evidence(*NAMES)), (FRIDAY, evidence(*NAMES, day=FRIDAY))]
    today = [evidence(*NAMES, day=FRIDAY)]
    assert rare_names(today, earlier, 2, story=4, story_day=True) == frozenset()
    assert rare_names(today, earlier, 2, story=5, story_day=True) == frozenset()  # four names shared, not five


SHOT = one_report_event(
    "stuffed", "Man shot in Cannons Creek, armed police cordon street",
    "A man was shot on Warspite Avenue in Cannons Creek late on Wednesday night and taken to Wellington Regional "
    "Hospital in a serious condition. The Armed Offenders Squad cordoned off the street for several hours. "
    "Detective Inspector Tui Marino said officers were speaking to witnesses.", WEDNESDAY)
SQUAD = one_report_event(
    "herald", "Armed Offenders Squad called to Porirua after late-night shooting",
    "The Armed Offenders Squad was called to Warspite Avenue in Cannons Creek on Wednesday night after a man was "
    "shot outside a house. Detective Inspector Tui Marino said the victim was stable in hospital and that "
    "police believed the people involved knew each other.", THURSDAY)
# The charge, told the next day in its own words: the street, the squad, the suburb and the inspector are what it
# keeps of the story, each given by the two earlier editions and by today's report.
CHARGED = one_report_event(
    "dominion", "Man, 33, to appear in court over Porirua shooting",
    "A 33-year-old man will appear in the Porirua District Court on Friday charged with wounding with intent, after "
    "he was arrested on Thursday. Detective Inspector Tui Marino thanked the Cannons Creek community for its help. "
    "The Armed Offenders Squad had searched a property on Warspite Avenue before the arrest.", FRIDAY)


def test_the_next_days_charge_continues_a_story_two_editions_carried(state) -> None:
    remember_edition(state, morning_edition(WEDNESDAY, SHOT))
    remember_edition(state, morning_edition(THURSDAY, SQUAD))
    [charged] = match_events([CHARGED], state=state, edition=FRIDAY)
    assert {i for m in charged for i in m.source_ids} == {"stuffed", "herald"}
    assert match_events([CHARGED], state=state, edition=FRIDAY, matching=OFF) == [[]]


# A stabbing on the same street on Sunday: the squad and the inspector again, the day its own.
STABBED = one_report_event(
    "newswire", "Man stabbed on Warspite Avenue in Cannons Creek",
    "A man was stabbed on Warspite Avenue in Cannons Creek on Sunday afternoon and taken to hospital. The Armed "
    "Offenders Squad was not called. Detective Inspector Tui Marino said a woman had been arrested at the scene "
    "and there was no link to last week's shooting.", SUNDAY)


def test_a_new_incident_on_the_storys_street_days_later_stays_news(state) -> None:
    remember_edition(state, morning_edition(WEDNESDAY, SHOT))
    remember_edition(state, morning_edition(THURSDAY, SQUAD))
    assert match_events([STABBED], state=state, edition=SUNDAY) == [[]]

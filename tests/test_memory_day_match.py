"""The day's bar: a follow-up whose lead still gives the story's day, with no clash of place, day or ages, is
the same story on fewer shared words (Matching.day_match, memory.words_match); a look-alike of that day shares
the kind's words only, and one of another day or with other victims needs the usual overlap."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.memory import match_events, remember_edition, words_match
from tests.helpers import morning_edition, one_report_event

TUESDAY = dt.date(2026, 4, 7)
WEDNESDAY = dt.date(2026, 4, 8)
FRIDAY = dt.date(2026, 4, 10)
OFF = replace(MATCHING, day_match=0.0)


def _worded(shared: int, *, day: dt.date = TUESDAY, ages: tuple[int, ...] = (), cities: tuple[str, ...] = ()
            ) -> tuple[EventEvidence, EventEvidence]:
    """Two events of 20 words each, `shared` of them in common (cosine shared / 20 when every word weighs 1);
    the second dated `day`, with `ages` and `cities` against the first's 34 and Lyon."""
    a = EventEvidence(words=frozenset(f"w{n}" for n in range(20)), cities=frozenset({"lyon"}),
                      mentioned=frozenset({"lyon"}), days=frozenset({TUESDAY.toordinal()}), ages=frozenset({34}),
                      people=frozenset())
    b = EventEvidence(words=frozenset(f"w{n}" for n in range(20 - shared, 40 - shared)), cities=frozenset(cities),
                      mentioned=frozenset(cities), days=frozenset({day.toordinal()}), ages=frozenset(ages),
                      people=frozenset())
    return a, b


IDF = {f"w{n}": 1.0 for n in range(40)}


def test_the_same_day_without_a_clash_needs_fewer_shared_words() -> None:
    assert words_match(*_worded(3), IDF)  # 0.15: the day's bar
    assert not words_match(*_worded(3), IDF, OFF)  # off: 0.30 as any pair
    assert not words_match(*_worded(2), IDF)  # 0.10: under it


def test_another_day_or_a_clash_keeps_the_usual_bar() -> None:
    assert not words_match(*_worded(3, day=WEDNESDAY), IDF)  # a night apart: no day in common
    assert not words_match(*_worded(3, ages=(61,)), IDF)  # the same day, other victims
    assert not words_match(*_worded(3, cities=("marseille",)), IDF)  # the same day, another city
    assert words_match(*_worded(3, cities=("lyon",), ages=(34,)), IDF)
    assert words_match(*_worded(6, ages=(61,)), IDF)  # 0.30 is one story whatever the day says


# --- Through match_events, on a real state file --------------------------------------------------------


ROBBERY = one_report_event(
    "express", "Armed robbers hold staff hostage in Lyon bank",
    "Three armed men robbed a bank branch on avenue Jean-Jaurès in Lyon on Tuesday morning, holding four "
    "employees for around forty minutes while they emptied the safe. The men, wearing balaclavas, fled in a "
    "dark saloon car. Nobody was hurt. Police sealed off the street and detectives from the regional crime "
    "squad took over the investigation.", WEDNESDAY)
STRIKE = one_report_event(
    "capitale", "Lyon bus drivers walk out over rosters",
    "Bus and tram drivers in Lyon walked out on Tuesday over new rosters, leaving commuters stranded across "
    "the city. The union said the strike would continue until talks resume.", WEDNESDAY)
# Three days on: the charge is the news, told in its own words; the lead still gives Tuesday and Lyon.
CHARGED = one_report_event(
    "dauphine", "Two men charged over Jean-Jaurès bank hold-up",
    "Two men were charged over Tuesday's armed robbery at a bank branch on avenue Jean-Jaurès in Lyon, "
    "prosecutors said. Both were arrested at dawn raids in Vénissieux after investigators traced the getaway "
    "car through its number plate. The gang, in balaclavas, had held four employees while they emptied the "
    "safe. A third suspect is still sought.", FRIDAY)
# Another robbery in Lyon that Tuesday: the day and the city agree, the kind's words are all it shares.
PHARMACY = one_report_event(
    "progres", "Masked man robs pharmacy in Lyon",
    "A masked man armed with a knife robbed a pharmacy in Lyon on Tuesday evening and fled on foot with the "
    "till's cash, police said. The pharmacist was unhurt. Officers searched the neighbourhood without "
    "finding him and appealed for witnesses.", FRIDAY)


def test_a_follow_up_of_the_day_is_an_update_and_a_look_alike_of_that_day_is_news(state) -> None:
    remember_edition(state, morning_edition(WEDNESDAY, ROBBERY, STRIKE))
    charged, pharmacy = match_events([CHARGED, PHARMACY], state=state, edition=FRIDAY)
    assert [m.source_ids for m in charged] == [frozenset({"express"})]
    assert pharmacy == []
    off = match_events([CHARGED, PHARMACY], state=state, edition=FRIDAY, matching=OFF)
    assert off == [[], []]  # no name and under 0.30: the rules before it leave the charge as news

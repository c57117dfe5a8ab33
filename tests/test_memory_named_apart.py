"""A follow-up dated apart from the story it continues, joined by the story's rare names (continuing.named_apart)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING, named_apart
from briefing.writeup.told_back import continues, told_of

MONDAY = dt.date(2026, 3, 2)
THURSDAY = dt.date(2026, 3, 5)
# Two names of two words and a firm's one-word name: the story's names rule (three names of two or more words)
# does not join them, nor the told-alike rule (the days clash).
RAID = EventEvidence(words=frozenset({"mayor", "raid", "harlanco", "bribery", "council"}), cities=frozenset({"orvalle"}),
                     mentioned=frozenset(), days=frozenset({MONDAY.toordinal()}), ages=frozenset(),
                     people=frozenset({"tomas renfrow", "orvalle town hall", "state police"}))
RARE = frozenset({"tomas renfrow", "orvalle town hall", "harlanco"})
RESIGNS = ("Renfrow quits as mayor after bribery charge",
           "Tomas Renfrow resigned on Thursday, a day after a judge charged him with taking bribes from Harlanco, "
           "the builder. Officers had searched Orvalle Town Hall and his home.", THURSDAY)
LEAD = EventEvidence(words=frozenset({"renfrow", "resigned", "mayor", "judge", "harlanco"}), cities=frozenset(),
                     mentioned=frozenset(), days=frozenset({THURSDAY.toordinal()}), ages=frozenset(),
                     people=frozenset({"tomas renfrow", "orvalle town hall"}))
# As continues reads them: each event's one-word names beside its names (told_words).
NAMED = replace(LEAD, people=LEAD.people | {"harlanco"})
FIRST = replace(RAID, people=RAID.people | {"harlanco"})


def test_a_follow_up_that_names_the_storys_rare_names_continues_it_without_a_shared_day() -> None:
    told = told_of([RESIGNS], LEAD, MATCHING)
    assert told.words == {"harlanco"}
    assert continues(told, RAID, RARE, MATCHING)
    assert not continues(told, RAID, RARE, replace(MATCHING, apart_names=0))  # the days clash: no other rule joins


def test_names_other_events_give_too_do_not_count() -> None:
    assert named_apart(NAMED, FIRST, RARE, MATCHING)
    assert not named_apart(NAMED, FIRST, RARE - {"harlanco"}, MATCHING)  # two rare names are too few


def test_a_clash_besides_the_day_keeps_them_apart() -> None:
    elsewhere = replace(NAMED, cities=frozenset({"tokyo"}))
    assert not named_apart(elsewhere, FIRST, RARE, MATCHING)
    aged = replace(NAMED, ages=frozenset({61}))
    assert not named_apart(aged, replace(FIRST, ages=frozenset({34})), RARE, MATCHING)


def test_a_follow_up_weeks_later_or_undated_is_not_joined_by_names_alone() -> None:
    later = replace(NAMED, days=frozenset({MONDAY.toordinal() + MATCHING.apart_days + 1}))
    assert not named_apart(later, FIRST, RARE, MATCHING)
    assert named_apart(replace(later, days=frozenset({MONDAY.toordinal() + MATCHING.apart_days})), FIRST, RARE,
                       MATCHING)
    assert not named_apart(replace(NAMED, days=frozenset()), FIRST, RARE, MATCHING)

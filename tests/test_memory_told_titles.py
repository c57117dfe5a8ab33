"""A follow-up whose headline names the firm and the place in one word each, its text only at a sentence's start
or inside a longer name, continues the story by those names (Matching.told_titles, memory round 18)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import continues, told_of

TUESDAY = dt.date(2023, 10, 3)
FRIDAY = dt.date(2023, 10, 6)
# Day 1: the airport by its full name, the operator by name; the follow-up shares the airport's full name and the
# two one-word names, nothing else rare: three names only when its headline's one-word names count.
ATTACK = EventEvidence(words=frozenset({"cyberattack", "swedavia", "landvetter", "check-in", "baggage"}),
                       cities=frozenset(), mentioned=frozenset({"gothenburg"}), days=frozenset({TUESDAY.toordinal()}),
                       ages=frozenset(), people=frozenset({"landvetter airport", "karin lundqvist"}))
RARE = frozenset({"landvetter airport", "swedavia", "landvetter"})
CLAIM = ("Gang demands $2.4m from Swedavia as Landvetter systems come back online",
         "A criminal group has claimed the ransomware attack on Goteborg Landvetter Airport, three days after "
         "Tuesday's attack. Swedavia said it would not pay. Swedavia said baggage systems were restored.", FRIDAY)
LEAD = EventEvidence(words=frozenset({"ransom", "swedavia", "landvetter", "group", "baggage"}), cities=frozenset(),
                     mentioned=frozenset(), days=frozenset({FRIDAY.toordinal()}), ages=frozenset(),
                     people=frozenset({"landvetter airport"}))


def test_the_headlines_one_word_names_join_a_follow_up_dated_apart() -> None:
    told = told_of([CLAIM], LEAD, MATCHING)
    assert told.words == {"swedavia", "landvetter"}
    assert continues(told, ATTACK, RARE, MATCHING)


def test_without_the_headline_the_text_alone_gives_neither_name() -> None:
    off = replace(MATCHING, told_titles=False)
    told = told_of([CLAIM], LEAD, off)
    assert told.words == frozenset()
    assert not continues(told, ATTACK, RARE, off)


def test_a_look_alike_headline_naming_its_own_airport_stays_apart() -> None:
    other = ("Ransomware attack shuts check-in systems at Skavsta", "Stockholm Skavsta Airport was hit on Thursday. "
             "Skavsta said flights kept operating.", FRIDAY)
    lead = replace(LEAD, words=frozenset({"ransomware", "skavsta", "check-in"}),
                   people=frozenset({"skavsta airport"}))
    told = told_of([other], lead, MATCHING)
    assert told.words == {"skavsta"}
    assert not continues(told, ATTACK, RARE | {"skavsta"}, MATCHING)

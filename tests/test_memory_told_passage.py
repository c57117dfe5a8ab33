"""Memory round 14 (told_later.later_passage): a follow-up that leads with its own later news continues the story
when the sentences that tell the story's day back give enough of the story's own words."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import continues, told_of, told_passages
from briefing.writeup.told_later import coverage

TUESDAY = dt.date(2026, 10, 6)
FRIDAY = dt.date(2026, 10, 9)
WORDS = frozenset({"intercity", "gravel", "train", "ploughed", "stationary", "kiskunfelegyhaza", "killing",
                   "four", "passengers", "bureau"})
CRASH = EventEvidence(words=WORDS, cities=frozenset(), mentioned=frozenset(), days=frozenset({TUESDAY.toordinal()}),
                      ages=frozenset(), people=frozenset({"transportation safety bureau"}))
IDF = {w: math.log(10) for w in WORDS}
RARE = frozenset({"transportation safety bureau"})
ON = MATCHING  # on by default since memory round 14: 0.2 of the story's words, one rare name
OFF = replace(MATCHING, later_passage=0.0)


def _lead(text: str) -> EventEvidence:
    return EventEvidence(words=frozenset(text.lower().split()), cities=frozenset(), mentioned=frozenset(),
                         days=frozenset({FRIDAY.toordinal()}), ages=frozenset(),
                         people=frozenset({"transportation safety bureau"}))


# The follow-up leads with Friday's arrest and tells Tuesday's crash back in a sentence of its own.
ARREST = ("Signaller arrested after Hungarian crash",
          "Police arrested a signaller on Friday, the Transportation Safety Bureau said.\n\nThe InterCity ploughed "
          "into a stationary gravel train near Kiskunfelegyhaza on Tuesday evening, killing four passengers.", FRIDAY)
# A look-alike of Friday names the bureau and Tuesday, but tells nothing of Tuesday's crash.
OTHER = ("Freight trains collide near Orsova",
         "Two freight trains collided near Orsova on Friday, the Transportation Safety Bureau said.\n\nThe line "
         "had reopened on Tuesday after track work.", FRIDAY)


def _continues(report: tuple[str, str, dt.date], matching=ON) -> bool:
    told = told_of([report], _lead(report[1].split("\n")[0]), matching)
    return continues(told, CRASH, RARE, matching, cover=lambda words: coverage(words, CRASH.words, IDF))


def test_the_sentences_telling_a_past_day_back_give_their_words_under_that_day() -> None:
    passages = dict(told_passages([ARREST]))
    assert {"gravel", "stationary", "kiskunfelegyhaza"} <= passages[TUESDAY.toordinal()]
    assert "signaller" not in passages[TUESDAY.toordinal()]  # Friday's sentence is Friday's


def test_a_follow_up_whose_told_back_sentence_tells_the_story_continues_it() -> None:
    assert _continues(ARREST)
    assert not _continues(ARREST, OFF)  # without the rule: the days clash and the lead shares few words


def test_a_look_alike_that_tells_the_day_back_but_not_the_story_is_new() -> None:
    assert not _continues(OTHER)


def test_the_names_guard_needs_a_rare_name_both_give() -> None:
    assert not _continues(ARREST, replace(ON, passage_names=2))


def test_a_passage_that_tells_too_little_of_the_story_does_not_join() -> None:
    assert not _continues(ARREST, replace(ON, later_passage=0.95))

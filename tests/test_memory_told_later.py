"""Memory round 12 (told_later.py): a follow-up dated by its own later news that tells the story's day back, and a
follow-up one side of which gives no day, sharing the story's rare names but few words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.text.event_evidence import EventEvidence
from briefing.writeup.continuing import MATCHING
from briefing.writeup.told_back import continues, told_of

TUESDAY = dt.date(2026, 10, 6)
FRIDAY = dt.date(2026, 10, 9)


def _evidence(words: set[str], day: dt.date | None, people: set[str], cities: set[str] = frozenset()) -> EventEvidence:
    return EventEvidence(words=frozenset(words), cities=frozenset(cities), mentioned=frozenset(cities),
                         days=frozenset({day.toordinal()}) if day else frozenset(), ages=frozenset(),
                         people=frozenset(people))


# Day 1: the train crash, the safety bureau investigating.
CRASH = _evidence({"train", "crash", "intercity", "freight", "bureau", "killed"}, TUESDAY,
                  {"transportation safety bureau"})
# Day 2's follow-up leads with Friday's arrest and tells Tuesday's crash back further on.
ARREST = ("Signaller arrested after Szeged train crash",
          "Police arrested a signaller on Friday over the collision of two trains.\n\nThe Transportation Safety "
          "Bureau said the track had been cleared in error before Tuesday's crash near Szeged.", FRIDAY)
ARREST_LEAD = _evidence({"signaller", "arrested", "police", "collision", "trains", "bureau"}, FRIDAY,
                        {"transportation safety bureau"})
# A look-alike of the same kind on Friday: its own crash, the same bureau named, no day of day 1's told back.
OTHER = ("Two freight trains collide near Orsova",
         "Two freight trains collided near Orsova on Friday, and the Transportation Safety Bureau opened an "
         "inquiry.", FRIDAY)
OTHER_LEAD = _evidence({"freight", "trains", "collided", "orsova", "bureau", "inquiry"}, FRIDAY,
                       {"transportation safety bureau"})
# A look-alike that tells day 1's crash back only in a sentence naming none of its lead's names.
ASIDE = ("Two freight trains collide near Orsova",
         "Two freight trains collided near Orsova on Friday, the Transportation Safety Bureau said.\n\nIn Hungary, "
         "an InterCity hit a gravel train on Tuesday.", FRIDAY)
RARE = frozenset({"transportation safety bureau"})
LATER = replace(MATCHING, later_names=1, later_back=1, later_aside=1)


def _continues(report: tuple[str, str, dt.date], lead: EventEvidence, matching=LATER, score: float = 0.1) -> bool:
    return continues(told_of([report], lead, matching), CRASH, RARE, matching, score=lambda: score)


def test_a_follow_up_leading_with_its_own_later_day_that_tells_the_day_back_continues_the_story() -> None:
    assert _continues(ARREST, ARREST_LEAD)
    assert not _continues(ARREST, ARREST_LEAD, MATCHING)  # off (the default): the days clash


def test_a_look_alike_that_does_not_tell_the_day_back_is_new() -> None:
    assert not _continues(OTHER, OTHER_LEAD)


def test_the_day_told_only_aside_is_no_evidence_under_the_guard() -> None:
    assert not _continues(ASIDE, OTHER_LEAD)
    assert _continues(ASIDE, OTHER_LEAD, replace(LATER, later_aside=0))  # unguarded, the aside day counts


def test_the_word_floor_and_the_names_count() -> None:
    assert not _continues(ARREST, ARREST_LEAD, replace(LATER, later_score=0.2))
    assert not _continues(ARREST, ARREST_LEAD, replace(LATER, later_names=2))


# Day 1: the bank's breach, dated; day 2's charge gives no day of its own in its lead.
BREACH = _evidence({"hackers", "stole", "customers", "harbourline", "bank", "data"}, TUESDAY, {"harbourline bank"})
CHARGE = ("Man charged in bank hack",
          "A 22-year-old man has been charged in the Harbourline Bank hack as the count of victims rose.", FRIDAY)
CHARGE_LEAD = _evidence({"charged", "hack", "victims", "harbourline", "count", "man"}, None, {"harbourline bank"})
NAMED = replace(MATCHING, name_match=0.1, name_min=1, name_lead=False, name_dated=False)  # round 12, unguarded


def _named(lead: EventEvidence, matching=NAMED, score: float = 0.102) -> bool:
    return continues(told_of([CHARGE], lead, matching), BREACH, frozenset({"harbourline bank"}), matching,
                     score=lambda: score)


def test_an_undated_follow_up_naming_the_storys_bank_continues_it_on_few_words() -> None:
    assert _named(CHARGE_LEAD)
    assert not _named(CHARGE_LEAD, replace(MATCHING, name_match=0.0))  # off
    assert not _named(CHARGE_LEAD, score=0.08)  # under the bar


def test_a_dated_pair_is_left_to_the_days_bars() -> None:
    # A night apart (no clash) with the same rare name: the next night's look-alike shares an area's names.
    assert not _named(replace(CHARGE_LEAD, days=frozenset({TUESDAY.toordinal() + 1})))


def test_a_place_clash_rules_the_names_bar_out() -> None:
    far = replace(CHARGE_LEAD, cities=frozenset({"vancouver"}))
    assert not continues(told_of([CHARGE], far, NAMED), replace(BREACH, cities=frozenset({"halifax"})),
                         frozenset({"harbourline bank"}), NAMED, score=lambda: 0.3)


# Round 13's guards: a look-alike that shares a name only further on (the outlet it credits), or only a one-word name.
CREDIT = ("Man charged in Halifax bank hack",
          "A man was charged on Friday in the hack of a Halifax credit union. Police said the 31-year-old had sold "
          "members' account numbers on a forum and would appear in court next month. The credit union said no "
          "money had been taken and that it had written to every member whose details were exposed.\n\nThe "
          "Harbourline Bank breach earlier this year was larger.", FRIDAY)
CREDIT_LEAD = _evidence({"charged", "hack", "credit", "union", "halifax", "man"}, None, {"harbourline bank"})
GUARDED = replace(NAMED, name_lead=True, name_words=True)
TWO = frozenset({"harbourline bank", "laval"})


def test_the_defaults_take_a_follow_up_naming_two_of_the_storys_names_in_its_lead_when_one_side_is_dated() -> None:
    charge = ("Laval man charged in Harbourline Bank hack", CHARGE[1], FRIDAY)
    lead = replace(CHARGE_LEAD, people=TWO)
    breach = replace(BREACH, people=TWO)
    assert continues(told_of([charge], lead, MATCHING), breach, TWO, MATCHING, score=lambda: 0.06)
    assert not continues(told_of([charge], lead, MATCHING), breach, TWO, MATCHING, score=lambda: 0.04)  # the bar
    undated = replace(breach, days=frozenset())  # neither gives a day: nothing of when is known
    assert not continues(told_of([charge], lead, MATCHING), undated, TWO, MATCHING, score=lambda: 0.06)
    assert not continues(told_of([CHARGE], CHARGE_LEAD, MATCHING), BREACH, frozenset({"harbourline bank"}),
                         MATCHING, score=lambda: 0.06)  # one name: name_min 2


def test_the_names_bar_under_the_lead_guard_needs_the_name_in_the_headline_or_lead() -> None:
    assert _named(CHARGE_LEAD, GUARDED)  # the follow-up names the bank in its lead
    named = continues(told_of([CREDIT], CREDIT_LEAD, GUARDED), BREACH, frozenset({"harbourline bank"}), GUARDED,
                      score=lambda: 0.102)
    assert not named  # the look-alike names it only further on
    assert continues(told_of([CREDIT], CREDIT_LEAD, NAMED), BREACH, frozenset({"harbourline bank"}), NAMED,
                     score=lambda: 0.102)  # unguarded, it is taken


def test_a_one_word_name_alone_does_not_pass_the_words_guard() -> None:
    one = replace(CHARGE_LEAD, people=frozenset({"harbourline"}))
    breach = replace(BREACH, people=frozenset({"harbourline"}))
    for matching, taken in ((NAMED, True), (replace(NAMED, name_words=True), False)):
        assert continues(told_of([CHARGE], one, matching), breach, frozenset({"harbourline"}), matching,
                         score=lambda: 0.102) is taken
